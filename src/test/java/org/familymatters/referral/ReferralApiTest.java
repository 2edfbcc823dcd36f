package org.familymatters.referral;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.internal.ApiTokens;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/referrals}: any token holder refers a family, with mistakes named by field
 * in a 400 and nothing saved; the referrer and the locality's support workers read it
 * back, nobody else.
 */
@IntegrationTest
class ReferralApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	ReferralTestData data;

	@Autowired
	TestUsers users;

	private String bearer(ReferralTestData.Staff user) {
		users.passwordChosen(user.id());
		return "Bearer "
				+ tokens.issue(users.principal(user.username()), "referral test", Duration.ofHours(1)).secret();
	}

	/** A token of a new user holding a role in an organisation of a type in Banbury. */
	private String bearer(OrganisationType type, Role role) {
		return bearer(data.user(data.organisation("Banbury", type), role));
	}

	private String body(String familyName, String dateOfBirth, String email) {
		var banbury = data.locality("Banbury");
		var criterion = data.criteria(banbury).get(1);
		return """
				{"source": "probation", "referrerName": "Probation officer (test)", "referrerEmail": "%s",
				 "referrerOrganisationName": "Thames Valley probation delivery unit (demo)",
				 "localityId": "%s", "reason": "Sentenced today; two children at home.",
				 "needs": ["5c0f3a52-6e0b-4f4b-9d4a-000000000101"], "criteria": ["%s"], "consentToContact": true,
				 "people": [
				   {"givenName": "Morgan", "familyName": "%s", "role": "in_custody", "dateOfBirth": "%s"},
				   {"givenName": "Ellis", "familyName": "%s", "role": "child", "dateOfBirth": "2018-01-02"}]}
				""".formatted(email, banbury, criterion, familyName, dateOfBirth, familyName);
	}

	@Test
	void aTokenHolderRefersAndReadsItBackAsDoTheLocalitysSupportWorkersButNobodyElse() throws Exception {
		var name = ReferralTestData.familyName();
		var officer = data.user(data.organisation("Banbury", OrganisationType.PROBATION), Role.AGENCY_PRACTITIONER);
		var probation = bearer(officer);
		var location = mvc
			.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, probation)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(name, "1985-06-07", "officer@example.org")))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/referrals/")))
			.andExpect(jsonPath("$.reference").value(containsString("RF-")))
			.andExpect(jsonPath("$.status").value("received"))
			.andExpect(jsonPath("$.people[0].familyName").value(name))
			.andExpect(jsonPath("$.criteriaMet").value(hasItem("There are children under 18 in the family")))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
		var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(get("/api/referrals/" + id).header(HttpHeaders.AUTHORIZATION, probation))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source").value("probation"));
		mvc.perform(get("/api/referrals/" + id).header(HttpHeaders.AUTHORIZATION,
				bearer(OrganisationType.VOLUNTARY, Role.SUPPORT_WORKER)))
			.andExpect(status().isOk());
		for (var other : new Role[] { Role.AGENCY_PRACTITIONER, Role.VOLUNTEER, Role.MANAGER, Role.ADMINISTRATOR }) {
			mvc.perform(get("/api/referrals/" + id).header(HttpHeaders.AUTHORIZATION,
					bearer(OrganisationType.SCHOOL, other)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(get("/api/referrals/" + id)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/referrals/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, probation))
			.andExpect(status().isNotFound());
		assertThat(
				jdbc.sql("select referred_by from referral where id = :id").param("id", id).query(UUID.class).single())
			.isEqualTo(officer.id());
	}

	@Test
	void mistakesAreNamedByFieldAndNothingIsSaved() throws Exception {
		var name = ReferralTestData.familyName();
		var volunteer = bearer(OrganisationType.COURT, Role.VOLUNTEER);
		var future = LocalDate.now(ServiceTime.ZONE).plusYears(1).toString();
		// The child has a family name no other test uses, to show that nothing was saved.
		mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, volunteer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(" ", future, "not-an-email").replace("\"Ellis\", \"familyName\": \" \"",
					"\"Ellis\", \"familyName\": \"" + name + "\"")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'referrerEmail')].message")
				.value(hasItem("Enter an email address in the correct format, like name@example.org")))
			.andExpect(jsonPath("$.errors[?(@.field == 'people[0].familyName')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'people[0].dateOfBirth')].message")
				.value(hasItem("Date of birth must be today or in the past")));
		mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, volunteer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"source": "nowhere", "localityId": "not-an-id", "people": [{"dateOfBirth": "31/02/2015", "role": "king"}]}
							"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'source')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'localityId')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'people[0].dateOfBirth')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'people[0].role')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'reason')]").exists());
		mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, volunteer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, volunteer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(name, "2015-01-01", "officer@example.org").replace("Sentenced today", "Sentenced\\u0000")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'reason')].message")
				.value(hasItem(containsString("Remove the hidden control characters"))));
		assertThat(data.referralsNaming(name)).isZero();
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/referrals'].post").exists())
			.andExpect(jsonPath("$.paths['/api/referrals/{id}'].get").exists());
	}

}
