package org.familymatters.identity;

import java.util.UUID;

import org.familymatters.identity.internal.UserAdministration;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The users list over HTTP: filters by name or username, role, organisation and whether
 * the user is active, pages through all that match (no cap), and answers any characters,
 * and any page number, with a message by the field or a page that says so.
 */
@IntegrationTest
class UserListPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	UserAdministration administration;

	private StaffPrincipal admin;

	private Organisation organisation;

	@BeforeEach
	void anAdministratorAndAnOrganisationOfTheirOwn() {
		admin = fixtures.staff(Role.ADMINISTRATOR);
		organisation = fixtures.organisation();
	}

	@Test
	void theFiltersCombine() throws Exception {
		var volunteer = users.create(organisation.id(), Role.VOLUNTEER).account();
		var manager = users.create(organisation.id(), Role.MANAGER).account();
		var disabled = users.create(organisation.id(), Role.MANAGER).account();
		administration.setEnabled(disabled.id(), false, admin.id());

		mvc.perform(get("/admin/users").with(IdentityFixtures.as(admin))
			.param("organisation", organisation.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 1 to 3 of 3 users")))
			.andExpect(content().string(containsString("data-label=\"Organisation\"")));
		mvc.perform(get("/admin/users").with(IdentityFixtures.as(admin))
			.param("organisation", organisation.id().toString())
			.param("role", "MANAGER")
			.param("status", "ACTIVE"))
			.andExpect(content().string(containsString("Showing 1 to 1 of 1 user")))
			.andExpect(content().string(allOf(containsString(manager.username()),
					not(containsString(volunteer.username())), not(containsString(disabled.username())))));
		mvc.perform(get("/admin/users").with(IdentityFixtures.as(admin))
			.param("organisation", organisation.id().toString())
			.param("status", "DISABLED"))
			.andExpect(content().string(containsString("Showing 1 to 1 of 1 user")))
			.andExpect(content().string(containsString(disabled.username())));
		mvc.perform(get("/admin/users").with(IdentityFixtures.as(admin))
			.param("search", volunteer.username().toUpperCase()))
			.andExpect(content().string(containsString(volunteer.username())))
			.andExpect(content().string(not(containsString(manager.username()))));
	}

	@Test
	void everyMatchIsReachedPageByPageAndAPagePastTheLastSaysSo() throws Exception {
		for (int i = 0; i < 26; i++) {
			users.create(organisation.id(), Role.VOLUNTEER);
		}
		var filter = organisation.id().toString();
		mvc.perform(get("/admin/users").with(IdentityFixtures.as(admin)).param("organisation", filter))
			.andExpect(content().string(containsString("Showing 1 to 25 of 26 users")))
			.andExpect(content().string(containsString("organisation=" + filter + "&amp;page=2")));
		mvc.perform(
				get("/admin/users").with(IdentityFixtures.as(admin)).param("organisation", filter).param("page", "2"))
			.andExpect(content().string(containsString("Showing 26 to 26 of 26 users")));
		mvc.perform(
				get("/admin/users").with(IdentityFixtures.as(admin)).param("organisation", filter).param("page", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 9: there are 2 pages.")))
			.andExpect(content().string(containsString("Go to the first page")));
		for (var page : new String[] { "0", "-1", "abc", "%00", "99999999999" }) {
			mvc.perform(get("/admin/users").with(IdentityFixtures.as(admin))
				.param("organisation", filter)
				.param("page", page))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Showing 1 to 25 of 26 users")));
		}
	}

	@Test
	void anyCharactersInAFilterAreAMessageByTheFieldOrMatchThemselves() throws Exception {
		mvc.perform(get("/admin/users").with(IdentityFixtures.as(admin)).param("search", "Sam\u0000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#search\"")))
			.andExpect(content().string(containsString("Remove the hidden control characters")));
		mvc.perform(get("/admin/users").with(IdentityFixtures.as(admin)).param("search", "%00_\\'"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No users match.")));
		mvc.perform(get("/admin/users").with(IdentityFixtures.as(admin))
			.param("role", "%00")
			.param("organisation", UUID.randomUUID().toString())
			.param("status", "sometimes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a role from the list")))
			.andExpect(content().string(containsString("Choose an organisation from the list")))
			.andExpect(content().string(containsString("Choose active, disabled or either")));
	}

	@Test
	void aUserWaitingForASecondAdministratorSaysSoInTheList() throws Exception {
		var username = "waiting-" + UUID.randomUUID().toString().substring(0, 8);
		administration.create(username, "Waiting worker", null, organisation.id(),
				java.util.List.of(Role.SUPPORT_WORKER), admin.id());
		mvc.perform(get("/admin/users").with(IdentityFixtures.as(admin)).param("search", username))
			.andExpect(content().string(containsString("Waiting for approval: Support worker")));
	}

	@Test
	void otherRolesMayNotListUsers() throws Exception {
		mvc.perform(get("/admin/users").with(users.as(Role.MANAGER))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(IdentityFixtures.as(admin))).andExpect(status().isOk());
		mvc.perform(
				get("/admin/users").with(IdentityFixtures.as(admin)).param("search", TestUsers.SECOND_ADMINISTRATOR))
			.andExpect(content().string(containsString(TestUsers.SECOND_ADMINISTRATOR)));
	}

}
