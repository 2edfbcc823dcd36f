package org.familymatters.identity;

import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.identity.internal.UserAdministration;
import org.familymatters.support.Browserless;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAdministration administration;

	@Autowired
	AuditSearch audit;

	@Autowired
	IdentityFixtures fixtures;

	@Test
	void aDemoUserSignsInAndLandsOnTheirHomePage() throws Exception {
		var session = Browserless.signIn(mvc, "demo-volunteer", TestUsers.DEMO_PASSWORD);
		assertThat(session.redirectedTo()).isEqualTo("/home");
		mvc.perform(get("/home").cookie(session.cookie()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Court desk volunteer")));
	}

	@Test
	void aWrongPasswordIsRefusedAndAudited() throws Exception {
		var volunteer = fixtures.member(Role.VOLUNTEER);
		mvc.perform(post("/sign-in").param("username", volunteer.username())
			.param("password", "not the password")
			.with(csrf())).andExpect(redirectedUrl("/sign-in?error"));
		var events = audit.search(
				new AuditQuery(volunteer.username(), "SIGN_IN", null, volunteer.id().toString(), null, null, 1, 10));
		assertThat(events.items()).isNotEmpty().allSatisfy(event -> assertThat(event.outcome()).isEqualTo("REFUSED"));
	}

	@Test
	void theFailedSignInPageShowsAnErrorAndKeepsTheUsername() throws Exception {
		var volunteer = fixtures.member(Role.VOLUNTEER);
		var session = Browserless.signIn(mvc, volunteer.username(), "wrong");
		assertThat(session.redirectedTo()).isEqualTo("/sign-in?error");
		mvc.perform(get("/sign-in?error").cookie(session.cookie()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("There is a problem")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a correct username and password")))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("value=\"" + volunteer.username() + "\"")));
	}

	@Test
	void signingInWithoutACsrfTokenIsRefused() throws Exception {
		var volunteer = fixtures.member(Role.VOLUNTEER);
		mvc.perform(post("/sign-in").param("username", volunteer.username())
			.param("password", IdentityFixtures.CHOSEN_PASSWORD)
			.accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
	}

	@Test
	void aDisabledUserCannotSignIn() throws Exception {
		var created = users.create(Role.VOLUNTEER);
		var admin = fixtures.staff(Role.ADMINISTRATOR);
		administration.setEnabled(created.account().id(), false, admin.id());
		mvc.perform(post("/sign-in").param("username", created.account().username())
			.param("password", created.oneTimePassword())
			.with(csrf())).andExpect(redirectedUrl("/sign-in?error"));
	}

	@Test
	void aNewUserMustChooseTheirOwnPasswordBeforeAnythingElse() throws Exception {
		var created = users.create(Role.SUPPORT_WORKER);
		var signedIn = Browserless.signIn(mvc, created.account().username(), created.oneTimePassword());
		assertThat(signedIn.redirectedTo()).isEqualTo("/account/password");
		var session = signedIn.cookie();
		mvc.perform(get("/home").cookie(session)).andExpect(redirectedUrl("/account/password"));
		// The password page must still get its styles and scripts.
		mvc.perform(get("/govuk/govuk-frontend.min.css").cookie(session)).andExpect(status().isOk());

		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", created.oneTimePassword())
			.param("newPassword", "short")
			.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("Password must be at least 12 characters")));

		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", created.oneTimePassword())
			.param("newPassword", "correct horse battery staple")
			.param("confirmPassword", "correct horse battery staple")).andExpect(redirectedUrl("/home"));
		mvc.perform(get("/home").cookie(session)).andExpect(status().isOk());

		mvc.perform(post("/sign-in").param("username", created.account().username())
			.param("password", "correct horse battery staple")
			.with(csrf())).andExpect(redirectedUrl("/home"));
	}

	@Test
	void aNewPasswordTypedDifferentlyTwiceIsRefusedByTheFieldAndNothingChanges() throws Exception {
		var member = fixtures.member(Role.MANAGER);
		var session = Browserless.signIn(mvc, member.username(), IdentityFixtures.CHOSEN_PASSWORD).cookie();
		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", IdentityFixtures.CHOSEN_PASSWORD)
			.param("newPassword", "another long password")
			.param("confirmPassword", "another long passw0rd"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#confirmPassword\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The two new passwords are different")));
		mvc.perform(post("/sign-in").param("username", member.username())
			.param("password", IdentityFixtures.CHOSEN_PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/home"));
	}

	@Test
	void anonymousBrowsersAreSentToSignInAndOtherClientsGetA401() throws Exception {
		mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/admin/users").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void signingOutClearsWhatTheBrowserKeepsForTheService() throws Exception {
		var member = fixtures.member(Role.VOLUNTEER);
		var session = Browserless.signIn(mvc, member.username(), IdentityFixtures.CHOSEN_PASSWORD).cookie();
		mvc.perform(post("/sign-out").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/?signed-out"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\""));
		mvc.perform(get("/home").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void pagesCarrySecureHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Frame-Options", "DENY"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Content-Type-Options", "nosniff"));
	}

}
