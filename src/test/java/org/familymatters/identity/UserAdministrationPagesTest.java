package org.familymatters.identity;

import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.identity.internal.RoleGrants;
import org.familymatters.support.Browserless;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestAuditAction;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserAdministrationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditSearch auditSearch;

	@Autowired
	IdentityFixtures fixtures;

	@Autowired
	RoleGrants grants;

	/** A new administrator for each test: what they did is theirs alone. */
	private StaffPrincipal admin;

	@BeforeEach
	void newAdministrator() {
		admin = fixtures.staff(Role.ADMINISTRATOR);
	}

	private String anOrganisation() {
		return fixtures.organisation().id().toString();
	}

	/** How many users this test's administrator has added. */
	private long usersAdded() {
		return auditSearch.search(new AuditQuery(admin.username(), "USER_CREATED", "user", null, null, null, 1, 1))
			.total();
	}

	@Test
	void anEmptyFormIsRefusedWithAMessageByEveryFieldAndNothingIsSaved() throws Exception {
		long before = usersAdded();
		var page = mvc.perform(post("/admin/users/new").with(IdentityFixtures.as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("<title>Error: Add a user – Family Matters</title>")))
			.andExpect(content().string(containsString("href=\"#username\"")))
			.andExpect(content().string(containsString("Enter a username")))
			.andExpect(content().string(containsString("Enter the user&#39;s name")))
			.andExpect(content().string(containsString("Choose the user&#39;s organisation")))
			.andExpect(content().string(containsString("Select at least one role")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = page.indexOf("govuk-error-summary__list");
		var summary = page.substring(start, page.indexOf("</ul>", start));
		assertThat(summary).as("the summary lists errors in the order of the fields")
			.containsSubsequence("Enter a username", "Enter the user&#39;s name", "Choose the user&#39;s organisation",
					"Select at least one role");
		assertThat(usersAdded()).isEqualTo(before);
	}

	@Test
	void badInputIsKeptSoTheUserCanCorrectIt() throws Exception {
		mvc.perform(post("/admin/users/new").with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("username", "Not Valid!")
			.param("displayName", "A support worker")
			.param("email", "not-an-email")
			.param("organisationId", "not-a-uuid")
			.param("roles", "NOT_A_ROLE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"A support worker\"")))
			.andExpect(content().string(containsString("Username must be 3 to 64 characters")))
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("Choose the user&#39;s organisation")))
			.andExpect(content().string(containsString("Select at least one role")));
	}

	@Test
	void anAdministratorCreatesAUserWhoGetsAOneTimePasswordAndItIsAudited() throws Exception {
		var username = "new-support-" + UUID.randomUUID().toString().substring(0, 8);
		var result = mvc
			.perform(post("/admin/users/new").with(IdentityFixtures.as(admin))
				.with(csrf())
				.param("username", username)
				.param("displayName", "New support worker")
				.param("organisationId", anOrganisation())
				.param("roles", "SUPPORT_WORKER", "SAFEGUARDING_LEAD"))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andExpect(flash().attributeExists("oneTimePassword"))
			.andReturn();
		var account = accounts.findByUsername(username).orElseThrow();
		assertThat(account.roles()).as("roles that see families wait for a second administrator").isEmpty();
		assertThat(grants.pendingFor(account.id())).extracting(RoleGrants.PendingGrant::role)
			.containsExactlyInAnyOrder(Role.SUPPORT_WORKER, Role.SAFEGUARDING_LEAD);
		assertThat(account.mustChangePassword()).isTrue();
		assertThat(account.passwordHash()).startsWith("{bcrypt}")
			.doesNotContain((String) result.getFlashMap().get("oneTimePassword"));
		var events = auditSearch.search(
				new AuditQuery(admin.username(), "USER_CREATED", "user", account.id().toString(), null, null, 1, 10));
		assertThat(events.items()).singleElement().satisfies(event -> assertThat(event.basis()).isEqualTo("ROLE"));
	}

	@Test
	void aTakenUsernameIsRefusedByTheField() throws Exception {
		mvc.perform(post("/admin/users/new").with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("username", users.create(Role.VOLUNTEER).account().username())
			.param("displayName", "Someone")
			.param("organisationId", anOrganisation())
			.param("roles", "VOLUNTEER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That username is taken")));
	}

	@Test
	void aSecondSaveFromAStaleFormIsRefusedNotSilentlyApplied() throws Exception {
		var created = users.create(Role.VOLUNTEER).account();
		var stale = created.version();
		mvc.perform(post("/admin/users/{id}/edit", created.id()).with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("displayName", "First change")
			.param("organisationId", created.organisationId().toString())
			.param("roles", "VOLUNTEER")
			.param("version", stale.toString())).andExpect(redirectedUrl("/admin/users/" + created.id()));
		mvc.perform(post("/admin/users/{id}/edit", created.id()).with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("displayName", "Second change")
			.param("organisationId", created.organisationId().toString())
			.param("roles", "MANAGER")
			.param("version", stale.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		var saved = accounts.findById(created.id()).orElseThrow();
		assertThat(saved.displayName()).isEqualTo("First change");
		assertThat(saved.roles()).containsExactly(Role.VOLUNTEER);
	}

	@Test
	void changingRolesTakesEffectAndDisablingEndsTheUsersSession() throws Exception {
		var created = users.create(Role.VOLUNTEER);
		var session = Browserless.signIn(mvc, created.account().username(), created.oneTimePassword()).cookie();
		mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
		mvc.perform(
				post("/admin/users/{id}/disable", created.account().id()).with(IdentityFixtures.as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + created.account().id()));
		assertThat(accounts.findById(created.account().id()).orElseThrow().enabled()).isFalse();
		mvc.perform(get("/account/password").cookie(session).accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/admin/users/{id}", created.account().id()).with(IdentityFixtures.as(admin)))
			.andExpect(content().string(containsString("Disabled")))
			.andExpect(content().string(containsString("Enable user")));
	}

	@Test
	void anAdministratorCannotDisableThemself() throws Exception {
		mvc.perform(post("/admin/users/{id}/disable", admin.id()).with(IdentityFixtures.as(admin)).with(csrf()))
			.andExpect(flash().attribute("problem", "You cannot disable your own account."));
		assertThat(accounts.findById(admin.id()).orElseThrow().enabled()).isTrue();
	}

	@Test
	void resettingAPasswordForcesAChangeAtNextSignIn() throws Exception {
		var created = users.create(Role.MANAGER).account();
		var result = mvc
			.perform(post("/admin/users/{id}/reset-password", created.id()).with(IdentityFixtures.as(admin))
				.with(csrf()))
			.andExpect(flash().attributeExists("oneTimePassword"))
			.andReturn();
		var password = (String) result.getFlashMap().get("oneTimePassword");
		mvc.perform(post("/sign-in").param("username", created.username()).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void organisationsAndLocalitiesRefuseBadInputAndAcceptGood() throws Exception {
		mvc.perform(post("/admin/organisations/new").with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("name", " ")
			.param("type", "NOT_A_TYPE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the organisation&#39;s name")))
			.andExpect(content().string(containsString("Choose the type of organisation")))
			.andExpect(content().string(containsString("Choose the sector")));
		var name = "Test children's centre " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/admin/organisations/new").with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("name", name)
			.param("type", "CHILDRENS_CENTRE")
			.param("sector", "STATUTORY")).andExpect(redirectedUrl("/admin/organisations"));
		assertThat(organisations.findByNameIgnoringCase(name)).isPresent();
		mvc.perform(post("/admin/organisations/new").with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("name", name.toUpperCase())
			.param("type", "SCHOOL")
			.param("sector", "STATUTORY"))
			.andExpect(content().string(containsString("There is already an organisation with that name")));

		var locality = "Test town " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/admin/localities/new").with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("name", locality)
			.param("county", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the county area")));
		mvc.perform(post("/admin/localities/new").with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("name", locality)
			.param("county", "Oxfordshire")).andExpect(redirectedUrl("/admin/localities"));
		mvc.perform(post("/admin/localities/new").with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("name", locality.toLowerCase())
			.param("county", "Oxfordshire"))
			.andExpect(content().string(containsString("There is already a locality with that name")));
	}

	@Test
	void aNulCharacterOrAMissingSelectIsRefusedByItsFieldNeverAServerError() throws Exception {
		mvc.perform(post("/admin/users/new").with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("username", "someone-new")
			.param("displayName", "Sam\u0000")
			.param("roles", "VOLUNTEER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#displayName\"")))
			.andExpect(content().string(containsString("Remove the hidden control characters")))
			.andExpect(content().string(containsString("Choose the user&#39;s organisation")));
		mvc.perform(post("/admin/organisations/new").with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("name", "Test\u0000 centre")
			.param("type", "SCHOOL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the hidden control characters")))
			.andExpect(content().string(containsString("Choose the sector")));
	}

	@Test
	void aStaleOrganisationSaveIsRefusedAtTheTopOfTheForm() throws Exception {
		var organisation = fixtures.organisation();
		var stale = organisation.version().toString();
		mvc.perform(post("/admin/organisations/{id}/edit", organisation.id()).with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("name", organisation.name() + " (renamed)")
			.param("type", "VOLUNTARY")
			.param("sector", "VOLUNTARY")
			.param("version", stale)).andExpect(redirectedUrl("/admin/organisations"));
		mvc.perform(post("/admin/organisations/{id}/edit", organisation.id()).with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("name", organisation.name() + " (again)")
			.param("type", "VOLUNTARY")
			.param("sector", "VOLUNTARY")
			.param("version", stale))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(organisations.findById(organisation.id()).orElseThrow().name()).endsWith("(renamed)");
	}

	@Test
	void theAuditSearchRefusesAnImpossibleDateByTheField() throws Exception {
		mvc.perform(get("/admin/audit").with(IdentityFixtures.as(admin))
			.param("from.day", "31")
			.param("from.month", "2")
			.param("from.year", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#from\"")))
			.andExpect(content().string(containsString("Enter a real date")))
			.andExpect(content().string(containsString("value=\"31\"")));
		mvc.perform(get("/admin/audit").with(IdentityFixtures.as(admin)).param("actor", "demo-admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("There is a problem"))));
	}

	@Test
	void theAuditPageShowsEachActionInWordsWithItsCode() throws Exception {
		var created = users.create(Role.VOLUNTEER).account();
		mvc.perform(
				post("/admin/users/{id}/reset-password", created.id()).with(IdentityFixtures.as(admin)).with(csrf()));
		mvc.perform(get("/admin/audit").with(IdentityFixtures.as(admin)).param("actor", admin.username()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reset a user&#39;s password")))
			.andExpect(content().string(containsString("USER_PASSWORD_RESET")));
	}

	@Test
	void longResultsArePaginated() throws Exception {
		var action = "TEST_PAGED_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		for (int i = 0; i < 60; i++) {
			audit.recordAs(null, "someone",
					AuditEntry.allowed(TestAuditAction.named(action), "test", i, Basis.SYSTEM, null));
		}
		mvc.perform(get("/admin/audit").param("action", action).with(IdentityFixtures.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 1 to 50 of 60 events")))
			.andExpect(content().string(containsString("class=\"govuk-pagination\"")))
			.andExpect(content().string(containsString("page=2")));
		mvc.perform(get("/admin/audit").param("action", action).param("page", "2").with(IdentityFixtures.as(admin)))
			.andExpect(content().string(containsString("Showing 51 to 60 of 60 events")));
	}

}
