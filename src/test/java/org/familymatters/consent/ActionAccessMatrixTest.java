package org.familymatters.consent;

import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access matrix extended with the ACTION basis, through the action's page
 * {@code /actions/{id}} and the audit trail: the owner organisation's practitioner, the
 * person an action names against a colleague, a former owner after reassignment, another
 * organisation, an action open, done or that cannot be done, an inactive organisation,
 * and the family's support worker. Each case makes its own family, plan and action; the
 * whole matrix of the rule is proved without the database by
 * {@link org.familymatters.consent.internal.access.ActionRuleTest}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionAccessMatrixTest {

	@Autowired
	PlanFixtures plans;

	@Autowired
	MockMvc mvc;

	private UUID locality;

	private UUID school;

	private UUID housing;

	private StaffPrincipal supportWorker;

	private StaffPrincipal teacher;

	private StaffPrincipal colleague;

	private StaffPrincipal lead;

	private StaffPrincipal housingOfficer;

	@BeforeAll
	void organisationsAndUsers() {
		locality = plans.locality("Action matrix").id();
		var familyMatters = plans.organisation("Family Matters action matrix", OrganisationType.VOLUNTARY, locality)
			.id();
		school = plans.organisation("Primary school action matrix", OrganisationType.SCHOOL, locality).id();
		housing = plans.organisation("Housing action matrix", OrganisationType.HOUSING, locality).id();
		supportWorker = plans.user(familyMatters, Role.SUPPORT_WORKER);
		teacher = plans.user(school, Role.AGENCY_PRACTITIONER);
		colleague = plans.user(school, Role.AGENCY_PRACTITIONER);
		lead = plans.user(school, Role.SAFEGUARDING_LEAD);
		housingOfficer = plans.user(housing, Role.AGENCY_PRACTITIONER);
	}

	private PlanFixtures.PlanFamily family() {
		return plans.family(locality, supportWorker);
	}

	private String expect(StaffPrincipal who, UUID action, int status) throws Exception {
		return mvc.perform(get("/actions/" + action).with(user(who)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theOwnerOrganisationSeesTheActionAndOnlyTheChildItIsAbout() throws Exception {
		var family = family();
		var action = plans.action(family, school, null, PlanFixtures.today().plusDays(14));
		var page = expect(teacher, action, 200);
		assertThat(page).contains(family.reference()).contains("Jayden").contains("Year 5").contains("20 January 2016");
		assertThat(page).as("nobody else of the family").doesNotContain("Kerry").doesNotContain("07700 900123");
		expect(lead, action, 200);
		assertThat(plans.auditFor(family.id(), "ACTION_VIEWED")).containsExactly(
				teacher.username() + " ALLOWED ACTION " + action, lead.username() + " ALLOWED ACTION " + action);
		// The action gives sight of the action, never of the family's record.
		mvc.perform(get("/families/" + family.id()).with(user(teacher))).andExpect(status().isForbidden());
		assertThat(plans.auditFor(family.id(), "FAMILY_VIEWED"))
			.containsExactly(teacher.username() + " REFUSED ROLE SCHOOL_WITHOUT_PUPILS");
	}

	@Test
	void anActionAboutTheFamilyNamesNobody() throws Exception {
		var family = family();
		var action = plans.action(family, school, null, PlanFixtures.today().plusDays(14), null);
		assertThat(expect(teacher, action, 200)).contains(family.reference()).doesNotContain("Jayden");
	}

	@Test
	void anActionNamingAPersonIsTheirsAloneNotTheirColleagues() throws Exception {
		var family = family();
		var action = plans.action(family, school, teacher.id(), PlanFixtures.today().plusDays(14));
		expect(teacher, action, 200);
		var refused = expect(colleague, action, 403);
		assertThat(refused).contains("This action is no longer yours").doesNotContain(family.reference());
		assertThat(plans.auditFor(family.id(), "ACTION_VIEWED")).containsExactly(
				teacher.username() + " ALLOWED ACTION " + action,
				colleague.username() + " REFUSED ACTION NOT_OWNER:" + action);
	}

	@Test
	void aFormerOwnerLosesSightAtTheNextRequestAfterReassignment() throws Exception {
		var family = family();
		var action = plans.action(family, school, null, PlanFixtures.today().plusDays(14));
		expect(teacher, action, 200);
		plans.reassign(action, housing, null);
		expect(teacher, action, 403);
		expect(housingOfficer, action, 200);
		assertThat(plans.auditFor(family.id(), "ACTION_VIEWED")).containsExactly(
				teacher.username() + " ALLOWED ACTION " + action,
				teacher.username() + " REFUSED ACTION NOT_OWNER:" + action,
				housingOfficer.username() + " ALLOWED ACTION " + action);
	}

	@Test
	void anotherOrganisationSeesNothing() throws Exception {
		var family = family();
		var action = plans.action(family, school, null, PlanFixtures.today().plusDays(14));
		assertThat(expect(housingOfficer, action, 403)).doesNotContain("Jayden").doesNotContain(family.reference());
		assertThat(plans.auditFor(family.id(), "ACTION_VIEWED"))
			.containsExactly(housingOfficer.username() + " REFUSED ACTION NOT_OWNER:" + action);
	}

	@Test
	void anActionInProgressIsSeenOneDoneOrThatCannotBeDoneIsNot() throws Exception {
		var family = family();
		var action = plans.action(family, school, null, PlanFixtures.today().plusDays(14));
		plans.status(action, "in_progress");
		expect(teacher, action, 200);
		plans.status(action, "done");
		mvc.perform(get("/actions/" + action).with(user(teacher)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("marked as done")))
			.andExpect(content().string(not(containsString("Jayden"))));
		plans.status(action, "cannot_be_done");
		expect(teacher, action, 403);
		assertThat(plans.auditFor(family.id(), "ACTION_VIEWED")).containsExactly(
				teacher.username() + " ALLOWED ACTION " + action,
				teacher.username() + " REFUSED ACTION CLOSED:" + action,
				teacher.username() + " REFUSED ACTION CLOSED:" + action);
	}

	@Test
	void anInactiveOrganisationSeesNothing() throws Exception {
		var family = family();
		var closing = plans.organisation("Closing school action matrix", OrganisationType.SCHOOL, locality).id();
		var practitioner = plans.user(closing, Role.AGENCY_PRACTITIONER);
		var action = plans.action(family, closing, null, PlanFixtures.today().plusDays(14));
		plans.deactivate(closing);
		expect(practitioner, action, 403);
		assertThat(plans.auditFor(family.id(), "ACTION_VIEWED"))
			.containsExactly(practitioner.username() + " REFUSED ACTION ORGANISATION_INACTIVE:" + action);
	}

	@Test
	void theFamilysSupportWorkerSeesEveryActionByTheirRole() throws Exception {
		var family = family();
		var action = plans.action(family, school, null, PlanFixtures.today().plusDays(14));
		plans.status(action, "done");
		expect(supportWorker, action, 200);
		assertThat(plans.auditFor(family.id(), "ACTION_VIEWED"))
			.containsExactly(supportWorker.username() + " ALLOWED ROLE SUPPORT_WORKER");
	}

	@Test
	void aGuessedIdIsNotFoundAndOtherRolesAreRefusedByTheirRole() throws Exception {
		expect(teacher, UUID.randomUUID(), 404);
		var volunteer = plans.user(school, Role.VOLUNTEER);
		var family = family();
		var action = plans.action(family, school, null, PlanFixtures.today().plusDays(14));
		expect(volunteer, action, 403);
		mvc.perform(get("/actions/not-an-id").with(user(teacher))).andExpect(status().is4xxClientError());
	}

}
