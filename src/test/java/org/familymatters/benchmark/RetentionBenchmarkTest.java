package org.familymatters.benchmark;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.familymatters.family.FamilyRecords;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.privacy.internal.RetentionRun;
import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly retention run over {@value #FAMILIES} families (those of
 * {@link FamilyBenchmarkTest}) with a year's worth of records due: a year of closures
 * past their 72 months, a year of requests never accepted past their 12 months, court
 * desk contact details and training bookings. It times the whole run (target 10 minutes)
 * while a support worker's family page ({@link FamilyRecords#view}) is read again and
 * again beside it (target: its 95th percentile within the 25 ms it keeps when quiet). Run
 * with {@code ./mvnw -Pbenchmark test -Dtest=RetentionBenchmarkTest}; see
 * docs/benchmarks.md.
 */
@IntegrationTest
@Tag("benchmark")
@TestPropertySource(properties = { "familymatters.database.embedded.clean-on-start=false",
		"familymatters.database.embedded.data-directory=target/benchmark-postgres", "familymatters.retention.cron=-" })
class RetentionBenchmarkTest {

	static final int FAMILIES = FamilyBenchmarkTest.FAMILIES;

	/**
	 * A year's worth of closures: a family is supported for two years or so, then kept
	 * six.
	 */
	static final int CLOSED_DUE = 125_000;

	static final int REQUESTS_DUE = 125_000;

	static final int CONTACTS_DUE = 50_000;

	static final int BOOKINGS_DUE = 20_000;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RetentionRun run;

	@Autowired
	FamilyRecords records;

	@Autowired
	TestUsers users;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aRunOverAYearOfDueRecordsBesideFamilyPageReads() throws Exception {
		long started = System.nanoTime();
		if (FamilyBenchmarkTest.generate(jdbc, transactions)) {
			System.out.printf("%nGENERATED %,d families in %.0f s%n", FAMILIES, (System.nanoTime() - started) / 1e9);
		}
		started = System.nanoTime();
		generateDue();
		System.out.printf("%nGENERATED the due records in %.0f s%n", (System.nanoTime() - started) / 1e9);
		var due = run.preview(java.time.Clock.systemDefaultZone());
		due.forEach(p -> System.out.printf("DUE %s: %,d%n", p.kind(), p.due().count()));

		signInAsSupportWorker();
		var random = new Random(17);
		var quiet = reads(random, 1_200, null);
		System.out.printf("%nFAMILY PAGE READ, quiet: %s%n", percentiles(quiet));

		long runStarted = System.nanoTime();
		var running = CompletableFuture.supplyAsync(() -> run.run(java.time.Clock.systemDefaultZone()));
		var beside = reads(random, 200_000, running);
		var result = running.get(30, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - runStarted) / 1e9;
		System.out.printf("%nRETENTION RUN in %.1f s: %s%n", seconds, result.summary());
		System.out.printf("FAMILY PAGE READ, during the run: %s%n", percentiles(beside));

		assertThat(result.failures()).isEmpty();
		assertThat(result.count(RetentionKind.CLOSED_FAMILIES)).isGreaterThanOrEqualTo(CLOSED_DUE);
		assertThat(result.count(RetentionKind.UNACCEPTED_REQUESTS)).isGreaterThanOrEqualTo(REQUESTS_DUE);
		assertThat(seconds).as("the run, in seconds").isLessThanOrEqualTo(600);
		Arrays.sort(beside);
		assertThat(beside[(int) (beside.length * 0.95)] / 1e6)
			.as("95th percentile of a family page read during the run")
			.isLessThanOrEqualTo(25.0);
	}

	/**
	 * Reads random families' pages: {@code count} of them, or, beside a run, until the
	 * run is done (at most {@code count}).
	 */
	private long[] reads(Random random, int count, CompletableFuture<?> until) {
		var timings = new long[count];
		int done = 0;
		while (done < count && (until == null || !until.isDone())) {
			var family = FamilyBenchmarkTest.familyId(1 + random.nextInt(FAMILIES));
			long start = System.nanoTime();
			records.view(family);
			timings[done++] = System.nanoTime() - start;
		}
		return Arrays.copyOf(timings, done);
	}

