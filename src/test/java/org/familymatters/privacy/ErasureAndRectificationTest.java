package org.familymatters.privacy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.SubjectAccessSource;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.familymatters.training.TrainingFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data protection officer's decisions on requests to correct or erase data (ADR
 * 0018): an erasure carried out across the modules, each erasing its own rows and saying
 * what it did, with another person's records untouched; an erasure refused while a
 * safeguarding hold is on the family, and the refusal recorded with its reason; a date of
 * birth corrected on the family record; guessed ids and bad input.
 */
@IntegrationTest
class ErasureAndRectificationTest {

	private static final Duration CARRIED_OUT = Duration.ofSeconds(20);

	private static final List<String> EVERY_MODULE = List.of("consent", "courtdesk", "family", "network", "plan",
			"referral", "training");

	@Autowired
	MockMvc mvc;

	@Autowired
	PrivacyFixtures privacy;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestUsers users;

	@Autowired
	List<SubjectAccessSource> sources;

	@Test
	void anErasureCarriedOutLeavesEachModuleErasingItsOwnRowsAndAnotherPersonsUntouched() throws Exception {
		var given = PrivacyFixtures.unique("Erin");
		var familyName = PrivacyFixtures.unique("Q");
		var otherGiven = PrivacyFixtures.unique("Olly");
		var born = LocalDate.of(1985, 5, 1);
		var email = given.toLowerCase() + "@example.org";
		var phone = "07700 9" + (100_00 + (int) (Math.random() * 89_999));
		var family = privacy.family();
		var erin = privacy.person(family, given, familyName, born, email, phone);
		var other = privacy.person(family, otherGiven, familyName, LocalDate.of(1983, 2, 2), null, null);
		var herFile = privacy.attachment(family, given + " " + familyName + " letter.pdf");
		var familyFile = privacy.attachment(family, "tenancy.pdf");
		var note = privacy.timelineNote(family, "Called " + given + " about the visit; " + otherGiven + " was there");
		var herReferral = privacy.referralPerson(erin, given, familyName, born, email);
		var otherReferral = privacy.referralPerson(other, otherGiven, familyName, null, null);
		var herContact = privacy.courtDeskContact(given, familyName, phone);
		var otherContact = privacy.courtDeskContact(otherGiven, familyName, "07700 900999");
		var trainer = training.trainer();
		var session = training.session(training.course("WORKSHOP", trainer), LocalDate.now(ServiceTime.ZONE), 10, null,
				trainer);
		var herBooking = training.booking(session, "BOOKED", "VOLUNTEER", "VOLUNTARY", "FRONT_LINE", "A charity");
		var otherBooking = training.booking(session, "BOOKED", "VOLUNTEER", "VOLUNTARY", "FRONT_LINE", "A charity");
		// The booking was made with her e-mail address.
		privacy.setBookingEmail(herBooking.id(), email);
		var request = privacy.request("ERASURE", given + " " + familyName, born, email, phone, Map.of(erin, family));

		mvc.perform(get("/privacy/requests/" + request + "/decision").with(users.as(Role.DATA_PROTECTION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Request to erase data")))
			.andExpect(content().string(containsString(given + " " + familyName)));
		mvc.perform(post("/privacy/requests/" + request + "/decision").with(users.as(Role.DATA_PROTECTION_OFFICER))
			.with(csrf())
			.param("outcome", "CARRY_OUT")
			.param("reason", "She asked, and nothing requires the service to keep it")
			.param("version", "0")).andExpect(redirectedUrl("/privacy/requests/" + request + "/decision"));

		await().atMost(CARRIED_OUT).until(() -> privacy.outcomes(request).equals(EVERY_MODULE));

		var her = privacy.row("person", "id", erin);
		assertThat(her.get("given_name")).isEqualTo("Erased");
		assertThat(her.get("family_name")).isEqualTo("person");
		assertThat(her.get("date_of_birth")).isNull();
		assertThat(her.get("email")).isNull();
		assertThat(her.get("phone")).isNull();
		assertThat(privacy.row("person", "id", other).get("given_name")).isEqualTo(otherGiven);
		assertThat(privacy.exists("attachment", "id", herFile)).isFalse();
		assertThat(privacy.exists("attachment", "id", familyFile)).isTrue();
		assertThat(privacy.row("family", "id", family).get("postcode")).isEqualTo("OX16 5QB");
		assertThat((String) privacy.row("timeline_entry", "id", note).get("summary")).doesNotContain(given)
			.contains(otherGiven);
		assertThat(privacy.row("referral_person", "id", herReferral).get("given_name")).isEqualTo("Erased");
		assertThat(privacy.row("referral_person", "id", herReferral).get("email")).isNull();
		assertThat(privacy.row("referral_person", "id", otherReferral).get("given_name")).isEqualTo(otherGiven);
		assertThat(privacy.exists("court_desk_contact_details", "contact_id", herContact)).isFalse();
		assertThat(privacy.exists("court_desk_contact", "id", herContact)).isTrue();
		assertThat(privacy.exists("court_desk_contact_details", "contact_id", otherContact)).isTrue();
		var booking = privacy.row("training_booking", "id", herBooking.id());
		assertThat(booking.get("name")).isEqualTo("Erased person");
		assertThat((String) booking.get("email")).doesNotContain(given.toLowerCase());
		assertThat(booking.get("role")).isEqualTo("VOLUNTEER");
		assertThat(privacy.row("training_booking", "id", otherBooking.id()).get("email"))
			.isEqualTo(otherBooking.email());

		assertThat(privacy.audit("privacy_request", request))
			.contains("PRIVACY_REQUEST_CARRIED_OUT ALLOWED ROLE DATA_PROTECTION_OFFICER");
		assertThat(privacy.audit("family", family)).contains("FAMILY_PERSON_ERASED ALLOWED SYSTEM ERASURE:" + request);
		assertThat(privacy.audit("court_desk_contact", herContact))
			.contains("COURT_DESK_DETAILS_ERASED ALLOWED SYSTEM ERASURE:" + request);
		assertThat(privacy.audit("training_booking", herBooking.id()))
			.contains("TRAINING_BOOKING_ERASED ALLOWED SYSTEM ERASURE:" + request);

		// The page, and the person's package, show what was done.
		mvc.perform(get("/privacy/requests/" + request + "/decision").with(users.as(Role.DATA_PROTECTION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What was done")))
			.andExpect(content().string(containsString("Court desk contacts")))
			.andExpect(content().string(not(containsString("decision-form"))));
		var subject = new DataSubject(request, given + " " + familyName, java.util.Set.of(), born, null, email, phone,
				java.util.Set.of(erin), java.util.Set.of(family));
		var section = sources.stream()
			.filter(s -> s.getClass().getSimpleName().startsWith("RequestsSubjectAccess"))
			.findFirst()
			.orElseThrow()
			.find(subject)
			.get(0);
		assertThat(section.title()).isEqualTo("Your requests to us");
		var fields = section.items().get(0).fields();
		assertThat(fields).anySatisfy(f -> assertThat(f.label()).isEqualTo("Our decision"))
			.anySatisfy(f -> assertThat(f.label()).isEqualTo("What was done: Family records"))
			.anySatisfy(f -> assertThat(f.value()).isEqualTo("She asked, and nothing requires the service to keep it"));
	}

	@Test
	void anErasureUnderASafeguardingHoldIsRefusedAndTheRefusalRecordedWithItsReason() throws Exception {
		var given = PrivacyFixtures.unique("Hana");
		var family = privacy.family();
		var person = privacy.person(family, given, "Held", LocalDate.of(1990, 1, 1), null, null);
		privacy.safeguardingRequest(family);
		var request = privacy.request("ERASURE", given + " Held", null, null, null, Map.of(person, family));
		var page = "/privacy/requests/" + request + "/decision";

		mvc.perform(get(page).with(users.as(Role.DATA_PROTECTION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A safeguarding hold is on FM-")));
		mvc.perform(post(page).with(users.as(Role.DATA_PROTECTION_OFFICER))
			.with(csrf())
			.param("outcome", "CARRY_OUT")
			.param("reason", "She asked")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("their data cannot be erased while it lasts")));
		assertThat(privacy.exists("privacy_request_decision", "request_id", request)).isFalse();
		assertThat(privacy.row("person", "id", person).get("given_name")).isEqualTo(given);
		assertThat(privacy.audit("privacy_request", request))
			.contains("PRIVACY_ERASURE_HELD REFUSED SAFEGUARDING HOLD");

		mvc.perform(post(page).with(users.as(Role.DATA_PROTECTION_OFFICER))
			.with(csrf())
			.param("outcome", "REFUSE")
			.param("reason", "Safeguarding: a hold is on the family")
			.param("version", "0")).andExpect(redirectedUrl(page));
		var decision = privacy.row("privacy_request_decision", "request_id", request);
		assertThat(decision.get("outcome")).isEqualTo("REFUSE");
		assertThat(decision.get("reason")).isEqualTo("Safeguarding: a hold is on the family");
		assertThat(privacy.row("privacy_request", "id", request).get("status")).isEqualTo("REFUSED");
		assertThat(privacy.audit("privacy_request", request))
			.contains("PRIVACY_REQUEST_REFUSED ALLOWED ROLE DATA_PROTECTION_OFFICER");
		mvc.perform(get(page).with(users.as(Role.DATA_PROTECTION_OFFICER)))
			.andExpect(content().string(containsString("Safeguarding: a hold is on the family")))
			.andExpect(content().string(containsString("Refused")));
		// Nothing was erased.
		assertThat(privacy.row("person", "id", person).get("given_name")).isEqualTo(given);
		assertThat(privacy.outcomes(request)).isEmpty();
	}

	@Test
	void aHoldASafeguardingLeadPlacedOnTheFamilyAlsoStopsAnErasure() throws Exception {
		var given = PrivacyFixtures.unique("Ines");
		var family = privacy.family();
		var person = privacy.person(family, given, "Kept", LocalDate.of(1991, 2, 2), null, null);
		privacy.holdUntil(family, LocalDate.now(ServiceTime.ZONE).plusMonths(6));
		var request = privacy.request("ERASURE", given + " Kept", null, null, null, Map.of(person, family));
		var page = "/privacy/requests/" + request + "/decision";
		mvc.perform(post(page).with(users.as(Role.DATA_PROTECTION_OFFICER))
			.with(csrf())
			.param("outcome", "CARRY_OUT")
			.param("reason", "She asked")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("their data cannot be erased while it lasts")));
		assertThat(privacy.exists("privacy_request_decision", "request_id", request)).isFalse();
		assertThat(privacy.row("person", "id", person).get("given_name")).isEqualTo(given);
	}

	@Test
	void aCorrectedDateOfBirthChangesTheFamilyRecordAndIsAudited() throws Exception {
		var given = PrivacyFixtures.unique("Rae");
		var family = privacy.family();
		var person = privacy.person(family, given, "Corrected", LocalDate.of(1985, 1, 5), null, null);
		var request = privacy.request("RECTIFICATION", given + " Corrected", LocalDate.of(1985, 5, 1), null, null,
				Map.of(person, family));
		var page = "/privacy/requests/" + request + "/decision";

		mvc.perform(get(page).with(users.as(Role.DATA_PROTECTION_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Whose record is wrong?")))
			.andExpect(content().string(containsString(given + " Corrected (FM-")));
		// The corrected value goes through the family forms' rules.
		mvc.perform(post(page).with(users.as(Role.DATA_PROTECTION_OFFICER))
			.with(csrf())
			.param("outcome", "CARRY_OUT")
			.param("reason", "Her birth certificate shows 1 May")
			.param("personId", person.toString())
			.param("field", "dateOfBirth")
			.param("correctedDate.day", "31")
			.param("correctedDate.month", "2")
			.param("correctedDate.year", "1985")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a real date")));
		mvc.perform(post(page).with(users.as(Role.DATA_PROTECTION_OFFICER))
			.with(csrf())
			.param("outcome", "CARRY_OUT")
			.param("reason", "Her birth certificate shows 1 May")
			.param("personId", person.toString())
			.param("field", "dateOfBirth")
			.param("correctedDate.day", "1")
			.param("correctedDate.month", "5")
			.param("correctedDate.year", "1985")
			.param("version", "0")).andExpect(redirectedUrl(page));

		await().atMost(CARRIED_OUT).until(() -> privacy.outcomes(request).equals(List.of("family")));
		var row = privacy.row("person", "id", person);
		assertThat(row.get("date_of_birth").toString()).isEqualTo("1985-05-01");
		assertThat(row.get("given_name")).isEqualTo(given);
		assertThat(privacy.audit("family", family)).contains("PERSON_CHANGED ALLOWED SYSTEM RECTIFICATION:" + request);
		var decision = privacy.row("privacy_request_decision", "request_id", request);
		assertThat(decision.get("field")).isEqualTo("dateOfBirth");
		assertThat(decision.get("corrected_value")).isEqualTo("1985-05-01");
	}

	@Test
	void guessedIdsAndRequestsToSeeDataAreNotFound() throws Exception {
		var access = privacy.request("ACCESS", PrivacyFixtures.unique("Ada") + " Seen", null, null, null, Map.of());
		for (var id : List.of(UUID.randomUUID().toString(), access.toString())) {
			mvc.perform(get("/privacy/requests/" + id + "/decision").with(users.as(Role.DATA_PROTECTION_OFFICER)))
				.andExpect(status().isNotFound());
			mvc.perform(post("/privacy/requests/" + id + "/decision").with(users.as(Role.DATA_PROTECTION_OFFICER))
				.with(csrf())
				.param("outcome", "REFUSE")
				.param("reason", "Not our data")
				.param("version", "0")).andExpect(status().isNotFound());
		}
		mvc.perform(get("/privacy/requests/not-an-id/decision").with(users.as(Role.DATA_PROTECTION_OFFICER)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aReasonWithANulOrTenThousandWordsIsRefusedByTheFieldAndNothingIsSaved() throws Exception {
		var family = privacy.family();
		var person = privacy.person(family, PrivacyFixtures.unique("Nel"), "Input", null, null, null);
		var request = privacy.request("ERASURE", "Nel Input", null, null, null, Map.of(person, family));
		var page = "/privacy/requests/" + request + "/decision";
		for (var reason : List.of("Not our\u0000 data", "word ".repeat(10_000))) {
			mvc.perform(post(page).with(users.as(Role.DATA_PROTECTION_OFFICER))
				.with(csrf())
				.param("outcome", "REFUSE")
				.param("reason", reason)
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("govuk-error-summary")))
				.andExpect(content().string(containsString("#reason")));
		}
		mvc.perform(post(page).with(users.as(Role.DATA_PROTECTION_OFFICER)).with(csrf()).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose whether to carry the request out or refuse it")))
			.andExpect(content().string(containsString("Give the reason for the decision")));
		assertThat(privacy.exists("privacy_request_decision", "request_id", request)).isFalse();
	}

}
