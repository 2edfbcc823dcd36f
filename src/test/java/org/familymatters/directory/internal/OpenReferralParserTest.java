package org.familymatters.directory.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import org.familymatters.directory.DirectoryService;
import org.familymatters.identity.Locality;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Open Referral UK parser, without Spring or a database: good services become drafts,
 * each bad one a refusal with its reason, checked with the service form's rules.
 */
class OpenReferralParserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant NOW = Instant.parse("2026-04-30T09:00:00Z");

	private static final Locality SLOUGH = new Locality(UUID.randomUUID(), "Slough", "Berkshire", 0L);

	private static final Map<String, Locality> PLACES = Map.of("slough", SLOUGH);

	private static ObjectNode service() {
		return (ObjectNode) JSON.readTree("""
				{
				  "id": "f1ee0000-0000-4000-8000-0000000000f1",
				  "name": "  Kinship carers drop-in  ",
				  "description": "Tea and advice.",
				  "email": "dropin@example.org",
				  "url": "https://example.org/kinship",
				  "minimum_age": 5,
				  "maximum_age": 16,
				  "organization": {"id": "f1ee0000-0000-4000-8000-0000000000a1", "name": "Kinship trust",
				                   "email": "hello@example.org", "website": "https://example.org"},
				  "schedules": [{"byday": "MO,WE", "opens_at": "18:00:00", "closes_at": "20:00:00"},
				                {"byday": "SA", "opens_at": "9.30", "closes_at": "12:00"}],
				  "service_areas": [{"name": "Slough"}, {"extent": "Berkshire"}],
				  "phones": [{"number": "01632 960000"}],
				  "contacts": [{"name": "Team", "email": "team@example.org"}],
				  "attributes": [{"taxonomy_term": {"id": "f1ee0000-0000-4000-8000-0000000000c1",
				                  "taxonomy_id": "f1ee0000-0000-4000-8000-0000000000b1", "name": "Education"}}]
				}
				""");
	}

	private static OpenReferralParser.Parsed parse(JsonNode node) {
		return OpenReferralParser.service(node, PLACES, NOW);
	}

	private static String refusal(ObjectNode node) {
		var parsed = parse(node);
		assertThat(parsed.refused()).as("refused").isTrue();
		return parsed.refusal();
	}

	@Test
	void aGoodServiceBecomesADraft() {
		var parsed = parse(service());
		assertThat(parsed.refused()).isFalse();
		var draft = parsed.draft();
		var summary = draft.service().summary();
		assertThat(summary.name()).isEqualTo("Kinship carers drop-in");
		assertThat(summary.email()).isEqualTo("dropin@example.org");
		assertThat(summary.minimumAge()).isEqualTo(5);
		assertThat(summary.lastModified()).isEqualTo(NOW);
		assertThat(draft.organisation().website()).isEqualTo("https://example.org");
		assertThat(draft.service().schedules()).extracting(DirectoryService.Schedule::day)
			.containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY);
		assertThat(draft.service().schedules().get(2).opensAt()).isEqualTo(LocalTime.of(9, 30));
		assertThat(draft.service().areas()).extracting(DirectoryService.Area::localityId)
			.containsExactly(SLOUGH.id(), null);
		assertThat(draft.newTerms()).extracting(OpenReferralParser.TermDraft::name).containsExactly("Education");
		assertThat(parse(service()).draft().service().schedules().get(0).id())
			.as("ids the feed leaves out are the same each time")
			.isEqualTo(draft.service().schedules().get(0).id());
	}

	@Test
	void anEmailAddressIsCheckedAsTheServiceFormChecksIt() {
		var node = service();
		node.put("email", "not an email");
		assertThat(refusal(node)).isEqualTo("email must be an email address such as name@example.org");
		node = service();
		((ObjectNode) node.path("organization")).put("email", "hello@");
		assertThat(refusal(node)).isEqualTo("organization.email must be an email address such as name@example.org");
		node = service();
		((ObjectNode) node.path("contacts").get(0)).put("email", "@example.org");
		assertThat(refusal(node)).isEqualTo("contacts[1].email must be an email address such as name@example.org");
	}

	@Test
	void phonesAndWebAddressesAreCheckedAsTheFormChecksThem() {
		var node = service();
		((ObjectNode) node.path("phones").get(0)).put("number", "call us");
		assertThat(refusal(node)).startsWith("phones[1].number must be a phone number");
		node = service();
		node.put("url", "javascript:alert(1)");
		assertThat(refusal(node)).isEqualTo("url must be a web address starting http:// or https://");
		node = service();
		((ObjectNode) node.path("organization")).put("website", "www.example.org");
		assertThat(refusal(node)).isEqualTo("organization.website must be a web address starting http:// or https://");
	}

	@Test
	void textWithANulCharacterOrTooLongIsRefused() {
		var node = service();
		node.put("name", "Drop-in\u0000");
		assertThat(refusal(node)).isEqualTo("name holds hidden control characters");
		node = service();
		node.put("name", "x".repeat(201));
		assertThat(refusal(node)).isEqualTo("name must be 200 characters or fewer");
		node = service();
		node.put("name", "  ");
		assertThat(refusal(node)).isEqualTo("name is missing");
	}

	@Test
	void agesFollowTheServiceRules() {
		var node = service();
		node.put("minimum_age", 16);
		node.put("maximum_age", 5);
		assertThat(refusal(node)).isEqualTo("minimum_age must not be more than maximum_age");
		node = service();
		node.put("maximum_age", 121);
		assertThat(refusal(node)).isEqualTo("maximum_age must be a whole number from 0 to 120");
		node = service();
		node.put("minimum_age", "5");
		assertThat(refusal(node)).isEqualTo("minimum_age must be a whole number from 0 to 120");
	}

	@Test
	void openingHoursFollowTheServiceRules() {
		var node = service();
		((ObjectNode) node.path("schedules").get(0)).put("opens_at", "25:00");
		assertThat(refusal(node)).isEqualTo("schedules[1].opens_at must be a time such as 09:30");
		node = service();
		((ObjectNode) node.path("schedules").get(0)).put("closes_at", "17:00");
		assertThat(refusal(node)).isEqualTo("schedules[1]: opens_at must be before closes_at");
		node = service();
		((ObjectNode) node.path("schedules").get(1)).remove("closes_at");
		assertThat(refusal(node)).isEqualTo("schedules[2]: give both opens_at and closes_at, or neither");
	}

	@Test
	void otherMistakesAreRefusedWithTheirReason() {
		var node = service();
		node.remove("organization");
		assertThat(refusal(node)).startsWith("organization is missing");
		node = service();
		node.put("status", "open");
		assertThat(refusal(node)).startsWith("status must be one of");
		node = service();
		node.put("id", "not-a-uuid");
		assertThat(refusal(node)).isEqualTo("id must be a UUID");
		node = service();
		((ObjectNode) node.path("phones").get(0)).put("id", "f1ee0000-0000-4000-8000-0000000000f1");
		((ObjectNode) node.path("contacts").get(0)).put("id", "f1ee0000-0000-4000-8000-0000000000f1");
		assertThat(refusal(node)).endsWith("is used twice in this service");
		assertThat(refusal((ObjectNode) JSON.readTree("{\"name\": \"x\"}"))).isEqualTo("id is missing");
	}

	@Test
	void aFeedIsAPageAListOrOneService() {
		assertThat(OpenReferralParser.services(JSON.readTree("{\"contents\": [{}, {}]}")))
			.hasValueSatisfying(services -> assertThat(services).hasSize(2));
		assertThat(OpenReferralParser.services(JSON.readTree("[{}]")))
			.hasValueSatisfying(services -> assertThat(services).hasSize(1));
		assertThat(OpenReferralParser.services(service()))
			.hasValueSatisfying(services -> assertThat(services).hasSize(1));
		assertThat(OpenReferralParser.services(JSON.readTree("{\"hello\": 1}"))).isEmpty();
	}

	@Test
	void taxonomiesAndTermsWithoutIdOrNameAreLeftOut() {
		var nameless = JSON.readTree("{\"id\": \"f1ee0000-0000-4000-8000-0000000000b1\"}");
		assertThat(OpenReferralParser.taxonomy(nameless)).isEmpty();
		var education = JSON.readTree("""
				{"id": "f1ee0000-0000-4000-8000-0000000000c1", "name": "Education",
				 "taxonomy_id": "f1ee0000-0000-4000-8000-0000000000b1"}
				""");
		var term = OpenReferralParser.term(education).orElseThrow();
		assertThat(term.code()).as("a term without a code").isEqualTo("f1ee0000-0000-4000-8000-0000000000c1");
		assertThat(OpenReferralParser.term(nameless)).isEmpty();
	}

}
