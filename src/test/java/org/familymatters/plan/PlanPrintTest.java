package org.familymatters.plan;

import java.io.IOException;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The support plan printed, read back from the PDF: for the family (every goal and action
 * in plain words, the latest review, no notes), for one agency (only its actions, the
 * person they are about, whom to ask) and for an action's owner; each print audited as
 * PLAN_PRINTED, refusals too.
 */
@IntegrationTest
class PlanPrintTest {

	@Autowired
	PlanFixtures plans;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	StaffPrincipal supportWorker;

	Organisation school;

	Organisation housing;

	StaffPrincipal teacher;

	PlanFixtures.PlanFamily family;

	UUID schoolAction;

	UUID housingAction;

	String parentName;

	String childName;

	@BeforeEach
	void aPlanWithTwoAgencies() {
		var locality = plans.locality("Plan prints").id();
		supportWorker = plans.user(
				plans.organisation("Family Matters prints", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		school = plans.organisation("Prints primary school", OrganisationType.SCHOOL, locality);
		housing = plans.organisation("Prints housing association", OrganisationType.VOLUNTARY, locality);
		teacher = plans.user(school.id(), Role.AGENCY_PRACTITIONER);
		family = plans.family(locality, supportWorker);
		schoolAction = plans.action(family, school.id(), null, PlanFixtures.today().plusDays(14));
		var home = plans.goal(family.plan(), PlanFixtures.HOUSING, "The family keeps its home");
		housingAction = plans.action(family, housing.id(), null, PlanFixtures.today().plusDays(30), family.parent());
		jdbc.sql("update plan_action set goal_id = :goal, description = 'Agree a plan to pay the rent arrears' "
				+ "where id = :id")
			.param("goal", home)
			.param("id", housingAction)
			.update();
		jdbc.sql("""
				insert into plan_action_note (id, action_id, written_by, text)
				values (:id, :action, :by, 'Internal: the landlord sounded cross on the phone')
				""")
			.param("id", UUID.randomUUID())
			.param("action", housingAction)
			.param("by", supportWorker.id())
			.update();
		jdbc.sql("""
				insert into plan_review (id, plan_id, reviewed_on, attended, what_changed, next_review_on, recorded_by)
				values (:id, :plan, :on, 'Kerry and the support worker', 'Attendance is better', :next, :by)
				""")
			.param("id", UUID.randomUUID())
			.param("plan", family.plan())
			.param("on", PlanFixtures.today().minusDays(2))
			.param("next", PlanFixtures.today().plusMonths(2))
			.param("by", supportWorker.id())
			.update();
		jdbc.sql("update plan_support_plan set next_review_on = :next where id = :id")
			.param("next", PlanFixtures.today().plusMonths(2))
			.param("id", family.plan())
			.update();
		parentName = name(family.parent());
		childName = name(family.child());
	}

	private String name(UUID person) {
		return jdbc.sql("select given_name || ' ' || family_name from person where id = :id")
			.param("id", person)
			.query(String.class)
			.single();
	}

	@Test
	void theFamilysPrintHasEveryGoalOwnerAndDueDateAndNoNote() throws Exception {
		mvc.perform(get("/families/" + family.id() + "/plan").with(user(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Download the plan for the family (PDF)")))
			.andExpect(content().string(containsString("Download for " + school.name() + " (PDF)")))
			.andExpect(content()
				.string(containsString("/families/" + family.id() + "/plan/plan.pdf?for=" + housing.id())));

		var text = pdf("/families/" + family.id() + "/plan/plan.pdf", supportWorker);
		assertThat(text).contains("What we agreed to do together")
			.contains("Family reference: " + family.reference())
			.contains("Goes to school every day")
			.contains("The family keeps its home")
			.contains("Meet the family and agree an attendance plan")
			.contains("Agree a plan to pay the rent arrears")
			.contains(school.name())
			.contains(housing.name())
			.contains(date(PlanFixtures.today().plusDays(14)))
			.contains(date(PlanFixtures.today().plusDays(30)))
			.contains("Not started")
			.contains("Attendance is better")
			.contains("Next review " + date(PlanFixtures.today().plusMonths(2)))
			.contains("Printed on " + date(PlanFixtures.today()));
		assertThat(text).doesNotContain("landlord sounded cross").doesNotContain("Internal");
		assertThat(plans.auditFor(family.id(), "PLAN_PRINTED"))
			.containsExactly(supportWorker.username() + " ALLOWED ROLE SUPPORT_WORKER");
		assertThat(detail(family.id())).containsExactly("for the family");
	}

	@Test
	void anAgencysPrintHasOnlyItsActionsAndThePersonTheyAreAbout() throws Exception {
		var text = pdf("/families/" + family.id() + "/plan/plan.pdf?for=" + school.id(), supportWorker);
		assertThat(text).contains("Support plan actions for " + school.name())
			.contains("Family reference: " + family.reference())
			.contains("Meet the family and agree an attendance plan")
			.contains("Goes to school every day")
			.contains(childName)
			.contains("School year: Year 5")
			.contains("20 January 2016")
			.contains("Who to ask");
		assertThat(text).doesNotContain("Agree a plan to pay the rent arrears")
			.doesNotContain("The family keeps its home")
			.doesNotContain(housing.name())
			.doesNotContain(parentName)
			.doesNotContain("Attendance is better")
			.doesNotContain("landlord");
		assertThat(detail(family.id())).containsExactly("for organisation " + school.id());
	}

	@Test
	void theOwnerPrintsTheirActionAndNoOneElsesAndOthersAreRefused() throws Exception {
		mvc.perform(get("/actions/" + schoolAction).with(user(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Download this action (PDF)")));
		var text = pdf("/actions/" + schoolAction + "/action.pdf", teacher);
		assertThat(text).contains("Support plan actions for " + school.name())
			.contains("Meet the family and agree an attendance plan")
			.contains(childName);
		assertThat(text).doesNotContain("Agree a plan to pay the rent arrears")
			.doesNotContain(housing.name())
			.doesNotContain(parentName);
		assertThat(plans.auditFor(family.id(), "PLAN_PRINTED"))
			.containsExactly(teacher.username() + " ALLOWED ACTION " + schoolAction);

		// The school's practitioner may not print the housing association's action, nor
		// the
		// family's plan.
		mvc.perform(get("/actions/" + housingAction + "/action.pdf").with(user(teacher)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/families/" + family.id() + "/plan/plan.pdf").with(user(teacher)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/families/" + family.id() + "/plan/plan.pdf?for=" + school.id()).with(user(teacher)))
			.andExpect(status().isForbidden());
		assertThat(plans.auditFor(family.id(), "PLAN_PRINTED")).hasSize(4)
			.filteredOn(e -> e.contains(" REFUSED "))
			.hasSize(3);
	}

	@Test
	void anOrganisationWithoutActionsOrNoIdAtAllIsNotFound() throws Exception {
		mvc.perform(
				get("/families/" + family.id() + "/plan/plan.pdf?for=" + UUID.randomUUID()).with(user(supportWorker)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/families/" + family.id() + "/plan/plan.pdf?for=not-a-uuid").with(user(supportWorker)))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/actions/" + UUID.randomUUID() + "/action.pdf").with(user(teacher)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/actions/not-a-uuid/action.pdf").with(user(teacher))).andExpect(status().is4xxClientError());
	}

	private String pdf(String url, StaffPrincipal who) throws Exception {
		var response = mvc.perform(get(url).with(user(who)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse();
		return text(response.getContentAsByteArray());
	}

	private java.util.List<String> detail(UUID familyId) {
		return jdbc.sql("""
				select coalesce(detail, '') from audit_event
				where record_type = 'family' and record_id = :id and action = 'PLAN_PRINTED' order by id
				""").param("id", familyId.toString()).query(String.class).list();
	}

	private static String date(java.time.LocalDate day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
