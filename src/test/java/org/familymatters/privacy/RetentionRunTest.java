package org.familymatters.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.familymatters.courtdesk.internal.ContactDetailsRetention;
import org.familymatters.courtdesk.internal.CourtDeskStatistics;
import org.familymatters.courtdesk.internal.StatisticsPeriod;
import org.familymatters.family.internal.ClosedFamiliesRetention;
import org.familymatters.identity.Role;
import org.familymatters.privacy.internal.RetentionRun;
import org.familymatters.referral.internal.UnacceptedRequestsRetention;
import org.familymatters.shared.privacy.RetentionCutoff;
import org.familymatters.shared.privacy.RetentionDue;
import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.privacy.RetentionRule;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.familymatters.training.internal.Reach;
import org.familymatters.training.internal.ReachFilter;
import org.familymatters.training.internal.TrainingBookingsRetention;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention rules and their nightly run (ADR 0016), each on the test's own records.
 * The records are dated decades ago, each test in its own years, and each rule is run as
 * of a day in those years (a fixed clock passed to the run, or a cutoff passed to the
 * rule), so that nothing another test made is ever due, and the shared clock is never
 * moved.
 */
@IntegrationTest
class RetentionRunTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	RetentionRun run;

	@Autowired
	UnacceptedRequestsRetention requests;

	@Autowired
	ContactDetailsRetention contactDetails;

	@Autowired
	ClosedFamiliesRetention families;

	@Autowired
	TrainingBookingsRetention bookings;

	@Autowired
	CourtDeskStatistics statistics;

	@Autowired
	Reach reach;

	/**
	 * A self-referral never accepted, arrived 10 March 1991: kept on the day before its
	 * 12 months end and on the day they end (10 March 1992), gone the day after with its
	 * people and needs, and counted in referral_removed; an accepted one of the same day
	 * stays.
	 */
	@Test
	void aSelfReferralNeverAcceptedIsGoneTwelveMonthsAndADayAfterItArrived() {
		var locality = locality("Retention requests");
		var arrived = at(1991, 3, 10, 10, 0);
		var unaccepted = referral(locality, "self", "received", arrived);
		var declined = referral(locality, "court_desk", "declined", at(1991, 3, 10, 23, 59));
		var accepted = referral(locality, "self", "accepted", arrived);
		long removedBefore = removed(locality);

		assertThat(requests.apply(RetentionRun.cutoff(LocalDate.of(1992, 3, 9), 12), 500)).isZero();
		assertThat(exists("referral", unaccepted)).isTrue();
		assertThat(requests.apply(RetentionRun.cutoff(LocalDate.of(1992, 3, 10), 12), 500)).isZero();
		assertThat(exists("referral", unaccepted)).as("kept on the day its 12 months end").isTrue();

		var dayAfter = RetentionRun.cutoff(LocalDate.of(1992, 3, 11), 12);
		assertThat(requests.due(dayAfter).count()).isGreaterThanOrEqualTo(2);
		assertThat(requests.apply(dayAfter, 500)).isGreaterThanOrEqualTo(2);
		assertThat(exists("referral", unaccepted)).as("gone 12 months and a day after it arrived").isFalse();
		assertThat(exists("referral", declined)).isFalse();
		assertThat(jdbc.sql("select count(*) from referral_person where referral_id in (:a, :b)")
			.param("a", unaccepted)
			.param("b", declined)
			.query(Long.class)
			.single()).isZero();
		assertThat(exists("referral", accepted)).as("an accepted request is never due").isTrue();
		assertThat(removed(locality) - removedBefore).as("the count of requests is kept").isEqualTo(2);
		assertThat(requests.apply(dayAfter, 500)).as("a rerun finds nothing left").isZero();
	}

	/**
	 * The run stopped half-way: a rule that fails after its first batch (of two) leaves
	 * those two requests gone and the other three whole, with their people; the next run
	 * finishes the job. Both runs are kept and audited with their counts.
	 */
	@Test
	void aRunThatFailsHalfWayLeavesEveryRecordWholeOrGoneAndTheNextRunFinishesIt() {
		var locality = locality("Retention stopped");
		var mine = new ArrayList<UUID>();
		for (int day = 1; day <= 5; day++) {
			mine.add(referral(locality, "self", "declined", at(1985, 1, day, 12, 0)));
		}
		var clock = Clock.fixed(at(1986, 6, 1, 2, 30).toInstant(), ServiceTime.ZONE);
		var batches = new AtomicInteger();
		RetentionRule failing = new RetentionRule() {
			@Override
			public RetentionKind kind() {
				return requests.kind();
			}

			@Override
			public RetentionDue due(RetentionCutoff cutoff) {
				return requests.due(cutoff);
			}

			@Override
			public int apply(RetentionCutoff cutoff, int limit) {
				if (batches.incrementAndGet() > 1) {
					throw new IllegalStateException("the machine stopped");
				}
				return requests.apply(cutoff, limit);
			}
		};

		var stopped = run.run(clock, List.of(failing), 2);

		assertThat(stopped.failures()).hasSize(1);
		assertThat(stopped.count(RetentionKind.UNACCEPTED_REQUESTS)).isEqualTo(2);
		assertThat(mine.stream().filter(id -> exists("referral", id))).hasSize(3);
		assertThat(mine.subList(0, 2).stream().noneMatch(id -> exists("referral", id))).as("the oldest went first")
			.isTrue();
		for (var kept : mine.subList(2, 5)) {
			assertThat(jdbc.sql("select count(*) from referral_person where referral_id = :id")
				.param("id", kept)
				.query(Long.class)
				.single()).as("a request not deleted is whole").isEqualTo(1);
		}
		assertThat(runStatus(stopped.id())).isEqualTo("FAILED");

		var finished = run.run(clock, List.of(requests), 2);

		assertThat(finished.failures()).isEmpty();
		assertThat(finished.count(RetentionKind.UNACCEPTED_REQUESTS)).isGreaterThanOrEqualTo(3);
		assertThat(mine.stream().noneMatch(id -> exists("referral", id))).isTrue();
		assertThat(runStatus(finished.id())).isEqualTo("FINISHED");
		assertThat(jdbc.sql("""
				select detail from audit_event where action = 'RETENTION_RUN' and record_id = :id
				""").param("id", finished.id().toString()).query(String.class).single())
			.contains("UNACCEPTED_REQUESTS");
	}

	/**
	 * Court desk contact details recorded 10 May 1987: kept the day before and the day
	 * their 12 months end, gone the day after; details whose referral is decided go at
	 * once, those whose referral waits stay. The contacts stay, and the court desk
	 * statistics are the same after as before.
	 */
	@Test
	void courtDeskContactDetailsGoAtTheirBoundaryOrOnceTheReferralIsDecidedAndTheStatisticsStay() {
		var locality = locality("Retention court desk");
		var court = court();
		var recorded = at(1987, 5, 10, 11, 0);
		var byAge = contact(court, locality, recorded, null);
		var waiting = referral(locality, "court_desk", "received", at(1987, 6, 1, 9, 0));
		var decided = referral(locality, "court_desk", "declined", at(1987, 6, 1, 9, 0));
		var withWaiting = contact(court, locality, at(1987, 6, 1, 9, 0), waiting);
		var withDecided = contact(court, locality, at(1987, 6, 1, 9, 0), decided);
		var period = new StatisticsPeriod(YearMonth.of(1987, 1), YearMonth.of(1987, 12));
		var before = asRole(Role.COURT_DESK_COORDINATOR, () -> statistics.view(period, court).counts());

		contactDetails.apply(RetentionRun.cutoff(LocalDate.of(1988, 5, 9), 12), 500);
		assertThat(exists("court_desk_contact_details", "contact_id", byAge)).isTrue();
		assertThat(exists("court_desk_contact_details", "contact_id", withDecided))
			.as("gone once its referral is decided")
			.isFalse();
		assertThat(exists("court_desk_consent", "contact_id", withDecided)).isFalse();
		assertThat(exists("court_desk_contact_details", "contact_id", withWaiting)).isTrue();
		contactDetails.apply(RetentionRun.cutoff(LocalDate.of(1988, 5, 10), 12), 500);
		assertThat(exists("court_desk_contact_details", "contact_id", byAge)).as("kept on the day").isTrue();

		contactDetails.apply(RetentionRun.cutoff(LocalDate.of(1988, 5, 11), 12), 500);
		assertThat(exists("court_desk_contact_details", "contact_id", byAge)).as("gone the day after").isFalse();
		assertThat(exists("court_desk_consent", "contact_id", byAge)).isFalse();
		assertThat(exists("court_desk_contact_details", "contact_id", withWaiting)).isTrue();
		assertThat(exists("court_desk_contact", "id", byAge)).as("the contact names nobody and stays").isTrue();

		var after = asRole(Role.COURT_DESK_COORDINATOR, () -> statistics.view(period, court).counts());
		assertThat(after).isEqualTo(before).isNotEmpty();
	}

	/**
	 * A family closed 1 May 1970 is kept on 1 May 1976, when its 72 months end, and made
	 * anonymous the next day, its attachment deleted; one under a safeguarding hold until
	 * 30 June 1976 is kept until the hold ends; one whose parent has an open privacy
	 * request is kept while it is open.
	 */
	@Test
	void closedFamiliesAreMadeAnonymousAfterTheirPeriodUnlessHeld() {
		var locality = locality("Retention families");
		var closed = at(1970, 5, 1, 15, 0);
		var plain = family(locality, closed);
		var held = family(locality, closed);
		var asked = family(locality, closed);
		jdbc.sql("""
				update family set hold_until = '1976-06-30', hold_reason = 'A child protection enquiry is open',
				       hold_placed_by = :user, hold_placed_at = now()
				where id = :id
				""").param("user", userId(Role.SAFEGUARDING_LEAD)).param("id", held).update();
		var request = openRequest(asked);

		families.apply(RetentionRun.cutoff(LocalDate.of(1976, 5, 1), 72), 500);
		assertThat(anonymised(plain)).as("kept on the day its period ends").isFalse();

		families.apply(RetentionRun.cutoff(LocalDate.of(1976, 5, 2), 72), 500);
		assertThat(anonymised(plain)).isTrue();
		assertThat(jdbc.sql("select given_name || ' ' || family_name from person where family_id = :id")
			.param("id", plain)
			.query(String.class)
			.list()).containsOnly("Removed Removed");
		assertThat(jdbc.sql("select count(*) from person where family_id = :id and date_of_birth is not null")
			.param("id", plain)
			.query(Long.class)
			.single()).isZero();
		assertThat(exists("attachment", "family_id", plain)).as("the attachment goes with the record").isFalse();
		assertThat(
				jdbc.sql("select count(*) from family where id = :id and postcode is null and address_line_1 is null")
					.param("id", plain)
					.query(Long.class)
					.single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select status || ' ' || locality_id from family where id = :id")
			.param("id", plain)
			.query(String.class)
			.single()).as("what the reports count stays").isEqualTo("closed " + locality);
		assertThat(anonymised(held)).as("held until 30 June 1976").isFalse();
		assertThat(anonymised(asked)).as("held by an open request").isFalse();

		families.apply(RetentionRun.cutoff(LocalDate.of(1976, 6, 30), 72), 500);
		assertThat(anonymised(held)).as("held on its last day").isFalse();
		families.apply(RetentionRun.cutoff(LocalDate.of(1976, 7, 1), 72), 500);
		assertThat(anonymised(held)).as("made anonymous once the hold ended").isTrue();
		assertThat(anonymised(asked)).isFalse();

		jdbc.sql("update privacy_request set status = 'ANSWERED' where id = :id").param("id", request).update();
		families.apply(RetentionRun.cutoff(LocalDate.of(1976, 7, 1), 72), 500);
		assertThat(anonymised(asked)).as("made anonymous once the request was answered").isTrue();
	}

	/**
	 * Bookings of sessions in 1975 are made anonymous after 36 months; the reach report
	 * of the year is the same after as before (people, organisations, roles, confidence).
	 */
	@Test
	void trainingBookingsAreMadeAnonymousAndTheReachReportIsUnchanged() {
		var locality = locality("Retention training");
		var first = session(locality, at(1975, 3, 4, 10, 0));
		var second = session(locality, at(1975, 9, 9, 10, 0));
		var mine = List.of(booking(first, "Ann Example", "ann@school.example", "Banbury School", 2, 4),
				booking(second, "Ann Example", "ANN@school.example", "banbury school ", 3, 5),
				booking(first, "Ben Example", "ben@prison.example", "HMP Example", 1, 3));
		var filter = new ReachFilter(LocalDate.of(1975, 1, 1), LocalDate.of(1975, 12, 31), locality, null, null, null);
		var before = asRole(Role.TRAINING_COORDINATOR, () -> figures(filter));

		assertThat(bookings.apply(RetentionRun.cutoff(LocalDate.of(1978, 3, 4), 36), 500)).as("kept on the day")
			.isZero();
		bookings.apply(RetentionRun.cutoff(LocalDate.of(1978, 3, 5), 36), 500);
		assertThat(name(mine.get(2))).as("Ben's only session was 36 months and a day ago").isEqualTo("Removed");
		assertThat(name(mine.get(0))).as("Ann's bookings wait for her last session's period").isEqualTo("Ann Example");
		bookings.apply(RetentionRun.cutoff(LocalDate.of(1978, 9, 9), 36), 500);
		assertThat(name(mine.get(1))).as("kept on the day").isEqualTo("Ann Example");
		bookings.apply(RetentionRun.cutoff(LocalDate.of(1978, 9, 10), 36), 500);

		for (var booking : mine) {
			assertThat(name(booking)).isEqualTo("Removed");
		}
		assertThat(jdbc.sql("select count(*) from training_feedback where booking_id = :id and comments is null")
			.param("id", mine.get(0))
			.query(Long.class)
			.single()).as("the feedback's words go, its scores stay").isEqualTo(1);
		assertThat(jdbc.sql("select count(distinct email) from training_booking where id in (:a, :b)")
			.param("a", mine.get(0))
			.param("b", mine.get(1))
			.query(Long.class)
			.single()).as("one person keeps one stand-in address").isEqualTo(1);
		assertThat(asRole(Role.TRAINING_COORDINATOR, () -> figures(filter))).isEqualTo(before);
	}

	private List<Object> figures(ReachFilter filter) {
		var f = reach.headline(filter);
		return List.of(f.people(), f.organisations(), f.sessions(), f.byRole(), f.bySector(), f.bySeniority(),
				f.confidence());
	}

	private UUID locality(String prefix) {
		var id = UUID.randomUUID();
		jdbc.sql("insert into locality (id, name, county) values (:id, :name, 'Oxfordshire')")
			.param("id", id)
			.param("name", prefix + " " + id.toString().substring(0, 8))
			.update();
		return id;
	}

	private UUID referral(UUID locality, String source, String status, OffsetDateTime arrived) {
		var id = UUID.randomUUID();
		var decided = !"received".equals(status);
		UUID family = "accepted".equals(status) ? family(locality, null) : null;
		jdbc.sql("""
				insert into referral (id, source, referrer_name, referrer_email, locality_id, reason, status,
				                      decision_reason, decided_by, decided_at, family_id, created_at)
				values (:id, :source, 'A Referrer', 'referrer@example.org', :locality, 'Needs support', :status,
				        :reason, :by, :at, :family, :arrived)
				""")
			.param("id", id)
			.param("source", source)
			.param("locality", locality)
			.param("status", status)
			.param("reason", decided ? "Outside the area" : null)
			.param("by", decided ? userId(Role.SUPPORT_WORKER) : null)
			.param("at", decided ? arrived.plusDays(3) : null)
			.param("family", family)
			.param("arrived", arrived)
			.update();
		jdbc.sql("""
				insert into referral_person (id, referral_id, position, given_name, family_name, date_of_birth, role)
				values (:id, :referral, 1, 'Dana', 'Example', '1980-01-01', 'parent_or_carer')
				""").param("id", UUID.randomUUID()).param("referral", id).update();
		return id;
	}

	private UUID family(UUID locality, OffsetDateTime closedAt) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into family (id, locality_id, status, closed_reason, address_line_1, town, postcode, closed_at)
				values (:id, :locality, :status, :reason, '1 Example Street', 'Banbury', 'OX16 5QB', :closed)
				""")
			.param("id", id)
			.param("locality", locality)
			.param("status", (closedAt != null) ? "closed" : "active")
			.param("reason", (closedAt != null) ? "Support finished" : null)
			.param("closed", closedAt)
			.update();
		for (var role : List.of("parent_or_carer", "child")) {
			jdbc.sql("""
					insert into person (id, family_id, given_name, family_name, date_of_birth, phone, role)
					values (:id, :family, 'Dana', 'Example', '1990-02-03', '01865 123456', :role)
					""").param("id", UUID.randomUUID()).param("family", id).param("role", role).update();
		}
		jdbc.sql("""
				insert into attachment (id, family_id, filename, content_type, size_bytes, content)
				values (:id, :family, 'letter.pdf', 'application/pdf', 4, '\\x25504446')
				""").param("id", UUID.randomUUID()).param("family", id).update();
		return id;
	}

	private UUID openRequest(UUID family) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into privacy_request (id, kind, full_name, identity_check, received_on, due_on, recorded_by,
				                             recorded_at)
				values (:id, 'ACCESS', 'Dana Example', 'Passport seen', '1976-04-01', '1976-05-01', :by, now())
				""").param("id", id).param("by", userId(Role.DATA_PROTECTION_OFFICER)).update();
		jdbc.sql("""
				insert into privacy_request_person (request_id, person_id, family_id)
				select :id, p.id, p.family_id from person p where p.family_id = :family limit 1
				""").param("id", id).param("family", family).update();
		return id;
	}

	private UUID court() {
		var id = UUID.randomUUID();
		jdbc.sql("insert into court (id, name, town) values (:id, :name, 'Banbury')")
			.param("id", id)
			.param("name", "Retention Court " + id)
			.update();
		return id;
	}

	private UUID contact(UUID court, UUID locality, OffsetDateTime recorded, UUID referral) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into court_desk_contact (id, idempotency_key, recorded_by, court_id, occurred_at, recorded_at,
				                                relationship, outcome, children_count, children_under_5,
				                                emotional_support, agrees_to_contact, referral_id)
				values (:id, :id, :by, :court, :at, :at, 'partner', 'remand', 2, 1, true, true, :referral)
				""")
			.param("id", id)
			.param("by", userId(Role.VOLUNTEER))
			.param("court", court)
			.param("at", recorded)
			.param("referral", referral)
			.update();
		jdbc.sql("""
				insert into court_desk_contact_details (contact_id, given_name, family_name, phone, locality_id)
				values (:id, 'Dana', 'Example', '01865 123456', :locality)
				""").param("id", id).param("locality", locality).update();
		jdbc.sql("""
				insert into court_desk_consent (contact_id, witness, given_at, purpose)
				values (:id, 'A volunteer', :at, 'To be contacted by a support worker')
				""").param("id", id).param("at", recorded).update();
		return id;
	}

	private UUID session(UUID locality, OffsetDateTime startsAt) {
		var coordinator = userId(Role.TRAINING_COORDINATOR);
		var course = UUID.randomUUID();
		jdbc.sql("""
				insert into training_course (id, kind, title, audience, outcomes, created_by)
				values (:id, 'WORKSHOP', 'Children of prisoners', 'Teachers', 'Confidence', :by)
				""").param("id", course).param("by", coordinator).update();
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into training_session (id, course_id, starts_at, ends_at, venue, capacity, locality_id, created_by)
						values (:id, :course, :starts, :ends, 'Town hall', 30, :locality, :by)
						""")
			.param("id", id)
			.param("course", course)
			.param("starts", startsAt)
			.param("ends", startsAt.plusHours(2))
			.param("locality", locality)
			.param("by", coordinator)
			.update();
		return id;
	}

	private UUID booking(UUID session, String name, String email, String organisation, int before, int after) {
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into training_booking (id, session_id, name, email, organisation, sector, role, seniority, status,
						                              token_hash, attended_at)
						values (:id, :session, :name, :email, :organisation, 'STATUTORY', 'HEAD_TEACHER', 'FRONT_LINE',
						        'BOOKED', :token, now())
						""")
			.param("id", id)
			.param("session", session)
			.param("name", name)
			.param("email", email)
			.param("organisation", organisation)
			.param("token", "retention-test-" + id)
			.update();
		jdbc.sql("""
				insert into training_feedback (booking_id, confidence_before, confidence_after, comments)
				values (:id, :before, :after, 'Ann said it helped')
				""").param("id", id).param("before", before).param("after", after).update();
		return id;
	}

	private String name(UUID booking) {
		return jdbc.sql("select name from training_booking where id = :id")
			.param("id", booking)
			.query(String.class)
			.single();
	}

	private UUID userId(Role role) {
		return users.principal(TestUsers.demoUsername(role)).id();
	}

	private <T> T asRole(Role role, Supplier<T> work) {
		var principal = users.principal(TestUsers.demoUsername(role));
		var before = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(before);
		}
	}

	private static OffsetDateTime at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(ServiceTime.ZONE).toOffsetDateTime();
	}

	private boolean exists(String table, UUID id) {
		return exists(table, "id", id);
	}

	private boolean exists(String table, String column, UUID id) {
		return jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private boolean anonymised(UUID family) {
		return jdbc.sql("select anonymised_at is not null from family where id = :id")
			.param("id", family)
			.query(Boolean.class)
			.single();
	}

	private long removed(UUID locality) {
		return jdbc.sql("select coalesce(sum(removed), 0) from referral_removed where locality_id = :l")
			.param("l", locality)
			.query(Long.class)
			.single();
	}

	private String runStatus(UUID id) {
		return jdbc.sql("select status from privacy_retention_run where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
