package org.familymatters.plan;

import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The owner's side of an action over HTTP: the action's page and its update (status, a
 * reason for cannot be done, a note, a stale save), the list of their actions and "Your
 * actions" on their home page, each audited with the ACTION basis.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyActionPagesTest {

	@Autowired
	PlanFixtures plans;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private UUID locality;

	private StaffPrincipal supportWorker;

	@BeforeAll
	void supportWorker() {
		locality = plans.locality("Action pages").id();
		var familyMatters = plans.organisation("Family Matters action pages", OrganisationType.VOLUNTARY, locality)
			.id();
		supportWorker = plans.user(familyMatters, Role.SUPPORT_WORKER);
	}

	private long version(UUID action) {
		return jdbc.sql("select version from plan_action where id = :id")
			.param("id", action)
			.query(Long.class)
			.single();
	}

	@Test
	void theOwnerMovesTheActionOnAddsANoteAndMarksItDoneThenNoLongerSeesIt() throws Exception {
		var school = plans.organisation("School action pages", OrganisationType.SCHOOL, locality).id();
		var teacher = plans.user(school, Role.AGENCY_PRACTITIONER);
		var family = plans.family(locality, supportWorker);
		var action = plans.action(family, school, null, PlanFixtures.today().plusDays(7));

		mvc.perform(post("/actions/" + action).param("status", "IN_PROGRESS")
			.param("note", "Met Jayden's parent; attendance plan agreed")
			.param("version", String.valueOf(version(action)))
			.with(user(teacher))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/actions/" + action));
		mvc.perform(get("/actions/" + action).with(user(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("attendance plan agreed")))
			.andExpect(content().string(containsString("In progress")));

		// Cannot be done needs a reason: nothing is saved without one.
		mvc.perform(post("/actions/" + action).param("status", "CANNOT_BE_DONE")
			.param("version", String.valueOf(version(action)))
			.with(user(teacher))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why the action cannot be done")));
		// Nothing changed and no note: said so.
		mvc.perform(post("/actions/" + action).param("status", "IN_PROGRESS")
			.param("version", String.valueOf(version(action)))
			.with(user(teacher))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a new status or write a note")));
		// A stale save is refused.
		mvc.perform(post("/actions/" + action).param("status", "DONE")
			.param("version", String.valueOf(version(action) - 1))
			.with(user(teacher))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(jdbc.sql("select status from plan_action where id = :id")
			.param("id", action)
			.query(String.class)
			.single()).isEqualTo("in_progress");

		mvc.perform(post("/actions/" + action).param("status", "DONE")
			.param("version", String.valueOf(version(action)))
			.with(user(teacher))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/actions"));
		mvc.perform(get("/actions/" + action).with(user(teacher))).andExpect(status().isForbidden());
		// A change to a closed action is refused too, and the refusal kept.
		mvc.perform(post("/actions/" + action).param("status", "IN_PROGRESS")
			.param("version", String.valueOf(version(action)))
			.with(user(teacher))
			.with(csrf())).andExpect(status().isForbidden());

		assertThat(plans.auditFor(family.id(), "ACTION_STATUS_CHANGED")).containsExactly(
				teacher.username() + " ALLOWED ACTION " + action, teacher.username() + " ALLOWED ACTION " + action);
		assertThat(plans.auditFor(family.id(), "ACTION_NOTE_ADDED"))
			.containsExactly(teacher.username() + " ALLOWED ACTION " + action);
		assertThat(jdbc.sql("select count(*) from plan_action_note where action_id = :id")
			.param("id", action)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anotherOrganisationCannotChangeTheAction() throws Exception {
		var school = plans.organisation("School action pages", OrganisationType.SCHOOL, locality).id();
		var other = plans.organisation("Housing action pages", OrganisationType.HOUSING, locality).id();
		var officer = plans.user(other, Role.AGENCY_PRACTITIONER);
		var family = plans.family(locality, supportWorker);
		var action = plans.action(family, school, null, PlanFixtures.today().plusDays(7));
		mvc.perform(post("/actions/" + action).param("status", "DONE")
			.param("version", String.valueOf(version(action)))
			.with(user(officer))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select status from plan_action where id = :id")
			.param("id", action)
			.query(String.class)
			.single()).isEqualTo("not_started");
		assertThat(plans.auditFor(family.id(), "ACTION_VIEWED"))
			.containsExactly(officer.username() + " REFUSED ACTION NOT_OWNER:" + action);
	}

	@Test
	void theListAndTheHomePageShowTheirOpenActionsOverdueFirstWithoutNames() throws Exception {
		var school = plans.organisation("School action list", OrganisationType.SCHOOL, locality).id();
		var teacher = plans.user(school, Role.AGENCY_PRACTITIONER);
		var colleague = plans.user(school, Role.AGENCY_PRACTITIONER);
		var family = plans.family(locality, supportWorker);
		var later = plans.action(family, school, null, PlanFixtures.today().plusDays(20));
		var overdue = plans.action(family, school, teacher.id(), PlanFixtures.today().minusDays(3));
		var colleagues = plans.action(family, school, colleague.id(), PlanFixtures.today().plusDays(2));
		var done = plans.action(family, school, null, PlanFixtures.today().plusDays(1));
		plans.status(done, "done");

		var list = mvc.perform(get("/actions").with(user(teacher)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(family.reference()).contains("Overdue").doesNotContain("Jayden");
		assertThat(list.indexOf(overdue.toString())).isLessThan(list.indexOf(later.toString()));
		assertThat(list).doesNotContain(colleagues.toString()).doesNotContain(done.toString());
		assertThat(plans.auditFor(family.id(), "ACTIONS_LISTED")).containsExactlyInAnyOrder(
				teacher.username() + " ALLOWED ACTION " + overdue, teacher.username() + " ALLOWED ACTION " + later);

		mvc.perform(get("/home").with(user(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your actions")))
			.andExpect(content().string(containsString("/actions/" + overdue)))
			.andExpect(content().string(containsString("See all your actions")))
			.andExpect(content().string(not(containsString("/actions/" + colleagues))));
	}

	@Test
	void aLinkFromAnEmailAsksToSignInThenOpensTheAction() throws Exception {
		// The service keeps sessions in PostgreSQL (Spring Session): the cookie carries
		// it.
		var action = UUID.randomUUID();
		var cookie = mvc.perform(get("/actions/" + action).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"))
			.andReturn()
			.getResponse()
			.getCookie("FM_SESSION");
		assertThat(cookie).isNotNull();
		var location = mvc
			.perform(post("/sign-in").param("username", TestUsers.demoUsername(Role.AGENCY_PRACTITIONER))
				.param("password", TestUsers.DEMO_PASSWORD)
				.cookie(cookie)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).as("after signing in, the action the e-mail linked to").contains("/actions/" + action);
	}

}
