package org.familymatters.identity;

import java.nio.file.Path;

import jakarta.servlet.Filter;
import org.familymatters.FamilyMattersApplication;
import org.familymatters.identity.internal.UserAdministration;
import org.familymatters.support.Browserless;
import org.familymatters.support.OwnServices;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two-step sign-in required by configuration for the roles that see families' records
 * ({@code familymatters.two-step.required-for-roles}): after their password, a support
 * worker who has not set it up is taken to set it up and can do nothing else until they
 * have, and cannot turn it off; a manager is not asked. A service of its own, started
 * with the setting.
 */
class TwoStepRequiredTest {

	@TempDir
	Path directory;

	@Test
	void aRoleThatSeesFamiliesIsTakenToSetItUpAfterThePassword() throws Exception {
		try (var service = OwnServices.builder(FamilyMattersApplication.class)
			.run("--server.port=0", "--familymatters.database.embedded.data-directory=" + directory.resolve("pg"),
					"--familymatters.demo.enabled=true",
					"--familymatters.two-step.required-for-roles=SUPPORT_WORKER,AGENCY_PRACTITIONER,SAFEGUARDING_LEAD")) {
			var mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) service)
				.addFilters(service.getBean("springSessionRepositoryFilter", Filter.class))
				.apply(springSecurity())
				.build();

			var manager = Browserless.signIn(mvc, "demo-manager", TestUsers.DEMO_PASSWORD);
			assertThat(manager.redirectedTo()).isEqualTo("/home");

			var support = Browserless.signIn(mvc, "demo-support", TestUsers.DEMO_PASSWORD);
			assertThat(support.redirectedTo()).isEqualTo("/account/two-step/set-up");
			var pending = support.cookie();
			mvc.perform(get("/families").cookie(pending)).andExpect(redirectedUrl("/account/two-step/set-up"));
			mvc.perform(get("/account/two-step/set-up").cookie(pending))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Your roles need two-step sign-in")));
			var session = TwoStepSignInTest.setUp(mvc, pending, java.time.Instant.now().getEpochSecond()).session();
			mvc.perform(get("/families").cookie(session)).andExpect(status().isOk());
			mvc.perform(get("/account/two-step").cookie(session))
				.andExpect(content().string(containsString("Your roles need two-step sign-in, so it stays on")));
			mvc.perform(post("/account/two-step/turn-off").cookie(session)
				.with(csrf())
				.param("password", TestUsers.DEMO_PASSWORD))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("you cannot turn it off")));
			assertThat(Browserless.signIn(mvc, "demo-support", TestUsers.DEMO_PASSWORD).redirectedTo())
				.isEqualTo("/sign-in/two-step");

			// An administrator resets the password and is given a one-time password to
			// pass
			// on: it alone does not open the account, which still asks for the second
			// step.
			var account = service.getBean(UserAccounts.class).findByUsername("demo-support").orElseThrow();
			var oneTimePassword = service.getBean(UserAdministration.class).resetPassword(account.id());
			var withTheResetPassword = Browserless.signIn(mvc, "demo-support", oneTimePassword);
			assertThat(withTheResetPassword.redirectedTo()).isEqualTo("/sign-in/two-step");
			mvc.perform(get("/families").cookie(withTheResetPassword.cookie()))
				.andExpect(redirectedUrl("/sign-in/two-step"));
		}
	}

}
