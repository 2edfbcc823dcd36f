package org.familymatters.benchmark;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Support plans in proportion to {@link FamilyBenchmarkTest}'s 1,000,000 families,
 * set-based in SQL: 25,000 support workers keeping 40 families each; 4,000 agencies with
 * a practitioner each; a plan for nine families in ten (the closed families' plans closed
 * over the last six years), two goals and three actions a plan, a first assessment and a
 * later one (closing, for a closed plan) of eight need areas each.
 */
final class PlanBenchmarkData {

	static final int KEY_WORKERS = 25_000;

	static final int AGENCIES = 4_000;

	private PlanBenchmarkData() {
	}

	static UUID keyWorkerId(int n) {
		return UUID.fromString("00000000-0000-4000-a000-%012x".formatted(n));
	}

	static UUID agencyId(int n) {
		return UUID.fromString("00000000-0000-4000-b000-%012x".formatted(n));
	}

	static UUID practitionerId(int n) {
		return UUID.fromString("00000000-0000-4000-b100-%012x".formatted(n));
	}

	static String keyWorkerUsername(int n) {
		return "bench-support-" + n;
	}

	static String practitionerUsername(int n) {
		return "bench-agency-" + n;
	}

	/**
	 * Generates the plans (and the families first, if need be); false if there already.
	 */
	static boolean generate(JdbcClient jdbc, TransactionTemplate transactions) {
		FamilyBenchmarkTest.generate(jdbc, transactions);
		if (jdbc.sql("select count(*) from plan_support_plan where id = :id")
			.param("id", planId(FamilyBenchmarkTest.FAMILIES - 1))
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local maintenance_work_mem = '512MB'").update();
			// The outcomes' counts by day are filled once at the end, as the migration
			// that
			// made them does, rather than by the trigger for each of 900,000 plans.
			jdbc.sql("alter table plan_support_plan disable trigger plan_outcome_on_change").update();
			var organisation = jdbc.sql("select id from organisation where lower(name) = 'family matters'")
				.query(UUID.class)
				.single();
			jdbc.sql(
					"""
							insert into user_account (id, username, display_name, email, organisation_id, password_hash)
							select ('00000000-0000-4000-a000-' || lpad(to_hex(n), 12, '0'))::uuid, 'bench-support-' || n,
							       'Support worker ' || n, 'bench-support-' || n || '@example.org', :organisation, '{noop}unused'
							from generate_series(1, %d) n
							"""
						.formatted(KEY_WORKERS))
				.param("organisation", organisation)
				.update();
			jdbc.sql("""
					insert into user_role (user_id, role)
					select ('00000000-0000-4000-a000-' || lpad(to_hex(n), 12, '0'))::uuid, 'SUPPORT_WORKER'
					from generate_series(1, %d) n
					""".formatted(KEY_WORKERS)).update();
			jdbc.sql("""
					insert into organisation (id, name, type, sector, locality_id)
					select ('00000000-0000-4000-b000-' || lpad(to_hex(n), 12, '0'))::uuid, 'Generated agency ' || n,
					       (array['SCHOOL','SCHOOL','SCHOOL','HOUSING','HEALTH','SOCIAL_CARE','PROBATION',
					              'CHILDRENS_CENTRE','CAMHS','VOLUNTARY'])[1 + n %% 10], 'STATUTORY',
					       l.ids[1 + n %% 8]
					from generate_series(1, %d) n, (select array_agg(id order by name) as ids from locality) l
					""".formatted(AGENCIES)).update();
			jdbc.sql("""
					insert into user_account (id, username, display_name, email, organisation_id, password_hash)
					select ('00000000-0000-4000-b100-' || lpad(to_hex(n), 12, '0'))::uuid, 'bench-agency-' || n,
					       'Practitioner ' || n, 'bench-agency-' || n || '@example.org',
					       ('00000000-0000-4000-b000-' || lpad(to_hex(n), 12, '0'))::uuid, '{noop}unused'
					from generate_series(1, %d) n
					""".formatted(AGENCIES)).update();
			jdbc.sql("""
					insert into user_role (user_id, role)
					select ('00000000-0000-4000-b100-' || lpad(to_hex(n), 12, '0'))::uuid, 'AGENCY_PRACTITIONER'
					from generate_series(1, %d) n
					""".formatted(AGENCIES)).update();
			// Each support worker keeps 40 families, and works across the Thames Valley.
			jdbc.sql(
					"""
							update family f set key_worker_id = ('00000000-0000-4000-a000-'
							    || lpad(to_hex(1 + (('x' || substr(replace(f.id::text, '-', ''), 21, 12))::bit(48)::bigint - 1) %% %d), 12, '0'))::uuid
							"""
						.formatted(KEY_WORKERS))
				.update();
			// A plan for nine families in ten; a closed family's plan closed in the last
			// six
			// years.
			jdbc.sql(
					"""
							insert into plan_support_plan (id, family_id, locality_id, started_on, status, next_review_on,
							                               closed_on, closed_reason, created_by)
							select ('00000000-0000-4000-c000-' || lpad(to_hex(g.n), 12, '0'))::uuid, f.id, f.locality_id,
							       g.started, case when f.status = 'closed' then 'closed' else 'open' end,
							       case when f.status <> 'closed' then current_date + (g.n %% 120 - 30)::int end,
							       case when f.status = 'closed' then least(current_date, g.started + (60 + g.n %% 400)::int) end,
							       case when f.status = 'closed' then 'The family no longer needs support' end,
							       f.key_worker_id
							from family f,
							     lateral (select ('x' || substr(replace(f.id::text, '-', ''), 21, 12))::bit(48)::bigint as n) k,
							     lateral (select k.n as n, current_date - 60 - (abs(hashint8(k.n)) %% 2150)::int as started) g
							where f.id::text like '00000000-0000-4000-8000-%%' and k.n %% 10 <> 0
							"""
						.formatted())
				.update();
			jdbc.sql("""
					insert into plan_goal (id, plan_id, need_area_id, text)
					select ('00000000-0000-4000-d000-' || lpad(to_hex(p.n * 2 + g), 12, '0'))::uuid, p.id,
					       a.ids[1 + (p.n * 7 + g * 5) %% 12], 'Goal ' || g || ' of the plan'
					from (select id, ('x' || substr(replace(id::text, '-', ''), 21, 12))::bit(48)::bigint as n
					      from plan_support_plan where id::text like '00000000-0000-4000-c000-%%') p,
					     generate_series(0, 1) g,
					     (select array_agg(id order by position) as ids from plan_need_area) a
					""".formatted()).update();
			jdbc.sql(
					"""
							insert into plan_action (id, plan_id, goal_id, family_id, description, owner_organisation_id,
							                         owner_user_id, due_on, status, status_reason, assigned_at)
							select ('00000000-0000-4000-e000-' || lpad(to_hex(p.n * 3 + k), 12, '0'))::uuid, p.id,
							       ('00000000-0000-4000-d000-' || lpad(to_hex(p.n * 2 + k %% 2), 12, '0'))::uuid, p.family_id,
							       'Action ' || k || ' of the plan',
							       ('00000000-0000-4000-b000-' || lpad(to_hex(1 + abs(hashint8(p.n * 3 + k)) %% %d), 12, '0'))::uuid,
							       null, p.started_on + (30 + (p.n + k * 37) %% 170)::int,
							       case when p.status = 'closed' then (case when k = 2 and p.n %% 7 = 0 then 'cannot_be_done' else 'done' end)
							            else (array['not_started', 'in_progress', 'done'])[1 + (p.n + k) %% 3] end,
							       case when p.status = 'closed' and k = 2 and p.n %% 7 = 0 then 'The family moved away' end,
							       p.started_on::timestamptz
							from (select id, family_id, started_on, status,
							             ('x' || substr(replace(id::text, '-', ''), 21, 12))::bit(48)::bigint as n
							      from plan_support_plan where id::text like '00000000-0000-4000-c000-%%') p,
							     generate_series(0, 2) k
							"""
						.formatted(AGENCIES))
				.update();
			jdbc.sql("""
					insert into plan_assessment (id, family_id, assessed_on, kind, assessed_by)
					select ('00000000-0000-4000-f000-' || lpad(to_hex(p.n * 2 + k), 12, '0'))::uuid, p.family_id,
					       case when k = 0 then p.started_on
					            when p.status = 'closed' then p.closed_on
					            else least(current_date, p.started_on + 90) end,
					       case when k = 0 then 'first' when p.status = 'closed' then 'closing' else 'review' end,
					       p.created_by
					from (select id, family_id, started_on, status, closed_on, created_by,
					             ('x' || substr(replace(id::text, '-', ''), 21, 12))::bit(48)::bigint as n
					      from plan_support_plan where id::text like '00000000-0000-4000-c000-%%') p,
					     generate_series(0, 1) k
					""".formatted()).update();
			jdbc.sql(
					"""
							update plan_support_plan p
							set closing_assessment_id = ('00000000-0000-4000-f000-'
							    || lpad(to_hex(('x' || substr(replace(p.id::text, '-', ''), 21, 12))::bit(48)::bigint * 2 + 1), 12, '0'))::uuid
							where p.status = 'closed' and p.id::text like '00000000-0000-4000-c000-%%'
							"""
						.formatted())
				.update();
			// Eight of the twelve need areas each time; the later score is the first's
			// moved by -1 to +2.
			jdbc.sql("""
					insert into plan_assessment_score (assessment_id, need_area_id, score, note)
					select a.id, na.ids[1 + (a.n / 2 + s) %% 12],
					       case when a.n %% 2 = 0 then 1 + abs(hashint8(a.n / 2 * 12 + s)) %% 4
					            else least(5, greatest(1, 1 + abs(hashint8(a.n / 2 * 12 + s)) %% 4
					                                      + (abs(hashint8(a.n * 31 + s)) %% 4) - 1)) end,
					       case when s = 0 then 'Generated note' end
					from (select id, ('x' || substr(replace(id::text, '-', ''), 21, 12))::bit(48)::bigint as n
					      from plan_assessment where id::text like '00000000-0000-4000-f000-%%') a,
					     generate_series(0, 7) s,
					     (select array_agg(id order by position) as ids from plan_need_area) na
					""".formatted()).update();
			// Statistics first, or each of the 180,000 calls plans for empty tables.
			for (var table : new String[] { "plan_support_plan", "plan_assessment", "plan_assessment_score" }) {
				jdbc.sql("analyze " + table).update();
			}
			jdbc.sql(
					"""
							select count(*) from (
							    select plan_outcome_apply(p.family_id, p.locality_id, p.closed_on, p.closing_assessment_id, 1)
							    from plan_support_plan p where p.status = 'closed' and p.id::text like '00000000-0000-4000-c000-%'
							) applied
							""")
				.query(Long.class)
				.single();
			jdbc.sql("alter table plan_support_plan enable trigger plan_outcome_on_change").update();
		});
		for (var table : new String[] { "family", "user_account", "organisation", "plan_support_plan", "plan_goal",
				"plan_action", "plan_assessment", "plan_assessment_score", "plan_outcome_day" }) {
			jdbc.sql("vacuum analyze " + table).update();
		}
		return true;
	}

	static UUID planId(int n) {
		return UUID.fromString("00000000-0000-4000-c000-%012x".formatted(n));
	}

}
