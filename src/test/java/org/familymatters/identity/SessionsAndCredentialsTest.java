package org.familymatters.identity;

import java.time.Duration;

import org.familymatters.identity.internal.ApiTokens;
import org.familymatters.identity.internal.UserAdministration;
import org.familymatters.support.Browserless;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions and credentials (issue 12, item 8): changing one's password ends one's other
 * sessions; a password reset or a disable revokes the user's API tokens (their calendar
 * links: {@code courtdesk.CalendarFeedTest}); a token of a user who must change their
 * password is refused with a problem that says so.
 */
@IntegrationTest
class SessionsAndCredentialsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAdministration administration;

	@Autowired
	IdentityFixtures fixtures;

	@Test
	void changingOnesPasswordEndsOnesOtherSessionsButNotThisOne() throws Exception {
		var member = fixtures.member(Role.MANAGER);
		var phone = Browserless.signIn(mvc, member.username(), IdentityFixtures.CHOSEN_PASSWORD).cookie();
		var desk = Browserless.signIn(mvc, member.username(), IdentityFixtures.CHOSEN_PASSWORD).cookie();
		mvc.perform(get("/home").cookie(phone)).andExpect(status().isOk());

		mvc.perform(post("/account/password").cookie(desk)
			.with(csrf())
			.param("currentPassword", IdentityFixtures.CHOSEN_PASSWORD)
			.param("newPassword", "a brand new long password")
			.param("confirmPassword", "a brand new long password")).andExpect(redirectedUrl("/home"));

		mvc.perform(get("/home").cookie(desk)).andExpect(status().isOk());
		mvc.perform(get("/home").cookie(phone).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void aPasswordResetRevokesTheUsersApiTokens() throws Exception {
		var member = fixtures.staff(Role.MANAGER);
		var issued = tokens.issue(member, "client", Duration.ofDays(1));
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.secret()))
			.andExpect(status().isOk());
		var admin = fixtures.staff(Role.ADMINISTRATOR);
		mvc.perform(post("/admin/users/{id}/reset-password", member.id()).with(IdentityFixtures.as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + member.id()));
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized());
		assertThat(tokens.list(member.id())).singleElement()
			.satisfies(token -> assertThat(token.revokedAt()).isNotNull());
	}

	@Test
	void aDisabledUsersTokensStayRevokedWhenTheyAreEnabledAgain() throws Exception {
		var member = fixtures.staff(Role.MANAGER);
		var issued = tokens.issue(member, "client", Duration.ofDays(1));
		var admin = fixtures.staff(Role.ADMINISTRATOR);
		administration.setEnabled(member.id(), false, admin.id());
		administration.setEnabled(member.id(), true, admin.id());
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenOfAUserWhoMustChangeTheirPasswordIsRefusedWithAProblemThatSaysSo() throws Exception {
		var created = users.create(Role.MANAGER).account();
		var issued = tokens.issue(users.principal(created.username()), "before choosing", Duration.ofDays(1));
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("must change their password")));
	}

}
