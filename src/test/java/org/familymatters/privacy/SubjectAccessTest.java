package org.familymatters.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.internal.ApiTokens;
import org.familymatters.network.AgendaFixtures;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A parent's subject access request, through the data protection officer's pages and the
 * API (issue 17): recorded with how their identity was checked, due a calendar month
 * later and on the officer's home page; their records found with the likely-match search
 * in the two families they appear in; one package (PDF and JSON) with their records, the
 * other parent's details redacted, and who viewed their records; every step audited.
 */
@IntegrationTest
class SubjectAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SubjectAccessFixtures fixtures;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PrivacyFixtures privacy;

	@Autowired
	AgendaFixtures agenda;

	final JsonMapper json = JsonMapper.builder().build();

	static LocalDate today() {
		return LocalDate.now(ServiceTime.ZONE);
	}

	@Test
	void aParentsPackageHoldsTheirRecordsInBothFamiliesAndWhoViewedThemWithTheOtherParentRedacted() throws Exception {
		var officer = fixtures.officer();
		var name = SubjectAccessFixtures.uniqueName("Ashgrove");
		var families = fixtures.twoFamilies(name);
		var request = record(officer, "Kerry " + name, today().minusDays(25));

		// Due a calendar month after it was received, and so on the officer's home page.
		assertThat(jdbc.sql("select due_on from privacy_request where id = :id")
			.param("id", request)
			.query(LocalDate.class)
			.single()).isEqualTo(today().minusDays(25).plusMonths(1));
		assertThat(page(get("/home").with(user(officer)))).contains("Data requests due soon")
			.contains("Kerry " + name)
			.contains("/privacy/requests/" + request);

		// Found with the likely-match search, in both families, and confirmed.
		var found = page(get("/privacy/requests/" + request + "/find").with(user(officer)));
		assertThat(found).contains(families.firstReference()).contains(families.secondReference());
		mvc.perform(post("/privacy/requests/" + request + "/find").with(user(officer))
			.with(csrf())
			.param("people", families.mother().toString(), families.motherAgain().toString(), "not-an-id"))
			.andExpect(status().isFound());
		assertThat(page(get("/privacy/requests/" + request).with(user(officer))))
			.contains("2 people on record are confirmed as them, in 2 families");

		// A support worker views the first family: the package says so.
		mvc.perform(get("/families/" + families.first()).with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(status().isOk());

		mvc.perform(post("/privacy/requests/" + request + "/package").with(user(officer)).with(csrf()))
			.andExpect(status().isFound());
		var text = mvc.perform(get("/privacy/requests/" + request + "/package.json").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var pack = json.readTree(text);

		assertThat(pack.get("requestId").asString()).isEqualTo(request.toString());
		assertThat(titles(pack)).contains("Family record " + families.firstReference(),
				"Family record " + families.secondReference(), "Who viewed or changed your records");
		var first = section(pack, "Family record " + families.firstReference());
		assertThat(item(first, families.mother().toString()).get("heading").asString()).isEqualTo("You");
		assertThat(value(item(first, families.mother().toString()), "E-mail")).isEqualTo("kerry@example.org");
		// The other parent, and the child, are redacted: labels without values.
		for (var other : List.of(families.father(), families.child())) {
			for (var field : item(first, other.toString()).get("fields")) {
				assertThat(field.get("redacted").asBoolean()).isTrue();
				assertThat(field.has("value")).isFalse();
				assertThat(field.get("reason").asString()).isEqualTo("Another person's information");
			}
		}
		assertThat(text).doesNotContain("Darren")
			.doesNotContain("darren@example.org")
			.doesNotContain("A9876ZZ")
			.doesNotContain("Jayden");
		// The partner in the second family consented to who they are being shared.
		var second = section(pack, "Family record " + families.secondReference());
		assertThat(value(item(second, families.partner().toString()), "Name")).isEqualTo("Lee " + name + "ley");

		// Who viewed their record: the support worker, by name and organisation.
		var viewed = section(pack, "Who viewed or changed your records");
		assertThat(viewed.get("items")
			.valueStream()
			.anyMatch(i -> "Viewed a family's record".equals(i.get("heading").asString())
					&& "Demo support worker".equals(value(i, "Who"))))
			.isTrue();

		// The PDF, and both downloads audited; each family's read audited on the request.
		mvc.perform(get("/privacy/requests/" + request + "/package.pdf").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		assertThat(audit("SUBJECT_ACCESS_PACKAGE_DOWNLOADED", "privacy_request", request))
			.containsExactlyInAnyOrder("ALLOWED ROLE " + request + " JSON", "ALLOWED ROLE " + request + " PDF");
		assertThat(audit("SUBJECT_ACCESS_FAMILY_READ", "family", families.first()))
			.containsExactly("ALLOWED ROLE " + request + " for the person's subject access package");
		assertThat(audit("LIKELY_MATCH_SHOWN", "family", families.second())).isNotEmpty()
			.allMatch(line -> line.startsWith("ALLOWED ROLE " + request));

		// Answered: the officer's sight of the families ends; the package stays.
		var version = jdbc.sql("select version from privacy_request where id = :id")
			.param("id", request)
			.query(Long.class)
			.single();
		mvc.perform(post("/privacy/requests/" + request + "/answer").with(user(officer))
			.with(csrf())
			.param("version", version.toString())).andExpect(status().isFound());
		assertThat(page(get("/privacy/requests/" + request).with(user(officer)))).contains("Answered")
			.contains("Download the package (PDF)");
		mvc.perform(get("/privacy/requests/" + request + "/package.json").with(user(officer)))
			.andExpect(status().isOk());
		mvc.perform(get("/privacy/requests/" + request + "/find").with(user(officer))).andExpect(status().isFound());
	}

	/**
	 * The same person's referral, court desk contact and a network meeting's minute that
	 * names her, found by the other modules' sources (P4) in the same package, with the
	 * other parent still redacted.
	 */
	@Test
	void theSamePackageHoldsTheirReferralCourtDeskContactAndNetworkMinute() throws Exception {
		var officer = fixtures.officer();
		var name = SubjectAccessFixtures.uniqueName("Ashgrove");
		var families = fixtures.twoFamilies(name);
		privacy.referralPerson(families.mother(), "Kerry", name, LocalDate.of(1990, 7, 9), "kerry@example.org");
		privacy.courtDeskContact("Kerry", name, "07700 900123");
		var network = agenda.network();
		var meeting = agenda.meeting(network.id(), Instant.now().minus(Duration.ofDays(10)), network.coordinator());
		var item = UUID.randomUUID();
		jdbc.sql("""
				insert into network_agenda_item (id, meeting_id, position, kind, summary, raised_by)
				values (:id, :meeting, 1, 'other', 'Any other business', :by)
				""").param("id", item).param("meeting", meeting).param("by", network.coordinator().id()).update();
		jdbc.sql("""
				insert into network_minutes (meeting_id, number, status, published_at, published_by, created_by)
				values (:meeting, 1, 'published', now(), :by, :by)
				""").param("meeting", meeting).param("by", network.coordinator().id()).update();
		jdbc.sql("""
				insert into network_minute (meeting_id, number, item_id, text, written_by)
				values (:meeting, 1, :item, :text, :by)
				""")
			.param("meeting", meeting)
			.param("item", item)
			.param("text", "Kerry " + name + " asked how to book visits.")
			.param("by", network.coordinator().id())
			.update();
		var request = record(officer, "Kerry " + name, today(), "07700 900123");
		mvc.perform(post("/privacy/requests/" + request + "/find").with(user(officer))
			.with(csrf())
			.param("people", families.mother().toString(), families.motherAgain().toString()));
		mvc.perform(post("/privacy/requests/" + request + "/package").with(user(officer)).with(csrf()));
		var text = page(get("/privacy/requests/" + request + "/package.json").with(user(officer)));

		assertThat(titles(json.readTree(text))).contains("Family record " + families.firstReference(),
				"Family record " + families.secondReference(), "Referrals", "Court desk contacts", "Network meetings",
				"Who viewed or changed your records");
		assertThat(text).doesNotContain("Darren").doesNotContain("A9876ZZ");
	}

	@Test
	void theApiAnswersTheSamePackageForAnOpenRequestOnly() throws Exception {
		var officer = fixtures.officer();
		var token = "Bearer " + tokens.issue(officer, "subject access", Duration.ofHours(1)).secret();
		var name = SubjectAccessFixtures.uniqueName("Brackley");
		var families = fixtures.twoFamilies(name);
		var request = record(officer, "Kerry " + name, today());
		mvc.perform(post("/privacy/requests/" + request + "/find").with(user(officer))
			.with(csrf())
			.param("people", families.mother().toString(), families.motherAgain().toString()));

		var answer = mvc
			.perform(get("/api/subject-access").param("request", request.toString())
				.param("dateOfBirth", "1990-07-09")
				.param("name", "kerry " + name)
				.header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		var pack = json.readTree(answer.getContentAsString());
		assertThat(titles(pack)).contains("Family record " + families.firstReference(), "Consents");
		assertThat(answer.getContentAsString()).doesNotContain("Darren");
		assertThat(audit("SUBJECT_ACCESS_API_READ", "privacy_request", request)).hasSize(1);

		// Identifiers the service does not use, bad or unmatched ones, no such request.
		mvc.perform(get("/api/subject-access").param("prn", "A1234BC").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().is(209));
		mvc.perform(get("/api/subject-access").param("request", "not-an-id").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/subject-access").param("request", request.toString())
			.param("dateOfBirth", "1991-01-01")
			.header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/subject-access").param("request", request.toString())
			.param("dateOfBirth", "9 July 1990")
			.header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/subject-access").param("request", UUID.randomUUID().toString())
			.header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().isNotFound());

		// Nothing held about someone: 204.
		var nobody = record(officer, "Nobody " + SubjectAccessFixtures.uniqueName("Unheld"), today());
		mvc.perform(
				get("/api/subject-access").param("request", nobody.toString()).header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isNoContent());

		// Once answered, the request reads nothing more.
		jdbc.sql("update privacy_request set status = 'ANSWERED' where id = :id").param("id", request).update();
		mvc.perform(get("/api/subject-access").param("request", request.toString())
			.header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().isForbidden());
	}

	@Test
	void aRequestWithoutAnIdentityCheckOrReceivedInTheFutureIsRefusedAndNothingSaved() throws Exception {
		var officer = fixtures.officer();
		var name = "Kerry " + SubjectAccessFixtures.uniqueName("Refused");
		var tomorrow = today().plusDays(1);
		var page = page(post("/privacy/requests/new").with(user(officer))
			.with(csrf())
			.param("kind", "ACCESS")
			.param("fullName", name)
			.param("receivedOn.day", String.valueOf(tomorrow.getDayOfMonth()))
			.param("receivedOn.month", String.valueOf(tomorrow.getMonthValue()))
			.param("receivedOn.year", String.valueOf(tomorrow.getYear())));

		assertThat(page).contains("There is a problem")
			.contains("Choose how their identity was checked")
			.contains("The date received must be today or in the past");
		assertThat(jdbc.sql("select count(*) from privacy_request where full_name = :name")
			.param("name", name)
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/privacy/requests/" + UUID.randomUUID()).with(user(officer))).andExpect(status().isNotFound());
		// An erasure request's page leads to its decision (rectification and erasure).
		var erasure = privacy.request("ERASURE", name, null, null, null, Map.of());
		assertThat(page(get("/privacy/requests/" + erasure).with(user(officer))))
			.contains("Decide whether to erase their data")
			.doesNotContain("Produce the package");
		mvc.perform(get("/privacy/requests").with(users.as(Role.SUPPORT_WORKER))).andExpect(status().isForbidden());
	}

	private UUID record(StaffPrincipal officer, String fullName, LocalDate receivedOn) throws Exception {
		return record(officer, fullName, receivedOn, "");
	}

	private UUID record(StaffPrincipal officer, String fullName, LocalDate receivedOn, String phone) throws Exception {
		var location = mvc
			.perform(post("/privacy/requests/new").with(user(officer))
				.with(csrf())
				.param("phone", phone)
				.param("kind", "ACCESS")
				.param("fullName", fullName)
				.param("dateOfBirth.day", "9")
				.param("dateOfBirth.month", "7")
				.param("dateOfBirth.year", "1990")
				.param("identityCheck", "PHOTO_ID_IN_PERSON")
				.param("details", "Everything you hold about me")
				.param("receivedOn.day", String.valueOf(receivedOn.getDayOfMonth()))
				.param("receivedOn.month", String.valueOf(receivedOn.getMonthValue()))
				.param("receivedOn.year", String.valueOf(receivedOn.getYear())))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private List<String> audit(String action, String recordType, UUID recordId) {
		return jdbc.sql("""
				select outcome || ' ' || basis || ' ' || coalesce(basis_reference, '') || coalesce(' ' || detail, '')
				from audit_event where action = :action and record_type = :type and record_id = :id order by id
				""")
			.param("action", action)
			.param("type", recordType)
			.param("id", recordId.toString())
			.query(String.class)
			.list();
	}

	private static List<String> titles(JsonNode pack) {
		var titles = new ArrayList<String>();
		pack.get("sections").forEach(s -> titles.add(s.get("title").asString()));
		return titles;
	}

	private static JsonNode section(JsonNode pack, String title) {
		return pack.get("sections")
			.valueStream()
			.filter(s -> title.equals(s.get("title").asString()))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode item(JsonNode section, String recordId) {
		return section.get("items")
			.valueStream()
			.filter(i -> recordId.equals(i.get("recordId").asString()))
			.findFirst()
			.orElseThrow();
	}

	private static String value(JsonNode item, String label) {
		return item.get("fields")
			.valueStream()
			.filter(f -> label.equals(f.get("label").asString()) && f.has("value"))
			.map(f -> f.get("value").asString())
			.findFirst()
			.orElse(null);
	}

}
