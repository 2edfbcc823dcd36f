package org.familymatters.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.plan.internal.ActionAssigned;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The support worker's side of support plans over HTTP: who may reach the pages (and the
 * refusals audited), an assessment, the plan with its goals and actions (each assignment
 * published once), a review, a stale save refused, bad input refused with nothing saved,
 * closing, and the caseload.
 */
@IntegrationTest
@RecordApplicationEvents
class PlanPagesTest {

	static final String MONEY = "7d1a0000-0000-4000-8000-000000000001";

	static final String HOUSING = "7d1a0000-0000-4000-8000-000000000002";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanTestData data;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	RequestPostProcessor supportWorker;

	UUID supportWorkerId;

	RequestPostProcessor practitioner;

	UUID agency;

	UUID agencyPerson;

	UUID otherOrganisation;

	UUID family;

	UUID mother;

	UUID child;

	LocalDate today;

	void theUsers() {
		var own = data.organisation("Family Matters Banbury", OrganisationType.VOLUNTARY, PlanTestData.BANBURY);
		var worker = data.user(own, Role.SUPPORT_WORKER);
		supportWorker = user(worker);
		supportWorkerId = worker.id();
		agency = data.organisation("Housing advice", OrganisationType.VOLUNTARY, PlanTestData.BANBURY);
		var agencyUser = data.user(agency, Role.AGENCY_PRACTITIONER);
		agencyPerson = agencyUser.id();
		practitioner = user(agencyUser);
		otherOrganisation = data.organisation("Debt advice", OrganisationType.VOLUNTARY, PlanTestData.BANBURY);
	}

	@BeforeEach
	void aFamily() {
		theUsers();
		today = LocalDate.now(clock);
		family = data.family(PlanTestData.BANBURY, supportWorkerId, clock.instant().minus(Duration.ofDays(40)));
		mother = data.person(family, "Nadia", "parent_or_carer");
		child = data.person(family, "Ellis", "child");
	}

