package org.familymatters.identity;

import java.time.Duration;
import java.util.UUID;

import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.identity.internal.ApiTokens;
import org.familymatters.identity.internal.RoleGrants;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
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

/**
 * Separation of duties (issue 12, item 1): nobody changes their own roles; a role that
 * sees families' records is given only when a second administrator approves; an
 * administrator holds no such role; API tokens are issued by their users for themselves,
 * and what a token does is audited against the token.
 */
@IntegrationTest
class SeparationOfDutiesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	RoleGrants grants;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AuditSearch audit;

	@Autowired
	IdentityFixtures fixtures;

	private StaffPrincipal admin;

	private StaffPrincipal secondAdmin;

	@BeforeEach
	void administrators() {
		admin = fixtures.staff(Role.ADMINISTRATOR);
		secondAdmin = fixtures.staff(Role.ADMINISTRATOR);
	}

	private String organisation() {
		return fixtures.organisation().id().toString();
	}

	@Test
	void anAdministratorWhoGivesThemselvesARoleIsRefusedAndNothingChanges() throws Exception {
		var self = accounts.findById(admin.id()).orElseThrow();
		mvc.perform(post("/admin/users/{id}/edit", admin.id()).with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("displayName", self.displayName())
			.param("organisationId", self.organisationId().toString())
			.param("roles", "ADMINISTRATOR", "MANAGER")
			.param("version", self.version().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#roles\"")))
			.andExpect(content().string(containsString("You cannot change your own roles")));
		assertThat(accounts.findById(admin.id()).orElseThrow().roles()).containsExactly(Role.ADMINISTRATOR);
		assertThat(grants.pendingFor(admin.id())).isEmpty();
	}

	@Test
	void aRoleThatSeesFamiliesWaitsForASecondAdministratorAndBothAreAudited() throws Exception {
		var user = users.create(Role.VOLUNTEER).account();
		mvc.perform(post("/admin/users/{id}/edit", user.id()).with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("displayName", user.displayName())
			.param("organisationId", user.organisationId().toString())
			.param("roles", "VOLUNTEER", "SUPPORT_WORKER")
			.param("version", user.version().toString()))
			.andExpect(redirectedUrl("/admin/users/" + user.id()))
			.andExpect(flash().attribute("awaitingApproval", "Support worker"));
		assertThat(accounts.findById(user.id()).orElseThrow().roles()).containsExactly(Role.VOLUNTEER);
		var pending = grants.pendingFor(user.id());
		assertThat(pending).singleElement().satisfies(grant -> {
			assertThat(grant.role()).isEqualTo(Role.SUPPORT_WORKER);
			assertThat(grant.requestedBy()).isEqualTo(admin.username());
		});
		var request = pending.get(0).id();
		var approveButton = "role-requests/" + request + "/approve";

		// The administrator who asked cannot approve it: the page says so, and nothing is
		// given.
		mvc.perform(get("/admin/users/{id}", user.id()).with(IdentityFixtures.as(admin)))
			.andExpect(content().string(containsString("Waiting for approval")))
			.andExpect(content().string(containsString("Another administrator must approve")))
			.andExpect(content().string(not(containsString(approveButton))));
		mvc.perform(post("/admin/users/{id}/role-requests/{request}/approve", user.id(), request)
			.with(IdentityFixtures.as(admin))
			.with(csrf())).andExpect(flash().attribute("problem", containsString("another administrator")));
		assertThat(accounts.findById(user.id()).orElseThrow().roles()).containsExactly(Role.VOLUNTEER);

		mvc.perform(get("/admin/users/{id}", user.id()).with(IdentityFixtures.as(secondAdmin)))
			.andExpect(content().string(containsString(approveButton)));
		mvc.perform(post("/admin/users/{id}/role-requests/{request}/approve", user.id(), request)
			.with(IdentityFixtures.as(secondAdmin))
			.with(csrf())).andExpect(redirectedUrl("/admin/users/" + user.id()));
		assertThat(accounts.findById(user.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.VOLUNTEER,
				Role.SUPPORT_WORKER);
		assertThat(grants.pendingFor(user.id())).isEmpty();

		assertThat(events(admin, "ROLE_GRANT_REQUESTED", user.id())).singleElement()
			.satisfies(event -> assertThat(event.detail()).contains("SUPPORT_WORKER"));
		assertThat(events(admin, "ROLE_GRANT_APPROVED", user.id())).isEmpty();
		assertThat(events(secondAdmin, "ROLE_GRANT_APPROVED", user.id())).singleElement()
			.satisfies(event -> assertThat(event.detail()).contains("SUPPORT_WORKER").contains(admin.username()));
	}

	@Test
	void aRefusedGrantGivesNothingAndIsAudited() throws Exception {
		var user = users.create(Role.MANAGER).account();
		mvc.perform(post("/admin/users/{id}/edit", user.id()).with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("displayName", user.displayName())
			.param("organisationId", user.organisationId().toString())
			.param("roles", "MANAGER", "AGENCY_PRACTITIONER")
			.param("version", user.version().toString())).andExpect(redirectedUrl("/admin/users/" + user.id()));
		var request = grants.pendingFor(user.id()).get(0).id();
		mvc.perform(post("/admin/users/{id}/role-requests/{request}/refuse", user.id(), request)
			.with(IdentityFixtures.as(secondAdmin))
			.with(csrf())).andExpect(redirectedUrl("/admin/users/" + user.id()));
		assertThat(accounts.findById(user.id()).orElseThrow().roles()).containsExactly(Role.MANAGER);
		assertThat(grants.pendingFor(user.id())).isEmpty();
		assertThat(events(secondAdmin, "ROLE_GRANT_REFUSED", user.id())).hasSize(1);
	}

	@Test
	void aUserCreatedWithARoleThatSeesFamiliesIsCreatedWithoutItAndAGrantWaits() throws Exception {
		var username = "sod-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/users/new").with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Separation test")
			.param("organisationId", organisation())
			.param("roles", "VOLUNTEER", "SAFEGUARDING_LEAD"))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andExpect(flash().attributeExists("oneTimePassword"))
			.andExpect(flash().attribute("awaitingApproval", "Designated safeguarding lead"));
		var account = accounts.findByUsername(username).orElseThrow();
		assertThat(account.roles()).containsExactly(Role.VOLUNTEER);
		assertThat(grants.pendingFor(account.id())).singleElement()
			.satisfies(grant -> assertThat(grant.role()).isEqualTo(Role.SAFEGUARDING_LEAD));
	}

	@Test
	void anAdministratorCannotHoldARoleThatSeesFamilies() throws Exception {
		var username = "sod-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/users/new").with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Both at once")
			.param("organisationId", organisation())
			.param("roles", "ADMINISTRATOR", "SUPPORT_WORKER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An administrator cannot also")));
		assertThat(accounts.findByUsername(username)).isEmpty();

		// A grant asked for before the user became an administrator is refused when
		// approved.
		var user = users.create(Role.MANAGER).account();
		mvc.perform(post("/admin/users/{id}/edit", user.id()).with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("displayName", user.displayName())
			.param("organisationId", user.organisationId().toString())
			.param("roles", "MANAGER", "SUPPORT_WORKER")
			.param("version", user.version().toString())).andExpect(redirectedUrl("/admin/users/" + user.id()));
		var changed = accounts.findById(user.id()).orElseThrow();
		mvc.perform(post("/admin/users/{id}/edit", user.id()).with(IdentityFixtures.as(secondAdmin))
			.with(csrf())
			.param("displayName", user.displayName())
			.param("organisationId", user.organisationId().toString())
			.param("roles", "MANAGER", "ADMINISTRATOR")
			.param("version", changed.version().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An administrator cannot also")));
		assertThat(accounts.findById(user.id()).orElseThrow().roles()).containsExactly(Role.MANAGER);
	}

	@Test
	void anAdministratorCannotIssueATokenForSomeoneElseNorSeeASecret() throws Exception {
		var supportWorker = fixtures.member(Role.SUPPORT_WORKER);
		mvc.perform(get("/admin/users/{id}", supportWorker.id()).with(IdentityFixtures.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Issue an API token"))));
		mvc.perform(get("/admin/users/{id}/tokens/new", supportWorker.id()).with(IdentityFixtures.as(admin)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/users/{id}/tokens/new", supportWorker.id()).with(IdentityFixtures.as(admin))
			.with(csrf())
			.param("name", "Read families as them")
			.param("lifetimeDays", "30")).andExpect(status().isNotFound());
		assertThat(tokens.list(supportWorker.id())).isEmpty();

		// The user issues their own, on their account page, and sees it once.
		var issued = mvc
			.perform(post("/account/tokens/new").with(IdentityFixtures.as(supportWorker))
				.with(csrf())
				.param("name", "Case system")
				.param("lifetimeDays", "30"))
			.andExpect(redirectedUrl("/account"))
			.andReturn();
		var secret = (String) issued.getFlashMap().get("token");
		assertThat(secret).startsWith("fm_");
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)).andExpect(status().isOk());
		var token = tokens.list(supportWorker.id()).get(0);
		assertThat(token.createdBy()).isEqualTo(supportWorker.username());

		// Their account page lists it with its Revoke; the administrator lists it, never
		// its secret, and may revoke it.
		mvc.perform(get("/account").with(IdentityFixtures.as(supportWorker)))
			.andExpect(content().string(containsString("Case system")))
			.andExpect(content().string(containsString("action=\"/account/tokens/" + token.id() + "/revoke\"")))
			.andExpect(content().string(not(containsString(secret))));
		mvc.perform(get("/admin/users/{id}", supportWorker.id()).with(IdentityFixtures.as(admin)))
			.andExpect(content().string(containsString("Case system")))
			.andExpect(content().string(containsString(
					"action=\"/admin/users/" + supportWorker.id() + "/tokens/" + token.id() + "/revoke\"")))
			.andExpect(content().string(not(containsString(secret))));
		mvc.perform(post("/admin/users/{id}/tokens/{token}/revoke", supportWorker.id(), token.id())
			.with(IdentityFixtures.as(admin))
			.with(csrf())).andExpect(redirectedUrl("/admin/users/" + supportWorker.id()));
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void whatAnApiRequestDoesIsAuditedAgainstItsToken() throws Exception {
		var supportWorker = users.principal(TestUsers.demoUsername(Role.SUPPORT_WORKER));
		var issued = tokens.issue(supportWorker, "audit test", Duration.ofHours(1));
		var family = "fa000000-0000-4000-8000-000000000001";
		mvc.perform(get("/api/families/{id}", family).header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.secret()))
			.andExpect(status().isOk());
		// Other classes running beside this one view the same demo family as the same
		// person through the pages: the request's event is among the newest, not always
		// the newest.
		var viewed = audit
			.search(new AuditQuery(supportWorker.username(), "FAMILY_VIEWED", "family", family, null, null, 1, 50))
			.items();
		assertThat(viewed).anySatisfy(event -> assertThat(event.apiTokenId()).isEqualTo(issued.id()));
	}

	private java.util.List<org.familymatters.audit.internal.AuditEvent> events(StaffPrincipal actor, String action,
			UUID user) {
		return audit.search(new AuditQuery(actor.username(), action, "user", user.toString(), null, null, 1, 10))
			.items();
	}

}
