package org.familymatters.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
 * The plan module's part of {@code --generate}: every generated family past its first
 * weeks (all but the newly referred, {@link PlanSyntheticRules#hasPlan}) has a first
 * assessment of the family as a whole a week after it started, scoring
 * {@value PlanSyntheticRules#AREAS} need areas, and a support plan started that day with
 * two goals (the first two areas assessed) and four to six actions shared between the
 * locality's family support service (owned by the key worker) and its primary school. An
 * active family's plan is open, with a review done and the next one due around now; its
 * actions are due from a month ago to three months ahead, one done, some in progress, and
 * those past their day overdue (already notified, so that the overdue job does not write
 * to thousands of owners on its first run). A closed family's plan closed the day the
 * family closed, with a closing assessment of the same areas (the outcomes report counts
 * it, through the plan's own trigger) and its actions done or, now and then, not
 * possible. Set-based, {@value #BATCH} families to a transaction; a batch whose last plan
 * is there is skipped.
 */
@Component
class PlanSyntheticData implements SyntheticData {

	private static final Logger log = LoggerFactory.getLogger(PlanSyntheticData.class);

	/** Families a transaction. */
	static final int BATCH = 100_000;

	/** The prefix of generated plan rows; the table and the number follow. */
	static final String PREFIX = "00000000-0060-4000-80";

	/** Support plans: {@code id(PLAN, n)}, n the family's number. */
	static final int PLAN = 1;

	/** First assessments: {@code id(FIRST, n)}. */
	static final int FIRST = 2;

	/** Closing assessments: {@code id(CLOSING, n)}. */
	static final int CLOSING = 3;

	/** Goals: {@code id(GOAL, 2n - 1)} and {@code id(GOAL, 2n)}. */
	static final int GOAL = 4;

	/** Actions: {@code id(ACTION, 6n - 5 + k)}, k from 0. */
	static final int ACTION = 5;

	/** Reviews of open plans: {@code id(REVIEW, n)}. */
	static final int REVIEW = 6;

	/** What the actions are. */
	static final List<String> ACTIONS = List.of("Apply for help with the cost of prison visits (generated)",
			"Book a family day at the prison (generated)", "Meet the school's family link worker (generated)",
			"Refer to the money advice service for the rent arrears (generated)",
			"Arrange counselling for the carer (generated)", "Find a homework club near home (generated)",
			"Explain to the child, with the carer, where dad is (generated)",
			"Set up regular phone calls with the person in custody (generated)");

	/** Why plans closed. */
	static final List<String> CLOSED_REASONS = List.of("Goals met: the family is settled (generated)",
			"The family moved away (generated)", "The family asked to stop (generated)",
			"Passed to another service (generated)");

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PlanSyntheticData(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public String describe() {
		return "assessments, support plans and actions";
	}

	@Override
	public long rows(DataSize size) {
		return PlanSyntheticRules.rows(1, size.families());
	}

	static UUID id(int table, long n) {
		return UUID.fromString(PREFIX + "%02x-%012x".formatted(table, n));
	}

	private static String id(int table, String column) {
		return GeneratedIds.sql(PREFIX + "%02x-".formatted(table), column);
	}

	@Override
	public void generate(DataSize size, GenerationProgress progress) {
		var areas = jdbc.sql("select id from plan_need_area where active order by position, id")
			.query(UUID.class)
			.list()
			.stream()
			.map(UUID::toString)
			.toArray(String[]::new);
		if (areas.length < PlanSyntheticRules.AREAS) {
			return;
		}
		var today = LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE);
		long started = System.nanoTime();
		for (long from = 1; from <= size.families(); from += BATCH) {
			long to = Math.min(size.families(), from + BATCH - 1);
			long last = PlanSyntheticRules.lastWithPlan(from, to);
			if (last == 0 || exists(id(PLAN, last))) {
				continue;
			}
			long first = from;
			transactions.executeWithoutResult(status -> progress.advance(batch(size, first, to, today, areas)));
		}
		long rows = rows(size);
		double seconds = (System.nanoTime() - started) / 1e9;
		log.info("Generated assessments, plans and actions: {} rows in {} s, {} rows/s", rows,
				"%.1f".formatted(seconds), "%.0f".formatted(rows / Math.max(seconds, 1e-3)));
		for (var table : List.of("plan_assessment", "plan_assessment_score", "plan_support_plan", "plan_goal",
				"plan_action", "plan_review", "plan_outcome_day")) {
			jdbc.sql("analyze " + table).update();
		}
	}

	private boolean exists(UUID id) {
		return jdbc.sql("select exists (select 1 from plan_support_plan where id = :id)")
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

	/** The day family n's plan started, in SQL: a week after the family did. */
	private static String startedOn(String n) {
		return "(cast(:today as date) - " + GeneratedIds.startedDaysAgoSql(n) + " + 7)";
	}

	/** The day family n's plan closed, in SQL (for a closed family). */
	private static String closedOn(String n) {
		return "(cast(:today as date) - " + GeneratedIds.endedDaysAgoSql(n) + ")";
	}

	/** The next review of family n's open plan, in SQL: from 20 days ago to 100 ahead. */
	private static String nextReview(String n) {
		return "(cast(:today as date) - 20 + " + hash(n + " * 41", 120) + ")";
	}

	/** Need area s (0 to AREAS - 1) assessed for family n, in SQL. */
	private static String area(String n, String s) {
		return "(cast(:areas as uuid[]))[1 + (" + hash(n + " * 43", 1000) + " + " + s
				+ ") % cardinality(cast(:areas as uuid[]))]";
	}

	private long batch(DataSize size, long from, long to, LocalDate today, String[] areas) {
		var worker = GeneratedIds.sql(GeneratedIds.SUPPORT_WORKER, GeneratedIds.keyWorkerOfSql(size, "n"));
		var locality = GeneratedIds.localityOfSql(size, "n");
		var families = "generate_series(cast(:from as bigint), :to) n";
		var withPlan = "n % 10 <> 0";
		var closed = "n % 10 >= 6";
		long rows = update("""
				insert into plan_assessment (id, family_id, assessed_on, kind, assessed_by, created_at)
				select %s, %s, %s, 'first', %s, (%s + time '15:00') at time zone 'Europe/London'
				from %s where %s
				union all
				select %s, %s, %s, 'closing', %s, (%s + time '15:00') at time zone 'Europe/London'
				from %s where %s
				""".formatted(id(FIRST, "n"), GeneratedIds.sql(GeneratedIds.FAMILY, "n"), startedOn("n"), worker,
				startedOn("n"), families, withPlan, id(CLOSING, "n"), GeneratedIds.sql(GeneratedIds.FAMILY, "n"),
				closedOn("n"), worker, closedOn("n"), families, closed), from, to, today, areas);
		// The first score is 1 to 3 (in need); the closing one moves it by -1 to +2.
		rows += update("""
				insert into plan_assessment_score (assessment_id, need_area_id, score, note)
				select %s, %s, 1 + %s,
				       case when s = 0 then 'What the family told us at the first visit (generated).' end
				from %s, generate_series(0, %d) s where %s
				union all
				select %s, %s, least(5, greatest(1, %s + %s)), null
				from %s, generate_series(0, %d) s where %s
				""".formatted(id(FIRST, "n"), area("n", "s"), hash("n * 12 + s", 3), families,
				PlanSyntheticRules.AREAS - 1, withPlan, id(CLOSING, "n"), area("n", "s"), hash("n * 12 + s", 3),
				hash("n * 31 + s", 4), families, PlanSyntheticRules.AREAS - 1, closed), from, to, today, areas);
		rows += update(
				"""
						insert into plan_support_plan (id, family_id, locality_id, started_on, status, next_review_on, closed_on,
						                               closed_reason, closing_assessment_id, created_by, created_at, updated_at)
						select %s, %s, %s, %s, case when %s then 'closed' else 'open' end,
						       case when %s then null else %s end,
						       case when %s then %s end,
						       case when %s then (%s)[1 + %s] end,
						       case when %s then %s end,
						       %s, (%s + time '15:30') at time zone 'Europe/London',
						       (case when %s then %s else %s end + time '16:00') at time zone 'Europe/London'
						from %s where %s
						"""
					.formatted(id(PLAN, "n"), GeneratedIds.sql(GeneratedIds.FAMILY, "n"),
							GeneratedIds.sql(GeneratedIds.LOCALITY, locality), startedOn("n"), closed, closed,
							nextReview("n"), closed, closedOn("n"), closed, array(CLOSED_REASONS),
							hash("n * 47", CLOSED_REASONS.size()), closed, id(CLOSING, "n"), worker, startedOn("n"),
							closed, closedOn("n"), reviewedOn("n"), families, withPlan),
				from, to, today, areas);
		rows += update("""
				insert into plan_goal (id, plan_id, need_area_id, text, created_at)
				select %s, %s, a.id, a.label || ': things are better than when we started (generated)',
				       (%s + time '15:30') at time zone 'Europe/London'
				from %s, generate_series(0, 1) g, plan_need_area a
				where %s and a.id = %s
				""".formatted(id(GOAL, "2 * n - 1 + g"), id(PLAN, "n"), startedOn("n"), families, withPlan,
				area("n", "g")), from, to, today, areas);
		rows += update(actions(size), from, to, today, areas);
		rows += update("""
				insert into plan_review (id, plan_id, reviewed_on, attended, what_changed, next_review_on, recorded_by,
				                         created_at)
				select %s, %s, %s, 'The carer, the key worker and the school''s family link worker (generated)',
				       'Visits are going better; the rent arrears are being paid off (generated).', %s, %s,
				       (%s + time '14:00') at time zone 'Europe/London'
				from %s where %s and not %s
				""".formatted(id(REVIEW, "n"), id(PLAN, "n"), reviewedOn("n"), nextReview("n"), worker, reviewedOn("n"),
				families, withPlan, closed), from, to, today, areas);
		return rows;
	}

	/**
	 * The review before the next: 90 days before it, a month after the start at least.
	 */
	private static String reviewedOn(String n) {
		return "least(cast(:today as date), greatest(" + startedOn(n) + " + 30, " + nextReview(n) + " - 90))";
	}

	/**
	 * Four to six actions a plan (k from 0), alternately for its two goals: the family
	 * support service's (its key worker's), and every third the primary school's.
	 */
	private static String actions(DataSize size) {
		var worker = GeneratedIds.sql(GeneratedIds.SUPPORT_WORKER, GeneratedIds.keyWorkerOfSql(size, "n"));
		var locality = GeneratedIds.localityOfSql(size, "n");
		return """
				insert into plan_action (id, plan_id, goal_id, family_id, description, about_person_id,
				                         owner_organisation_id, owner_user_id, due_on, status, status_reason, assigned_at,
				                         overdue_notified_on, created_at, updated_at)
				select %s, %s, %s, %s, (%s)[1 + (n + k) %% %d],
				       case when k = 2 then %s end,
				       case when k %% 3 = 1 then %s else %s end,
				       case when k %% 3 = 1 then null else %s end,
				       due, status,
				       case when status = 'cannot_be_done' then 'The family moved away before it could be done (generated).' end,
				       (started + time '15:30') at time zone 'Europe/London',
				       case when status in ('not_started', 'in_progress') and due < cast(:today as date) then due + 1 end,
				       (started + time '15:30') at time zone 'Europe/London',
				       (least(due, cast(:today as date) - 1) + time '12:00') at time zone 'Europe/London'
				from generate_series(cast(:from as bigint), :to) n, generate_series(0, 5) k,
				     lateral (select %s as started, %s as closing) p,
				     lateral (select case when closing then least(%s, started + 20 + k * 25 + %s)
				                          else cast(:today as date) - 30 + %s end as due) d,
				     lateral (select case when closing then (case when k = 3 and n %% 7 = 0 then 'cannot_be_done' else 'done' end)
				                          when k = 0 then 'done'
				                          else (array['in_progress', 'done', 'not_started', 'not_started'])[1 + %s] end
				                     as status) s
				where n %% 10 <> 0 and k < %s
				"""
			.formatted(id(ACTION, "6 * n - 5 + k"), id(PLAN, "n"), id(GOAL, "2 * n - 1 + k % 2"),
					GeneratedIds.sql(GeneratedIds.FAMILY, "n"), array(ACTIONS), ACTIONS.size(),
					GeneratedIds.sql(GeneratedIds.PERSON, "3 * n"),
					GeneratedIds.sql(GeneratedIds.ORGANISATION, "2 * " + locality),
					GeneratedIds.sql(GeneratedIds.ORGANISATION, "2 * " + locality + " - 1"), worker, startedOn("n"),
					"n % 10 >= 6", closedOn("n"), hash("6 * n + k", 20), hash("6 * n + k", 120), hash("n * 3 + k", 4),
					PlanSyntheticRules.actionsSql("n"));
	}

	private long update(String sql, long from, long to, LocalDate today, String[] areas) {
		var statement = jdbc.sql(sql).param("from", from).param("to", to);
		if (sql.contains(":today")) {
			statement = statement.param("today", today);
		}
		if (sql.contains(":areas")) {
			statement = statement.param("areas", areas);
		}
		return statement.update();
	}

}