	private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String field,
			LocalDate date) {
		return request.param(field + ".day", String.valueOf(date.getDayOfMonth()))
			.param(field + ".month", String.valueOf(date.getMonthValue()))
			.param(field + ".year", String.valueOf(date.getYear()));
	}

	private MockHttpServletRequestBuilder assessment(String score) {
		var request = post("/families/" + family + "/assessments/new").with(supportWorker).with(csrf());
		return date(request, "assessedOn", today).param("areas[0].needAreaId", MONEY)
			.param("areas[0].score", score)
			.param("areas[0].note", "Behind on rent")
			.param("areas[0].familyView", "We are scared to open the post")
			.param("areas[1].needAreaId", HOUSING)
			.param("areas[1].score", "none");
	}

	private long version() {
		return data.planVersion(family);
	}

	private void start() throws Exception {
		mvc.perform(post("/families/" + family + "/plan/start").with(supportWorker).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private UUID goal() throws Exception {
		mvc.perform(post("/families/" + family + "/plan/goals/new").param("needAreaId", MONEY)
			.param("text", "Clear the rent arrears")
			.param("version", String.valueOf(version()))
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		return data.one("select g.id from plan_goal g join plan_support_plan p on p.id = g.plan_id "
				+ "where p.family_id = :family", family);
	}

	private ResultActions action(UUID goal, String organisation, String person, LocalDate due, String path)
			throws Exception {
		var request = post(path).param("goalId", goal.toString())
			.param("description", "Book a benefits check")
			.param("aboutPersonId", mother.toString())
			.param("ownerOrganisationId", organisation)
			.param("ownerUserId", person)
			.param("status", "not_started")
			.param("version", String.valueOf(version()))
			.with(supportWorker)
			.with(csrf());
		return mvc.perform(date(request, "dueOn", due));
	}

	private long actions() {
		return data.count("select count(*) from plan_action where family_id = :family", family);
	}

	private long assignments() {
		return events.stream(ActionAssigned.class).count();
	}

	@Test
	void aSupportWorkerAssessesPlansReviewsAndCloses() throws Exception {
		mvc.perform(get("/families/" + family).with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/families/" + family + "/plan")));
		mvc.perform(get("/families/" + family + "/assessments/new").with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not assessed this time")));
		mvc.perform(assessment("2")).andExpect(status().is3xxRedirection());
		assertThat(data.text("select kind from plan_assessment where family_id = :family", family)).isEqualTo("first");
		mvc.perform(get("/families/" + family + "/assessments").with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("First assessment")));

		mvc.perform(get("/families/" + family + "/plan").with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Start the support plan")));
		start();
		assertThat(data.text("select cast(next_review_on as text) from plan_support_plan where family_id = :family",
				family))
			.isEqualTo(today.plusMonths(3).toString());
		var goal = goal();
		long before = assignments();
		action(goal, agency.toString(), agencyPerson.toString(), today.plusDays(14),
				"/families/" + family + "/plan/actions/new")
			.andExpect(status().is3xxRedirection());
		assertThat(assignments() - before).isEqualTo(1);
		var action = data.one("select id from plan_action where family_id = :family", family);
		mvc.perform(get("/families/" + family + "/plan").with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Clear the rent arrears")))
			.andExpect(content().string(containsString("Book a benefits check")));

		// Reassigned and done: one more assignment, two notes.
		var change = post("/families/" + family + "/plan/actions/" + action + "/edit").param("goalId", goal.toString())
			.param("description", "Book a benefits check")
			.param("ownerOrganisationId", otherOrganisation.toString())
			.param("status", "done")
			.param("statusReason", "Checked on the phone")
			.param("version", String.valueOf(version()))
			.with(supportWorker)
			.with(csrf());
		mvc.perform(date(change, "dueOn", today.plusDays(14))).andExpect(status().is3xxRedirection());
		assertThat(assignments() - before).isEqualTo(2);
		assertThat(data.count(
				"""
						select count(*) from plan_action_note n join plan_action a on a.id = n.action_id
						where a.family_id = :family and (n.text like 'Given to Debt advice%' or n.text = 'Status: done — Checked on the phone')
						""",
				family))
			.isEqualTo(2);

		var review = post("/families/" + family + "/plan/reviews/new").param("attended", "Nadia and her worker")
			.param("whatChanged", "The benefits check is done")
			.param("version", String.valueOf(version()))
			.with(supportWorker)
			.with(csrf());
		date(review, "reviewedOn", today);
		date(review, "nextReviewOn", today.plusMonths(2));
		mvc.perform(review).andExpect(status().is3xxRedirection());
		assertThat(data.text("select cast(next_review_on as text) from plan_support_plan where family_id = :family",
				family))
			.isEqualTo(today.plusMonths(2).toString());

		var close = post("/families/" + family + "/plan/close").param("reason", "Goals met")
			.param("areas[0].needAreaId", MONEY)
			.param("areas[0].score", "4")
			.param("version", String.valueOf(version()))
			.with(supportWorker)
			.with(csrf());
		mvc.perform(date(close, "assessedOn", today)).andExpect(status().is3xxRedirection());
		assertThat(data.text("select status from plan_support_plan where family_id = :family", family))
			.isEqualTo("closed");
		assertThat(data.text("select status || ':' || closed_reason from family where id = :family", family))
			.isEqualTo("closed:Goals met");
		assertThat(data.count("select count(*) from plan_assessment where family_id = :family and kind = 'closing'",
				family))
			.isOne();
		mvc.perform(get("/families/" + family + "/plan").with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This plan is closed")))
			.andExpect(content().string(not(containsString("Add a goal"))));
		assertThat(data.audit(family)).contains("ASSESSMENT_RECORDED ALLOWED", "PLAN_STARTED ALLOWED",
				"GOAL_ADDED ALLOWED", "ACTION_ADDED ALLOWED", "ACTION_CHANGED ALLOWED", "ACTION_STATUS_CHANGED ALLOWED",
				"REVIEW_RECORDED ALLOWED", "PLAN_CLOSED ALLOWED", "PLAN_VIEWED ALLOWED");
	}

	@Test
	void othersAreRefusedAndTheRefusalAudited() throws Exception {
		var slough = data.organisation("Family Matters Slough", OrganisationType.VOLUNTARY, data.locality("Slough"));
		var elsewhere = user(data.user(slough, Role.SUPPORT_WORKER));
		var volunteer = user(data.user(slough, Role.VOLUNTEER));
		for (var who : new RequestPostProcessor[] { elsewhere, volunteer, practitioner }) {
			mvc.perform(get("/families/" + family + "/plan").with(who)).andExpect(status().isForbidden());
			mvc.perform(get("/families/" + family + "/assessments").with(who)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/families/" + family + "/plan/start").with(elsewhere).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(data.planVersion(family)).isNull();
		assertThat(data.audit(family)).contains("PLAN_VIEWED REFUSED", "ASSESSMENT_VIEWED REFUSED");
		assertThat(data.audit(family).stream().filter("PLAN_VIEWED REFUSED"::equals).count()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void aStaleSaveIsRefusedAndNothingSaved() throws Exception {
		start();
		long shown = version();
		goal();
		mvc.perform(post("/families/" + family + "/plan/goals/new").param("needAreaId", HOUSING)
			.param("text", "Keep the home")
			.param("version", String.valueOf(shown))
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(data.count("select count(*) from plan_goal g join plan_support_plan p on p.id = g.plan_id "
				+ "where p.family_id = :family", family))
			.isOne();
	}

	@Test
	void badInputIsRefusedByTheFieldAndNothingSaved() throws Exception {
		for (var score : new String[] { "7", "abc", "0", "\u0000" }) {
			mvc.perform(assessment(score))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("govuk-error-summary")));
		}
		mvc.perform(assessment("2").param("personId", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the family, or a person in the family")));
		mvc.perform(assessment("2").param("areas[0].note", "word ".repeat(10_000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a note of no more than 2,000 characters")));
		mvc.perform(assessment("2").param("areas[0].note", "Rent\u0000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hidden control characters")));
		assertThat(data.count("select count(*) from plan_assessment where family_id = :family", family)).isZero();

		start();
		var goal = goal();
		action(goal, agency.toString(), "", today.minusDays(1), "/families/" + family + "/plan/actions/new")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The due date cannot be before the plan started")));
		action(goal, "", "", today.plusDays(1), "/families/" + family + "/plan/actions/new").andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the organisation that owns this action")));
		action(goal, otherOrganisation.toString(), agencyPerson.toString(), today.plusDays(1),
				"/families/" + family + "/plan/actions/new")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a person in the organisation that owns the action")));
		assertThat(actions()).isZero();

		var review = post("/families/" + family + "/plan/reviews/new").param("attended", "Nadia")
			.param("whatChanged", "Nothing")
			.param("version", String.valueOf(version()))
			.with(supportWorker)
			.with(csrf());
		mvc.perform(date(review, "reviewedOn", today.plusDays(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date of the review must be today or in the past")));
		assertThat(data.count("select count(*) from plan_review r join plan_support_plan p on p.id = r.plan_id "
				+ "where p.family_id = :family", family))
			.isZero();
	}

	@Test
	void theCaseloadShowsWhatIsDue() throws Exception {
		mvc.perform(get("/plans/caseload").with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString(data.text("select reference from family where id = :family", family))))
			.andExpect(content().string(containsString("No plan after 28 days")));
		mvc.perform(get("/home").with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Families with no plan after 28 days")));
		assertThat(data.audit(family)).contains("CASELOAD_LISTED ALLOWED");
		mvc.perform(get("/plans/caseload").with(practitioner)).andExpect(status().isForbidden());
	}

}
