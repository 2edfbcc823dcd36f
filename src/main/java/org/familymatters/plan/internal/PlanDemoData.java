package org.familymatters.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.shared.DemoMode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: a support plan for the Sample family (demo), so that the plan pages show
 * something: a first assessment by the demo support worker, two goals, and two actions,
 * one owned by the demo support worker's organisation and one by the demo school
 * practitioner's (the demo primary school). Added once, after the demo families.
 */
@Component
@Order(30)
class PlanDemoData implements ApplicationRunner {

	static final String SAMPLE_FAMILY = "fa000000-0000-4000-8000-000000000001";

	static final String PLAN = "fa000000-0000-4000-8000-000000000501";

	static final String ASSESSMENT = "fa000000-0000-4000-8000-000000000511";

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	private final Clock clock;

	PlanDemoData(JdbcClient jdbc, DemoMode demoMode, Clock clock) {
		this.jdbc = jdbc;
		this.demoMode = demoMode;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || jdbc.sql("select count(*) from plan_support_plan where id = cast(:id as uuid)")
			.param("id", PLAN)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		var worker = jdbc.sql("select id, organisation_id from identity_user where username = 'demo-support'")
			.query((rs,
					n) -> new UUID[] { rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class) })
			.optional();
		var school = jdbc.sql("select id from identity_organisation where name = 'Banbury primary school (demo)'")
			.query(UUID.class)
			.optional();
		var locality = jdbc.sql("select id from identity_locality where name = 'Banbury'").query(UUID.class).optional();
		var areas = jdbc.sql("select count(*) from plan_need_area").query(Long.class).single();
		if (worker.isEmpty() || worker.get()[1] == null || school.isEmpty() || locality.isEmpty() || areas == 0
				|| !noPlanYet()) {
			return;
		}
		var by = worker.get()[0];
		var today = LocalDate.now(clock);
		var started = today;
		jdbc.sql("""
				insert into plan_assessment (id, family_id, assessed_on, kind, assessed_by)
				values (cast(:id as uuid), cast(:family as uuid), :on, 'first', :by)
				""")
			.param("id", ASSESSMENT)
			.param("family", SAMPLE_FAMILY)
			.param("on", started)
			.param("by", by)
			.update();
		score("7d1a0000-0000-4000-8000-000000000001", 2, "Rent arrears since the arrest (demo).",
				"We are behind on everything and scared to open the post.");
		score("7d1a0000-0000-4000-8000-000000000009", 2, "No visit yet: the prison is two buses away (demo).",
				"Riley asks every day when he can see his dad.");
		score("7d1a0000-0000-4000-8000-000000000007", 3, "Quieter at school; the school knows (demo).", null);
		jdbc.sql("""
				insert into plan_support_plan (id, family_id, locality_id, started_on, next_review_on, created_by)
				values (cast(:id as uuid), cast(:family as uuid), :locality, :started, :review, :by)
				""")
			.param("id", PLAN)
			.param("family", SAMPLE_FAMILY)
			.param("locality", locality.get())
			.param("started", started)
			.param("review", started.plusMonths(SupportPlans.FIRST_REVIEW_MONTHS))
			.param("by", by)
			.update();
		var money = goal("fa000000-0000-4000-8000-000000000521", "7d1a0000-0000-4000-8000-000000000001",
				"Casey has a plan to clear the rent arrears (demo)");
		var contact = goal("fa000000-0000-4000-8000-000000000522", "7d1a0000-0000-4000-8000-000000000009",
				"Riley sees his dad at least once a month (demo)");
		action("fa000000-0000-4000-8000-000000000531", money, null, worker.get()[1], by,
				"Book a benefits check and help apply for a discretionary housing payment (demo)", today.plusDays(10),
				by);
		action("fa000000-0000-4000-8000-000000000532", contact, "fa000000-0000-4000-8000-000000000103", school.get(),
				null, "Give Riley time with a trusted adult before and after visits (demo)", today.plusDays(21), by);
	}

	private boolean noPlanYet() {
		return jdbc.sql("select count(*) from plan_support_plan where family_id = cast(:family as uuid)")
			.param("family", SAMPLE_FAMILY)
			.query(Long.class)
			.single() == 0;
	}

	private void score(String area, int score, String note, String view) {
		jdbc.sql("""
				insert into plan_assessment_score (assessment_id, need_area_id, score, note, family_view)
				values (cast(:id as uuid), cast(:area as uuid), :score, :note, :view)
				""")
			.param("id", ASSESSMENT)
			.param("area", area)
			.param("score", score)
			.param("note", note)
			.param("view", view)
			.update();
	}

	private String goal(String id, String area, String text) {
		jdbc.sql("""
				insert into plan_goal (id, plan_id, need_area_id, text)
				values (cast(:id as uuid), cast(:plan as uuid), cast(:area as uuid), :text)
				""").param("id", id).param("plan", PLAN).param("area", area).param("text", text).update();
		return id;
	}

	private void action(String id, String goal, String person, UUID organisation, UUID user, String description,
			LocalDate due, UUID by) {
		jdbc.sql(
				"""
						insert into plan_action (id, plan_id, goal_id, family_id, description, about_person_id,
						                         owner_organisation_id, owner_user_id, due_on)
						values (cast(:id as uuid), cast(:plan as uuid), cast(:goal as uuid), cast(:family as uuid), :description,
						        cast(:person as uuid), :organisation, :user, :due)
						""")
			.param("id", id)
			.param("plan", PLAN)
			.param("goal", goal)
			.param("family", SAMPLE_FAMILY)
			.param("description", description)
			.param("person", person)
			.param("organisation", organisation)
			.param("user", user)
			.param("due", due)
			.update();
		jdbc.sql("""
				insert into plan_action_note (id, action_id, written_by, text)
				values (:note, cast(:id as uuid), :by, 'Given to the owner (demo)')
				""").param("note", UUID.randomUUID()).param("id", id).param("by", by).update();
	}

}
