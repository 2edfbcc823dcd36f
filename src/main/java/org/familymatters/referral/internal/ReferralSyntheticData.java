package org.familymatters.referral.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.directory.Taxonomies;
import org.familymatters.shared.generate.DataSize;
import org.familymatters.shared.generate.GeneratedIds;
import org.familymatters.shared.generate.GenerationProgress;
import org.familymatters.shared.generate.SyntheticData;
import org.familymatters.shared.time.ServiceTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The referral module's part of {@code --generate}. Every generated family came from one
 * referral, accepted into it by its key worker on the day the family was started, having
 * arrived two to nine days before, from an agency, with one need seen (a term of the
 * directory's needs taxonomy). Beside them, one request in five was never accepted
 * (declined or signposted); the retention rule deletes those a year after they arrive and
 * keeps only their counts, so those of the last eleven months are written as requests
 * (with the carer and the child they name) and the older ones as the counts the rule
 * leaves ({@code referral_removed}). And {@value #WAITING_PER_LOCALITY} a generated
 * locality wait for triage, received in the last fortnight. Set-based, a batch of
 * {@value #BATCH} to a transaction; a batch whose last referral is there is skipped.
 * References are {@code RF-G} and seven digits (accepted), {@code RF-GU} and six (not
 * accepted) and {@code RF-GW} and six (waiting), apart from the module's own {@code RF-}
 * and six, whose sequence would run past six digits at national size.
 */
@Component
class ReferralSyntheticData implements SyntheticData {

	private static final Logger log = LoggerFactory.getLogger(ReferralSyntheticData.class);

	/** Referrals a transaction. */
	static final int BATCH = 250_000;

	/** Requests waiting for triage in each generated locality. */
	static final int WAITING_PER_LOCALITY = 5;

	/** The prefix of generated referral rows; the table and the number follow. */
	static final String PREFIX = "00000000-0040-4000-80";

	/** Accepted referrals, one a family: {@code id(ACCEPTED, n)}. */
	static final int ACCEPTED = 1;

	/** Requests never accepted, of the last eleven months. */
	static final int UNACCEPTED = 2;

	/** Requests waiting for triage. */
	static final int WAITING = 3;

	/** The people named by requests not accepted (two each). */
	static final int UNACCEPTED_PEOPLE = 4;

	/** The people named by requests waiting (two each). */
	static final int WAITING_PEOPLE = 5;

	/** Months of arrival counted in {@code referral_removed}: 12 to 119 months ago. */
	static final int REMOVED_MONTHS = 108;

	/** Who referrals come from (every source but the family itself). */
	static final List<String> SOURCES = List.of("court_desk", "school", "childrens_centre", "probation", "prison",
			"police", "social_care", "health", "housing", "charity");

	/** The referrer's organisation, by source. */
	static final List<String> ORGANISATIONS = List.of("Court desk (generated)", "Primary school (generated)",
			"Children's centre (generated)", "Probation service (generated)", "Prison family service (generated)",
			"Police family liaison (generated)", "Children's social care (generated)", "Health visiting (generated)",
			"Housing team (generated)", "Family charity (generated)");

	/** Why a family was referred. */
	static final List<String> REASONS = List.of(
			"Dad was sentenced this week; mum is struggling to explain it to the children (generated).",
			"The family has fallen behind with rent since the arrest and is worried about losing the home (generated).",
			"The child's behaviour at school has changed since mum was remanded (generated).",
			"Grandmother is now caring for the children and needs help with visits and money (generated).",
			"The family has not been able to visit: the prison is far and travel costs too much (generated).",
			"The carer feels isolated and judged by neighbours since the case was in the paper (generated).");

	/** Given names of the people generated requests name. */
	static final List<String> GIVEN = List.of("Alex", "Sam", "Jo", "Charlie", "Jamie", "Robin", "Casey", "Morgan",
			"Riley", "Taylor", "Jordan", "Avery", "Frankie", "Hayden", "Kit", "Quinn");

	/** Family names of the people generated requests name. */
	static final List<String> FAMILY_NAMES = List.of("Ashgrove", "Bramwell", "Calloway", "Denholm", "Ellery",
			"Fairbairn", "Greaves", "Hollins", "Inchley", "Jessop", "Kettering", "Lowther", "Marchbank", "Netherby",
			"Oakridge", "Pendle", "Quarrie", "Rushworth", "Stainton", "Thorley");

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Taxonomies taxonomies;

	private final Clock clock;

	ReferralSyntheticData(JdbcClient jdbc, TransactionTemplate transactions, Taxonomies taxonomies, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.taxonomies = taxonomies;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String describe() {
		return "referrals";
	}

	/** Requests never accepted still on record: one for every fifty families. */
	static long unaccepted(DataSize size) {
		return Math.max(1, size.families() / 50);
	}

	/** Requests waiting for triage. */
	static long waiting(DataSize size) {
		return (long) WAITING_PER_LOCALITY * size.localities();
	}

	/**
	 * How many requests of one month of arrival, locality and final status the retention
	 * rule deleted: nine in ten of the requests never accepted are older than a year, one
	 * in five of them signposted and the rest declined.
	 */
	static long removed(DataSize size, String status) {
		double perMonthAndLocality = size.families() / 5.0 * 0.9 / REMOVED_MONTHS / size.localities();
		return Math.max(1, Math.round(perMonthAndLocality * ("signposted".equals(status) ? 0.2 : 0.8)));
	}

	@Override
	public long rows(DataSize size) {
		return 2L * size.families() + 4 * unaccepted(size) + 4 * waiting(size)
				+ 2L * REMOVED_MONTHS * size.localities();
	}

	static UUID id(int table, long n) {
		return UUID.fromString(PREFIX + "%02x-%012x".formatted(table, n));
	}

	private static String id(int table, String column) {
		return GeneratedIds.sql(PREFIX + "%02x-".formatted(table), column);
	}

	@Override
	public void generate(DataSize size, GenerationProgress progress) {
		var terms = taxonomies.allTerms().stream().map(t -> t.id().toString()).sorted().toArray(String[]::new);
		if (terms.length == 0) {
			return;
		}
		var today = LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE);
		long started = System.nanoTime();
		for (long from = 1; from <= size.families(); from += BATCH) {
			long to = Math.min(size.families(), from + BATCH - 1);
			long first = from;
			if (!exists(id(ACCEPTED, to))) {
				transactions.executeWithoutResult(status -> progress.advance(accepted(size, first, to, today, terms)));
			}
		}
		started = logged("accepted referrals", 2L * size.families(), started);
		long unaccepted = unaccepted(size);
		for (long from = 1; from <= unaccepted; from += BATCH) {
			long to = Math.min(unaccepted, from + BATCH - 1);
			long first = from;
			if (!exists(id(UNACCEPTED, to))) {
				transactions
					.executeWithoutResult(status -> progress.advance(unaccepted(size, first, to, today, terms)));
			}
		}
		if (!exists(id(WAITING, waiting(size)))) {
			transactions.executeWithoutResult(status -> progress.advance(waiting(size, today, terms)));
		}
		transactions.executeWithoutResult(status -> progress.advance(removed(size, today)));
		logged("requests not accepted, waiting and removed", 4 * unaccepted + 4 * waiting(size), started);
		for (var table : List.of("referral", "referral_need", "referral_person")) {
			jdbc.sql("analyze " + table).update();
		}
	}

	private static long logged(String what, long rows, long started) {
		long now = System.nanoTime();
		double seconds = (now - started) / 1e9;
		log.info("Generated {}: {} rows in {} s, {} rows/s", what, rows, "%.1f".formatted(seconds),
				"%.0f".formatted(rows / Math.max(seconds, 1e-3)));
		return now;
	}

	private boolean exists(UUID id) {
		return jdbc.sql("select exists (select 1 from referral where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	/** A number from 0 to {@code modulus - 1} that the SQL expression hashes to. */
	static String hash(String expression, int modulus) {
		return "((abs(hashint8((" + expression + ")::bigint)::bigint) % " + modulus + ")::int)";
	}

	static String array(List<String> values) {
		return "array['" + String.join("','", values.stream().map(v -> v.replace("'", "''")).toList()) + "']";
	}

	/** A generated person's name, "Given Family", from the number in {@code column}. */
	private static String name(String column) {
		return "(%s)[1 + %s] || ' ' || (%s)[1 + %s]".formatted(array(GIVEN), hash(column + " * 3", GIVEN.size()),
				array(FAMILY_NAMES), hash(column + " * 5", FAMILY_NAMES.size()));
	}

	private long accepted(DataSize size, long from, long to, LocalDate today, String[] terms) {
		var worker = GeneratedIds.sql(GeneratedIds.SUPPORT_WORKER, GeneratedIds.keyWorkerOfSql(size, "n"));
		long rows = jdbc
			.sql("""
					insert into referral (id, reference, source, referrer_name, referrer_email, referrer_organisation_name,
					                      locality_id, reason, consent_to_contact, status, decided_by, decided_at, family_id,
					                      decision_emailed_at, created_at)
					select %s, 'RF-G' || lpad(n::text, 7, '0'), (%s)[1 + s], %s, 'referrer-' || n || '@example.org',
					       (%s)[1 + s], %s, (%s)[1 + %s], true, 'accepted', %s, decided, %s, decided,
					       (started - 2 - %s + time '11:00') at time zone 'Europe/London'
					from generate_series(cast(:from as bigint), :to) n,
					     lateral (select %s as s, cast(:today as date) - %s as started) f,
					     lateral (select (started + time '10:00') at time zone 'Europe/London' as decided) d
					"""
				.formatted(id(ACCEPTED, "n"), array(SOURCES), name("n"), array(ORGANISATIONS),
						GeneratedIds.sql(GeneratedIds.LOCALITY, GeneratedIds.localityOfSql(size, "n")), array(REASONS),
						hash("n * 7", REASONS.size()), worker, GeneratedIds.sql(GeneratedIds.FAMILY, "n"),
						hash("n * 11", 8), hash("n", SOURCES.size()), GeneratedIds.startedDaysAgoSql("n")))
			.param("from", from)
			.param("to", to)
			.param("today", today)
			.update();
		return rows + needs(ACCEPTED, from, to, terms);
	}

	private long needs(int table, long from, long to, String[] terms) {
		return jdbc.sql("""
				insert into referral_need (referral_id, term_id)
				select %s, (cast(:terms as uuid[]))[1 + %s] from generate_series(cast(:from as bigint), :to) n
				""".formatted(id(table, "n"), hash("n * 13", terms.length)))
			.param("terms", terms)
			.param("from", from)
			.param("to", to)
			.update();
	}

	/**
	 * The carer and the child a request names, {@code id(table, 2m - 1)} and
	 * {@code id(table, 2m)}.
	 */
	private long people(int referrals, int table, long from, long to) {
		return jdbc.sql("""
				insert into referral_person (id, referral_id, position, given_name, family_name, date_of_birth,
				                             relationship, role)
				select %s, %s, c, (%s)[1 + %s], (%s)[1 + %s],
				       case when c = 0 then date '1975-01-01' + %s else date '2010-01-01' + %s end,
				       case when c = 0 then 'Mother' else 'Child' end,
				       case when c = 0 then 'parent_or_carer' else 'child' end
				from generate_series(cast(:from as bigint), :to) m, generate_series(0, 1) c
				""".formatted(id(table, "2 * m - 1 + c"), id(referrals, "m"), array(GIVEN),
				hash("m * 17 + c", GIVEN.size()), array(FAMILY_NAMES), hash("m * 5", FAMILY_NAMES.size()),
				hash("m * 19", 9000), hash("m * 23", 5000)))
			.param("from", from)
			.param("to", to)
			.update();
	}

	private long unaccepted(DataSize size, long from, long to, LocalDate today, String[] terms) {
		// Request m is of locality l = 1 + (m - 1) % localities, decided by one of its
		// support workers: worker l + localities * j is of locality l.
		int localities = size.localities();
		int perLocality = Math.max(1, size.supportWorkers() / localities);
		long rows = jdbc
			.sql("""
					insert into referral (id, reference, source, referrer_name, referrer_email, referrer_organisation_name,
					                      locality_id, reason, consent_to_contact, status, decision_reason, decided_by,
					                      decided_at, signposted_note, decision_emailed_at, created_at)
					select %s, 'RF-GU' || lpad(m::text, 6, '0'), (%s)[1 + s], %s, 'referrer-u' || m || '@example.org',
					       (%s)[1 + s], %s, (%s)[1 + %s], true, status,
					       case when status = 'declined'
					            then 'The family lives outside the locality and was put in touch with its own service (generated).' end,
					       %s, decided,
					       case when status = 'signposted'
					            then 'Given the details of the local family hub and the prison''s visitors centre (generated).' end,
					       decided, (arrived + time '11:00') at time zone 'Europe/London'
					from generate_series(cast(:from as bigint), :to) m,
					     lateral (select %s as s, cast(:today as date) - 14 - %s as arrived,
					                     case when m %% 5 = 0 then 'signposted' else 'declined' end as status,
					                     1 + (m - 1) %% %d as l) r,
					     lateral (select (arrived + 3 + time '10:00') at time zone 'Europe/London' as decided) d
					"""
				.formatted(id(UNACCEPTED, "m"), array(SOURCES), name("m"), array(ORGANISATIONS),
						GeneratedIds.sql(GeneratedIds.LOCALITY, "r.l"), array(REASONS), hash("m * 7", REASONS.size()),
						GeneratedIds.sql(GeneratedIds.SUPPORT_WORKER,
								"r.l + %d * (m %% %d)".formatted(localities, perLocality)),
						hash("m", SOURCES.size()), hash("m * 29", 320), localities))
			.param("from", from)
			.param("to", to)
			.param("today", today)
			.update();
		return rows + needs(UNACCEPTED, from, to, terms) + people(UNACCEPTED, UNACCEPTED_PEOPLE, from, to);
	}

	private long waiting(DataSize size, LocalDate today, String[] terms) {
		long to = waiting(size);
		long rows = jdbc
			.sql("""
					insert into referral (id, reference, source, referrer_name, referrer_email, referrer_organisation_name,
					                      locality_id, reason, consent_to_contact, created_at)
					select %s, 'RF-GW' || lpad(w::text, 6, '0'), (%s)[1 + s], %s, 'referrer-w' || w || '@example.org',
					       (%s)[1 + s], %s, (%s)[1 + %s], true,
					       (cast(:today as date) - 1 - %s + time '09:00') at time zone 'Europe/London' + w %% 480 * interval '1 minute'
					from generate_series(cast(1 as bigint), :to) w, lateral (select %s as s) r
					"""
				.formatted(id(WAITING, "w"), array(SOURCES), name("w * 31"), array(ORGANISATIONS),
						GeneratedIds.sql(GeneratedIds.LOCALITY, "1 + (w - 1) %% %d".formatted(size.localities())),
						array(REASONS), hash("w * 7", REASONS.size()), hash("w * 37", 14), hash("w", SOURCES.size())))
			.param("to", to)
			.param("today", today)
			.update();
		return rows + needs(WAITING, 1, to, terms) + people(WAITING, WAITING_PEOPLE, 1, to);
	}

	/**
	 * The counts the retention rule left of the requests it deleted, in months 12 to 119
	 * before this one; none written again.
	 */
	private long removed(DataSize size, LocalDate today) {
		return jdbc
			.sql("""
					insert into referral_removed (arrived_month, locality_id, source, status, removed)
					select cast(date_trunc('month', cast(:today as date)) - (12 + k) * interval '1 month' as date), %s,
					       (%s)[1 + (k + l) %% %d], status,
					       case when status = 'signposted' then :signposted else :declined end
					from generate_series(0, %d) k, generate_series(1, %d) l,
					     unnest(array['declined', 'signposted']) status
					on conflict do nothing
					""".formatted(GeneratedIds.sql(GeneratedIds.LOCALITY, "l"), array(SOURCES), SOURCES.size(),
					REMOVED_MONTHS - 1, size.localities()))
			.param("today", today)
			.param("signposted", removed(size, "signposted"))
			.param("declined", removed(size, "declined"))
			.update();
	}

}
