package org.familymatters.family.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.familymatters.shared.generate.DataSize;
import org.familymatters.shared.generate.GeneratedIds;
import org.familymatters.shared.generate.GeneratedNames;
import org.familymatters.shared.generate.GenerationProgress;
import org.familymatters.shared.generate.SyntheticData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The family module's part of {@code --generate}: families {@link GeneratedIds#family} in
 * their key worker's locality, a tenth newly referred, half active and the rest closed
 * (within the last six years, so that none is yet due for anonymising), each started on a
 * day of the last ten years; three people each (the person in custody, a parent or carer,
 * a child at the locality's generated primary school while of school age) with names
 * drawn from {@link GeneratedNames#GIVEN}, {@link GeneratedNames#STEMS} and
 * {@link GeneratedNames#ENDINGS}, common ones often and rare ones seldom, as in life; a
 * custody episode (with its stay at one of the prisons on record) for every other family;
 * and ten timeline entries a family, written by its key worker, spread from the day it
 * was started to the day it closed (or today). Everything is computed in SQL from the
 * family's number, so a family's dates agree wherever they are used, and written a batch
 * to a transaction; a batch whose last record is there already is skipped, so a stopped
 * run picks up where it was.
 */
@Component
class FamilySyntheticData implements SyntheticData {

	private static final Logger log = LoggerFactory.getLogger(FamilySyntheticData.class);

	/** The prefix of generated custody episodes' identifiers. */
	static final String CUSTODY = "00000000-0000-4000-8f01-";

	/** The prefix of generated custody moves' identifiers. */
	static final String MOVE = "00000000-0000-4000-8f02-";

	/** The prefix of generated timeline entries' identifiers. */
	static final String TIMELINE = "00000000-0000-4000-8f03-";

	/** Families a transaction (with three times as many people). */
	static final int FAMILY_BATCH = 100_000;

	/** Timeline entries a transaction. */
	static final int TIMELINE_BATCH = 500_000;

	/** Timeline entries a family. */
	static final int ENTRIES = 10;

	/** Why closed families closed. */
	static final List<String> CLOSED_REASONS = List.of("Support no longer needed", "The family moved away",
			"Release went well and the family is settled", "The family asked to stop", "Passed to another service");

	/** What a timeline entry says, by its kind (call, visit, meeting, letter, note). */
	static final List<String> SUMMARIES = List.of("Phoned the carer to see how the week went; no new concerns.",
			"Home visit: talked with the carer and the child about the next prison visit.",
			"Met the school's family link worker about the child's attendance.",
			"Wrote to the family with the dates of the next family day.",
			"Note: the carer asked for help with the cost of travel to visits.");

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	FamilySyntheticData(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String describe() {
		return "families, people, custody and timelines";
	}

	@Override
	public long rows(DataSize size) {
		return size.families() + size.people() + 2 * size.custodyEpisodes() + size.timelineEntries();
	}

	@Override
	public void generate(DataSize size, GenerationProgress progress) {
		var now = Timestamp.from(clock.instant());
		long started = System.nanoTime();
		for (long from = 1; from <= size.families(); from += FAMILY_BATCH) {
			long to = Math.min(size.families(), from + FAMILY_BATCH - 1);
			long first = from;
			if (!exists("person", GeneratedIds.person(3 * to))) {
				transaction.executeWithoutResult(status -> {
					families(size, first, to, now);
					people(size, first, to);
				});
				progress.advance(4 * (to - from + 1));
			}
			else {
				progress.skip(4 * (to - from + 1));
			}
		}
		started = logged("families and their people", size.families() + size.people(), started);
		long episodes = size.custodyEpisodes();
		for (long from = 1; from <= episodes; from += FAMILY_BATCH) {
			long to = Math.min(episodes, from + FAMILY_BATCH - 1);
			long first = from;
			if (!exists("custody_move", id(MOVE, to))) {
				transaction.executeWithoutResult(status -> custody(size, first, to, now));
				progress.advance(2 * (to - from + 1));
			}
			else {
				progress.skip(2 * (to - from + 1));
			}
		}
		started = logged("custody episodes and stays", 2 * episodes, started);
		long entries = size.timelineEntries();
		for (long from = 1; from <= entries; from += TIMELINE_BATCH) {
			long to = Math.min(entries, from + TIMELINE_BATCH - 1);
			long first = from;
			if (!exists("timeline_entry", id(TIMELINE, to))) {
				transaction.executeWithoutResult(status -> timeline(size, first, to, now));
				progress.advance(to - from + 1);
			}
			else {
				progress.skip(to - from + 1);
			}
		}
		started = logged("timeline entries", entries, started);
		for (var table : List.of("family", "person", "person_name", "custody_episode", "custody_move",
				"timeline_entry")) {
			jdbc.sql("analyze " + table).update();
		}
		logged("statistics of the family tables", 0, started);
	}

	/** Logs how long a step took (when it wrote anything); the time now. */
	private static long logged(String what, long rows, long started) {
		long now = System.nanoTime();
		double seconds = (now - started) / 1e9;
		log.info("Generated {}: {} rows in {} s, {} rows/s", what, rows, "%.1f".formatted(seconds),
				"%.0f".formatted(rows / Math.max(seconds, 1e-3)));
		return now;
	}

	private boolean exists(String table, Object id) {
		return jdbc.sql("select count(*) from " + table + " where id = cast(:id as uuid)")
			.param("id", id.toString())
			.query(Long.class)
			.single() > 0;
	}

	private static String id(String prefix, long n) {
		return prefix + "%012x".formatted(n);
	}

	/** A number from 0 to {@code modulus - 1} that the SQL expression hashes to. */
	static String hash(String expression, int modulus) {
		return "((abs(hashint8((" + expression + ")::bigint)::bigint) % " + modulus + ")::int)";
	}

	/** When family {@code f} was started, in SQL. */
	static String startedSql(String f) {
		return "(cast(:now as timestamptz) - " + GeneratedIds.startedDaysAgoSql(f) + " * interval '1 day')";
	}

	/**
	 * When family {@code f} last changed (for a closed family, when it closed), in SQL:
	 * within the last two months for an open family, never before it was started.
	 */
	static String updatedSql(String f) {
		return "(cast(:now as timestamptz) - (case when (" + f + ") % 10 >= 6 then " + GeneratedIds.endedDaysAgoSql(f)
				+ " else least(" + GeneratedIds.startedDaysAgoSql(f) + ", " + hash(f + " * 37", 60)
				+ ") end) * interval '1 day')";
	}

	/** When family {@code f} closed, or now while it is open, in SQL. */
	static String endedSql(String f) {
		return "(cast(:now as timestamptz) - " + GeneratedIds.endedDaysAgoSql(f) + " * interval '1 day')";
	}

	private static String array(List<String> values) {
		return "array['" + String.join("','", values.stream().map(v -> v.replace("'", "''")).toList()) + "']";
	}

	private void families(DataSize size, long from, long to, Timestamp now) {
		jdbc.sql(
				"""
						insert into family (id, reference, locality_id, status, closed_reason, journey_stage, key_worker_id,
						                    address_line_1, town, postcode, created_at, updated_at)
						select %s, family_reference_next(), %s,
						       case when n %% 10 = 0 then 'referred' when n %% 10 >= 6 then 'closed' else 'active' end,
						       case when n %% 10 >= 6 then (%s)[1 + %s] end,
						       (array['arrest','remand','trial','sentenced','in_custody','in_custody','release_planned',
						              'released','on_licence','in_custody'])[1 + %s],
						       %s,
						       (1 + %s) || ' ' || (%s)[1 + %s] || ' Road', 'District ' || %s || ' (generated)',
						       case when n %% 10 = 3 then null
						            else (array['OX','RG','SL','HP','MK','GU'])[1 + n %% 6] || (1 + n %% 29) || ' '
						                 || (n / 7 %% 10) || chr((65 + n / 70 %% 26)::int) || chr((65 + n / 1820 %% 26)::int) end,
						       %s, %s
						from generate_series(:from, :to) n
						"""
					.formatted(GeneratedIds.sql(GeneratedIds.FAMILY, "n"),
							GeneratedIds.sql(GeneratedIds.LOCALITY, GeneratedIds.localityOfSql(size, "n")),
							array(CLOSED_REASONS), hash("n * 3", CLOSED_REASONS.size()), hash("n * 5", 10),
							GeneratedIds.sql(GeneratedIds.SUPPORT_WORKER, GeneratedIds.keyWorkerOfSql(size, "n")),
							hash("n * 11", 200), array(GeneratedNames.STEMS),
							hash("n * 13", GeneratedNames.STEMS.size()), GeneratedIds.localityOfSql(size, "n"),
							startedSql("n"), updatedSql("n")))
			.param("from", from)
			.param("to", to)
			.param("now", now)
			.update();
	}

	private void people(DataSize size, long from, long to) {
		var school = GeneratedIds.sql(GeneratedIds.ORGANISATION, "2 * " + GeneratedIds.localityOfSql(size, "f"));
		jdbc.sql(
				"""
						with names as (select %s as given, %s as stems, %s as endings)
						insert into person (id, family_id, given_name, family_name, date_of_birth, role, relationship,
						                    school_id)
						select %s, %s,
						       names.given[1 + floor(%d * power(%s / 1000000.0, 1.2))::int],
						       case when %s = 0
						            then names.stems[1 + %s] || '-' || names.stems[1 + %s]
						            else names.stems[1 + floor(%d * power(%s / 1000000.0, 1.2))::int]
						                 || names.endings[1 + floor(%d * power(%s / 1000000.0, 2))::int] end,
						       born,
						       (array['child', 'in_custody', 'parent_or_carer'])[1 + m %% 3],
						       case m %% 3 when 1 then case when %s = 0 then 'Mother' else 'Father' end
						                   when 2 then (array['Mother', 'Mother', 'Mother', 'Grandmother', 'Father', 'Aunt'])[1 + %s]
						                   else case when m %% 2 = 0 then 'Son' else 'Daughter' end end,
						       case when m %% 3 = 0 and born > date '2011-09-01' then %s end
						from generate_series(3 * :from - 2, 3 * :to) m,
						     lateral (select (m + 2) / 3 as f) family_of,
						     lateral (select case m %% 3 when 1 then date '1965-01-01' + %s
						                                 when 2 then date '1968-01-01' + %s
						                                 else date '2008-01-01' + %s end as born) birth,
						     names
						"""
					.formatted(array(GeneratedNames.GIVEN), array(GeneratedNames.STEMS), array(GeneratedNames.ENDINGS),
							GeneratedIds.sql(GeneratedIds.PERSON, "m"), GeneratedIds.sql(GeneratedIds.FAMILY, "f"),
							GeneratedNames.GIVEN.size(), hash("m * 17", 1_000_000), hash("f * 7", 10),
							hash("f * 19", GeneratedNames.STEMS.size()), hash("f * 23", GeneratedNames.STEMS.size()),
							GeneratedNames.STEMS.size(), hash("f", 1_000_000), GeneratedNames.ENDINGS.size(),
							hash("f * 5", 1_000_000), hash("m * 29", 20), hash("m * 31", 6), school, hash("m", 12_000),
							hash("m", 11_000), hash("m", 5_400)))
			.param("from", from)
			.param("to", to)
			.update();
	}

	private void custody(DataSize size, long from, long to, Timestamp now) {
		// Episode e is of family 2e - 1's person in custody, person 3(2e - 1) - 2.
		jdbc.sql("""
				insert into custody_episode (id, person_id, prison_id, prison_number, remanded_on, sentenced_on,
				                             sentence, expected_release_on, released_on)
				select %s, %s, p.ids[1 + %s], chr(65 + %s) || lpad(%s::text, 4, '0') || chr(65 + %s) || chr(65 + %s),
				       remanded, remanded + 90 + %s, months || ' months', remanded + 90 + %s + months * 30,
				       case when remanded + 90 + %s + months * 30 < cast(:now as date)
				            then remanded + 90 + %s + months * 30 end
				from generate_series(:from, :to) e,
				     lateral (select cast(:now as date) - 120 - %s as remanded, 6 + %s as months) dates,
				     (select array_agg(id order by name) as ids from prison where active) p
				""".formatted(sqlId(CUSTODY, "e"), GeneratedIds.sql(GeneratedIds.PERSON, "3 * (2 * e - 1) - 2"),
				"((abs(hashint8(e)::bigint) % cardinality(p.ids))::int)", hash("e * 3", 26), hash("e * 5", 10_000),
				hash("e * 7", 26), hash("e * 11", 26), hash("e * 13", 120), hash("e * 13", 120), hash("e * 13", 120),
				hash("e * 13", 120), hash("e * 17", 3300), hash("e * 19", 60)))
			.param("from", from)
			.param("to", to)
			.param("now", now)
			.update();
		jdbc.sql("""
				insert into custody_move (id, episode_id, prison_id, from_on, to_on, recorded_at)
				select %s, c.id, c.prison_id, c.remanded_on, c.released_on, c.remanded_on
				from generate_series(:from, :to) e join custody_episode c on c.id = %s
				""".formatted(sqlId(MOVE, "e"), sqlId(CUSTODY, "e"))).param("from", from).param("to", to).update();
	}

	private static String sqlId(String prefix, String column) {
		return GeneratedIds.sql(prefix, column);
	}

	private void timeline(DataSize size, long from, long to, Timestamp now) {
		jdbc.sql("""
				insert into timeline_entry (id, family_id, kind, about_children, occurred_at, summary, author_id,
				                            created_at)
				select %s, %s, (array['call', 'visit', 'meeting', 'letter', 'note'])[1 + kind], i %% 3 = 0, at,
				       (%s)[1 + kind], %s, at
				from generate_series(:from, :to) i,
				     lateral (select (i + %d) / %d as f, %s as kind) entry,
				     lateral (select %s as started, %s as ended) family,
				     lateral (select started + (ended - started) * (((i - 1) %% %d) + 0.5) / %d as at) occurred
				""".formatted(sqlId(TIMELINE, "i"), GeneratedIds.sql(GeneratedIds.FAMILY, "f"), array(SUMMARIES),
				GeneratedIds.sql(GeneratedIds.SUPPORT_WORKER, GeneratedIds.keyWorkerOfSql(size, "f")), ENTRIES - 1,
				ENTRIES, hash("i * 3", SUMMARIES.size()), startedSql("f"), endedSql("f"), ENTRIES, ENTRIES))
			.param("from", from)
			.param("to", to)
			.param("now", now)
			.update();
	}

}
