package org.familymatters.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.familymatters.identity.internal.UserAdministration;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator's home page answers "what needs me now": the roles waiting for their
 * approval (not those they asked for themselves), the users with any whose signing in is
 * locked, the organisations, and the audit trail, each with its count and links; a person
 * with several roles gets the sections of each, and every home keeps their account and
 * what they can do.
 */
@IntegrationTest
class AdministratorHomeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	TestUsers users;

	@Autowired
	UserAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aRoleAnotherAdministratorAskedForWaitsOnTheHomePageOfTheOthers() throws Exception {
		var asking = fixtures.staff(Role.ADMINISTRATOR);
		var approving = fixtures.staff(Role.ADMINISTRATOR);
		var username = "home-grant-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create(username, "Harper Home", null, fixtures.organisation().id(),
				List.of(Role.AGENCY_PRACTITIONER), asking.id());

		mvc.perform(get("/home").with(IdentityFixtures.as(approving)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Roles waiting for your approval")))
			.andExpect(content().string(containsString("Harper Home (" + username + "): Agency practitioner")))
			.andExpect(content().string(containsString("href=\"/admin/users/" + created.account().id() + "\"")))
			.andExpect(content().string(containsString("Asked for by " + asking.username())));
		mvc.perform(get("/home").with(IdentityFixtures.as(asking)))
			.andExpect(content().string(not(containsString("Harper Home (" + username + ")"))))
			.andExpect(content().string(containsString("1 role you asked for waits for another administrator.")));
	}

	@Test
	void theUsersOrganisationsAndAuditSectionsCountAndLead() throws Exception {
		var admin = fixtures.staff(Role.ADMINISTRATOR);
		mvc.perform(get("/home").with(IdentityFixtures.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>Users</span>")))
			.andExpect(content().string(containsString(" active users")))
			.andExpect(content().string(containsString("href=\"/admin/users/new\">Add a user</a>")))
			.andExpect(content().string(containsString("<span>Organisations</span>")))
			.andExpect(content().string(containsString("href=\"/admin/organisations\">All organisations</a>")))
			.andExpect(content().string(containsString("<span>Audit trail</span>")))
			.andExpect(content().string(containsString("recorded today")))
			.andExpect(content().string(containsString(">Everything today</a>")))
			.andExpect(content().string(containsString("href=\"/admin/audit\">Search the audit trail</a>")))
			.andExpect(content().string(containsString("Your account")))
			.andExpect(content().string(containsString("What you can do")));
	}

	@Test
	void aUserLockedOutOfSigningInIsListedWithTheWayToUnlockThem() throws Exception {
		var locked = users.create(Role.VOLUNTEER).account();
		jdbc.sql("""
				insert into sign_in_throttle (kind, key, failures, last_failure_at, next_attempt_at, locked_until)
				values ('ACCOUNT', :key, 0, :now, :until, :until)
				""")
			.param("key", locked.username())
			.param("now", Timestamp.from(clock.instant()))
			.param("until", Timestamp.from(clock.instant().plus(Duration.ofMinutes(15))))
			.update();
		mvc.perform(get("/home").with(IdentityFixtures.as(fixtures.staff(Role.ADMINISTRATOR))))
			.andExpect(content()
				.string(containsString("Signing in locked: " + locked.displayName() + " (" + locked.username() + ")")))
			.andExpect(content().string(containsString("href=\"/admin/users/" + locked.id() + "\"")));
	}

	@Test
	void aPersonWithSeveralRolesGetsTheSectionsOfEachAndTheirAccount() throws Exception {
		var both = fixtures.staff(Role.ADMINISTRATOR, Role.MANAGER);
		mvc.perform(get("/home").with(IdentityFixtures.as(both)))
			.andExpect(content().string(containsString("Roles waiting for your approval")))
			.andExpect(content().string(containsString("Manager, Administrator")))
			.andExpect(content().string(containsString("href=\"/court-desk/statistics\"")))
			.andExpect(content().string(containsString("href=\"/admin/audit\"")));
	}

	@Test
	void otherRolesSeeNoAdministratorsSections() throws Exception {
		mvc.perform(get("/home").with(IdentityFixtures.as(fixtures.staff(Role.VOLUNTEER))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Roles waiting for your approval"))))
			.andExpect(content().string(not(containsString("<span>Audit trail</span>"))))
			.andExpect(content().string(containsString("Your account")));
	}

}
