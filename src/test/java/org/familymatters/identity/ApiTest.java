package org.familymatters.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.familymatters.identity.internal.ApiTokens;
import org.familymatters.identity.internal.UserAdministration;
import org.familymatters.support.Browserless;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiTest {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAdministration administration;

	@Autowired
	IdentityFixtures fixtures;

	private String tokenFor(StaffPrincipal user) {
		return tokens.issue(user, "test", Duration.ofDays(1)).secret();
	}

	@Test
	void aTokenActsAsTheUserItWasIssuedTo() throws Exception {
		var supportWorker = fixtures.staff(Role.SUPPORT_WORKER);
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(supportWorker.username()))
			.andExpect(jsonPath("$.roles").value(hasItem("SUPPORT_WORKER")));
	}

	@Test
	void aRevokedTokenAnUnknownTokenAndADisabledUsersTokenAreRefused() throws Exception {
		var user = fixtures.staff(Role.AGENCY_PRACTITIONER);
		var issued = tokens.issue(user, "client", Duration.ofDays(1));
		var bearer = "Bearer " + issued.secret();
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isOk());

		tokens.revoke(user.id(), issued.id());
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE));

		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer fm_made-up"))
			.andExpect(status().isUnauthorized());

		var second = tokens.issue(user, "client", Duration.ofDays(1));
		administration.setEnabled(user.id(), false, fixtures.staff(Role.ADMINISTRATOR).id());
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + second.secret()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		var user = fixtures.staff(Role.MANAGER);
		var issued = tokens.issue(user, "short-lived", Duration.ofSeconds(-1));
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aSignedInSessionIsNotEnoughForTheApi() throws Exception {
		var admin = fixtures.member(Role.ADMINISTRATOR);
		var session = Browserless.signIn(mvc, admin.username(), IdentityFixtures.CHOSEN_PASSWORD).cookie();
		mvc.perform(get("/home").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/api/me").cookie(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void badParametersAnswerProblemDetailsNamingTheParameter() throws Exception {
		var bearer = "Bearer " + tokenFor(fixtures.staff(Role.ADMINISTRATOR));
		mvc.perform(get("/api/audit-events").param("per_page", "5000").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("per_page"));
		mvc.perform(get("/api/audit-events").param("from", "yesterday").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/audit-events").param("page", "two").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/audit-events").param("actor", "admin\u0000").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("actor"));
		mvc.perform(get("/api/audit-events").param("from", "2026-03-02")
			.param("to", "2026-03-01")
			.header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("to"));
	}

	@Test
	void errorsOutsideAnyHandlerAreProblemDetailsToo() throws Exception {
		var bearer = "Bearer " + tokenFor(fixtures.staff(Role.ADMINISTRATOR));
		var client = HttpClient.newHttpClient();
		var wrongMethod = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		var missing = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/nothing-here"))
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("\"status\":404").doesNotContain("Exception");
		var page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/nothing-here"))
			.header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found").contains("govuk-footer").doesNotContain("Exception");
	}

	@Test
	void theAuditTrailIsSearchableThroughTheApi() throws Exception {
		var bearer = "Bearer " + tokenFor(fixtures.staff(Role.ADMINISTRATOR));
		mvc.perform(get("/api/audit-events").param("action", "USER_CREATED").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].action").value("USER_CREATED"));
	}

	@Test
	void theOpenApiDescriptionListsTheApiAndItsBearerScheme() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/me']").exists())
			.andExpect(jsonPath("$.paths['/api/audit-events']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void theHealthCheckReportsReadinessIncludingTheDatabase() throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

}