	/**
	 * A year's worth of due records of each kind, set-based; a rerun makes the families
	 * due again and adds the others afresh.
	 */
	private void generateDue() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					update family set anonymised_at = null
					where anonymised_at is not null and id::text like '00000000-0000-4000-8000-%'
					""").update();
			// A year of closures, 72 months and a day to 84 months ago: every fifth
			// family is
			// closed (FamilyBenchmarkTest), the first CLOSED_DUE of them.
			jdbc.sql("""
					update family f set closed_at = now() - interval '72 months' - (1 + g.n %% 365) * interval '1 day'
					from generate_series(1, %d) g(n)
					where f.id = ('00000000-0000-4000-8000-' || lpad(to_hex(g.n * 5 - 1), 12, '0'))::uuid
					""".formatted(CLOSED_DUE)).update();
			jdbc.sql("""
					insert into timeline_entry (id, family_id, kind, occurred_at, summary)
					select gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(to_hex(g.n * 5 - 1), 12, '0'))::uuid,
					       'call', now() - interval '80 months', 'Called the family about visits'
					from generate_series(1, %d) g(n)
					""".formatted(CLOSED_DUE)).update();
			jdbc.sql("""
					insert into attachment (id, family_id, filename, content_type, size_bytes, content)
					select gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(to_hex(g.n * 5 - 1), 12, '0'))::uuid,
					       'letter.pdf', 'application/pdf', 2048, decode(repeat('25504446', 512), 'hex')
					from generate_series(1, %d, 10) g(n)
					""".formatted(CLOSED_DUE)).update();
			jdbc.sql(
					"""
							insert into referral (id, source, referrer_name, locality_id, reason, status, decision_reason,
							                      decided_by, decided_at, signposted_note, created_at)
							select gen_random_uuid(), (array['self','school','court_desk','health'])[1 + g.n %% 4], 'A Referrer',
							       l.ids[1 + g.n %% cardinality(l.ids)], 'Needs support',
							       (array['received','declined','signposted'])[1 + g.n %% 3],
							       case when g.n %% 3 = 1 then 'Outside the area' end,
							       case when g.n %% 3 <> 0 then u.id end, case when g.n %% 3 <> 0 then now() - interval '12 months' end,
							       case when g.n %% 3 = 2 then 'A local group' end,
							       now() - interval '12 months' - (2 + g.n %% 365) * interval '1 day'
							from generate_series(1, %d) g(n), (select array_agg(id) as ids from locality) l,
							     (select id from user_account order by username limit 1) u
							"""
						.formatted(REQUESTS_DUE))
				.update();
			jdbc.sql("""
					insert into referral_person (id, referral_id, position, given_name, family_name, role)
					select gen_random_uuid(), r.id, k, 'Dana', 'Example', 'parent_or_carer'
					from referral r cross join generate_series(1, 2) k
					where r.referrer_name = 'A Referrer' and r.created_at < now() - interval '12 months'
					  and not exists (select 1 from referral_person p where p.referral_id = r.id)
					""").update();
			jdbc.sql(
					"""
							with c as (
							  insert into court_desk_contact (id, idempotency_key, recorded_by, court_id, occurred_at, recorded_at,
							                                  relationship, outcome, children_count, emotional_support,
							                                  agrees_to_contact)
							  select gen_random_uuid(), gen_random_uuid(), u.id, k.id,
							         now() - interval '12 months' - (2 + g.n %% 365) * interval '1 day',
							         now() - interval '12 months' - (2 + g.n %% 365) * interval '1 day',
							         'partner', 'remand', 1, true, true
							  from generate_series(1, %d) g(n), (select id from user_account order by username limit 1) u,
							       (select id from court order by name limit 1) k
							  returning id, recorded_at)
							, d as (insert into court_desk_contact_details (contact_id, given_name, family_name, phone, locality_id)
							        select c.id, 'Dana', 'Example', '01865 123456', (select id from locality limit 1) from c)
							insert into court_desk_consent (contact_id, witness, given_at, purpose)
							select c.id, 'A volunteer', c.recorded_at, 'To be contacted' from c
							"""
						.formatted(CONTACTS_DUE))
				.update();
			jdbc.sql(
					"""
							with course as (
							  insert into training_course (id, kind, title, audience, outcomes, created_by)
							  select gen_random_uuid(), 'WORKSHOP', 'Children of prisoners', 'Teachers', 'Confidence', u.id
							  from (select id from user_account order by username limit 1) u
							  returning id, created_by)
							, s as (
							  insert into training_session (id, course_id, starts_at, ends_at, venue, capacity, created_by)
							  select gen_random_uuid(), course.id, now() - interval '37 months' - g.n * interval '2 days',
							         now() - interval '37 months' - g.n * interval '2 days' + interval '2 hours', 'Town hall', 100,
							         course.created_by
							  from course, generate_series(1, %d) g(n)
							  returning id, starts_at)
							insert into training_booking (id, session_id, name, email, organisation, sector, role, seniority,
							                              status, token_hash, attended_at)
							select gen_random_uuid(), s.id, 'An Attendee', 'attendee' || b.n || '@school.example',
							       'School ' || (b.n %% 300), 'STATUTORY', 'HEAD_TEACHER', 'FRONT_LINE', 'BOOKED',
							       md5(random()::text || s.id || b.n), s.starts_at
							from s, generate_series(1, 100) b(n)
							"""
						.formatted(BOOKINGS_DUE / 100))
				.update();
		});
		jdbc.sql("vacuum analyze family").update();
		jdbc.sql("vacuum analyze referral").update();
		jdbc.sql("vacuum analyze court_desk_contact").update();
		jdbc.sql("vacuum analyze training_booking").update();
	}

	private void signInAsSupportWorker() {
		StaffPrincipal support = users.principal(TestUsers.demoUsername(Role.SUPPORT_WORKER));
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(support, null, support.getAuthorities()));
	}

	private static String percentiles(long[] nanos) {
		var sorted = nanos.clone();
		Arrays.sort(sorted);
		return "%,d reads: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms".formatted(sorted.length,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
				sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
	}

}
