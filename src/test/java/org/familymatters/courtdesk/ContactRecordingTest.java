package org.familymatters.courtdesk;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.familymatters.courtdesk.internal.ContactRecording;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.FirstTimeInCustody;
import org.familymatters.courtdesk.internal.NewContact;
import org.familymatters.courtdesk.internal.Outcome;
import org.familymatters.courtdesk.internal.Relationship;
import org.familymatters.identity.internal.UserAdministration;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recording a contact at a court desk: an anonymous contact keeps nothing that identifies
 * anyone; with agreement, the details, the witnessed consent and a referral to the
 * family's locality; bad input is refused by the field with nothing saved; a resubmission
 * is stored once and acknowledged again, as a page and as JSON for the offline outbox.
 */
@IntegrationTest
class ContactRecordingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CourtDeskContactData data;

	@Autowired
	ContactRecording recording;

	UserAdministration.NewUser volunteer;

	@BeforeEach
	void aVolunteerAtReading() {
		volunteer = data.volunteer(Courts.READING);
	}

	@Test
	void theFormOpensForAVolunteerWithTodaysDateAndAKey() throws Exception {
		var today = ZonedDateTime.now(ServiceTime.ZONE);
		mvc.perform(get("/court-desk/contacts/new").with(data.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reading Crown Court")))
			.andExpect(content().string(containsString("Who came to the desk?")))
			.andExpect(content().string(containsString("Children and young people")))
			.andExpect(html("name=\"met.year\" value=\"" + today.getYear() + "\""))
			.andExpect(html("name=\"idempotencyKey\" value=\"[0-9a-f-]{36}\""))
			.andExpect(html("/js/court-desk-contact-[0-9a-f]{32}\\.js"));
	}

	@Test
	void anAnonymousContactStoresNothingThatIdentifiesAnyone() throws Exception {
		var key = UUID.randomUUID();
		var form = CourtDeskContactData.anonymous(key);
		var marker = "Zyx" + UUID.randomUUID().toString().substring(0, 8);
		// Typed in the personal fields, then the person said no: none of it may be kept.
		form.put("givenName", marker + "given");
		form.put("familyName", marker + "family");
		form.put("phone", "07700 900" + marker.length());
		form.put("email", marker + "@example.org");
		form.put("localityId", data.locality("Slough").toString());
		form.put("bestTime", marker + "mornings");
		form.put("explained", "yes");
		long referrals = data.referralsBy(volunteer);

		mvc.perform(CourtDeskContactData.send(form, data.as(volunteer)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/court-desk/contacts/*/recorded"));

		var id = jdbc.sql("select id from court_desk_contact where recorded_by = :v and idempotency_key = :k")
			.param("v", volunteer.account().id())
			.param("k", key)
			.query(UUID.class)
			.single();
		var row = jdbc
			.sql("""
					select court_id, agrees_to_contact, referral_id, referral_reference, children_count, children_under_5,
					       outcome, sentence_band, first_time_in_custody, relationship, emotional_support, leaflets::text as leaflets,
					       c::text as whole
					from court_desk_contact c where id = :id
					""")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row).containsEntry("court_id", Courts.READING)
			.containsEntry("agrees_to_contact", false)
			.containsEntry("referral_id", null)
			.containsEntry("referral_reference", null)
			.containsEntry("children_count", 2)
			.containsEntry("outcome", "immediate_custody")
			.containsEntry("sentence_band", "1_to_4_years")
			.containsEntry("leaflets", "{helpline}");
		assertThat((String) row.get("whole")).doesNotContain(marker).doesNotContain("07700");
		assertThat(count("select count(*) from court_desk_contact_details where contact_id = '" + id + "'")).isZero();
		assertThat(count("select count(*) from court_desk_consent where contact_id = '" + id + "'")).isZero();
		assertThat(count("select count(*) from court_desk_contact_concern where contact_id = '" + id + "'")).isOne();
		assertThat(count("select count(*) from court_desk_contact_service where contact_id = '" + id + "'")).isOne();
		assertThat(data.referralsBy(volunteer)).isEqualTo(referrals);
		assertThat(count("select count(*) from referral_person where given_name like '" + marker + "%'"
				+ " or family_name like '" + marker + "%'"))
			.isZero();
		assertThat(count("select count(*) from court_desk_contact_details where given_name like '" + marker + "%'"))
			.isZero();
		assertThat(count("select count(*) from audit_event where coalesce(detail, '') || coalesce(basis_reference, '')"
				+ " || coalesce(record_id, '') like '%" + marker + "%' or detail like '%07700%'"))
			.isZero();
		assertThat(jdbc.sql("""
				select basis || ' ' || detail from audit_event
				where action = 'COURT_DESK_CONTACT_RECORDED' and record_id = :id
				""").param("id", id.toString()).query(String.class).single()).startsWith("ROLE CD-")
			.endsWith("anonymous");
		assertThat(
				count("select count(*) from audit_event where action = 'COURT_DESK_CONSENT_RECORDED' and record_id = '"
						+ id + "'"))
			.isZero();
	}

	@Test
	void withAgreementTheDetailsConsentAndAReferralToSloughAreKeptAndSloughsTriageShowsIt() throws Exception {
		var key = UUID.randomUUID();
		var familyName = "Court" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "q");
		mvc.perform(CourtDeskContactData.send(data.agreed(key, familyName, "Slough"), data.as(volunteer)))
			.andExpect(status().is3xxRedirection());

		var contact = jdbc.sql("""
				select id, referral_id, referral_reference from court_desk_contact
				where recorded_by = :v and idempotency_key = :k
				""").param("v", volunteer.account().id()).param("k", key).query().singleRow();
		var id = (UUID) contact.get("id");
		var referralId = (UUID) contact.get("referral_id");
		assertThat(referralId).isNotNull();
		assertThat(jdbc.sql(
				"select given_name, family_name, phone, email, locality_id, best_time from court_desk_contact_details where contact_id = :id")
			.param("id", id)
			.query()
			.singleRow()).containsEntry("given_name", "Marnie")
			.containsEntry("family_name", familyName)
			.containsEntry("phone", "0118 496 0123")
			.containsEntry("email", "marnie@example.org")
			.containsEntry("locality_id", data.locality("Slough"))
			.containsEntry("best_time", "Weekday mornings");
		assertThat(jdbc.sql("select method, witness, purpose from court_desk_consent where contact_id = :id")
			.param("id", id)
			.query()
			.singleRow()).containsEntry("method", "verbal_witnessed")
			.containsEntry("witness", volunteer.account().displayName())
			.containsEntry("purpose", ContactRecording.PURPOSE);
		var referral = jdbc
			.sql("""
					select source, locality_id, reference, referrer_name, referrer_organisation_id, consent_to_contact, reason,
					       best_time_to_call,
					       (select count(*) from referral_need n where n.referral_id = r.id) as needs,
					       (select count(*) from referral_criterion_met m where m.referral_id = r.id) as criteria
					from referral r where id = :id
					""")
			.param("id", referralId)
			.query()
			.singleRow();
		assertThat(referral).containsEntry("source", "court_desk")
			.containsEntry("locality_id", data.locality("Slough"))
			.containsEntry("reference", contact.get("referral_reference"))
			.containsEntry("referrer_name", volunteer.account().displayName())
			.containsEntry("referrer_organisation_id", volunteer.account().organisationId())
			.containsEntry("consent_to_contact", true)
			.containsEntry("needs", 1L)
			.containsEntry("best_time_to_call", "Weekday mornings")
			.as("in custody, children, lives in Slough, agrees: 4 of Slough's 5 criteria")
			.containsEntry("criteria", 4L);
		assertThat((String) referral.get("reason")).startsWith("Met at the Reading Crown Court desk on ")
			.contains("immediate custody, 1 to 4 years, first time in custody; 2 children (1 under 5, 1 aged 5 to 11)");
		assertThat(jdbc.sql("select given_name, family_name, role, phone from referral_person where referral_id = :id")
			.param("id", referralId)
			.query()
			.singleRow()).containsEntry("given_name", "Marnie")
			.containsEntry("family_name", familyName)
			.containsEntry("role", "partner")
			.containsEntry("phone", "0118 496 0123");
		assertThat(jdbc
			.sql("select basis from audit_event where action = 'COURT_DESK_CONSENT_RECORDED' and record_id = :id")
			.param("id", id.toString())
			.query(String.class)
			.single()).isEqualTo("CONSENT");
		assertThat(jdbc
			.sql("select detail from audit_event where action = 'COURT_DESK_CONTACT_RECORDED' and record_id = :id")
			.param("id", id.toString())
			.query(String.class)
			.single()).doesNotContain(familyName).doesNotContain("Marnie");

		var slough = data.sloughSupportWorker();
		mvc.perform(get("/referrals/triage").param("source", "court_desk").with(data.as(slough)))
			.andExpect(status().isOk());
		mvc.perform(get("/referrals/" + referralId).with(data.as(slough)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString((String) contact.get("referral_reference"))))
			.andExpect(content().string(containsString("4 of the 5 criteria for Slough")));
		mvc.perform(get("/court-desk/contacts/" + id + "/recorded").with(data.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contact recorded")))
			.andExpect(content().string(containsString((String) contact.get("referral_reference"))))
			.andExpect(content().string(containsString("Record another contact")));
	}

	static Stream<Arguments> badInput() {
		var soon = ZonedDateTime.now(ServiceTime.ZONE).plusHours(1);
		boolean sameDay = soon.toLocalDate().equals(ZonedDateTime.now(ServiceTime.ZONE).toLocalDate());
		var old = ZonedDateTime.now(ServiceTime.ZONE).minusDays(15);
		var cases = new ArrayList<Arguments>();
		cases.add(Arguments.of("a time in the future", (Consumer<Map<String, String>>) f -> {
			f.put("met.day", String.valueOf(soon.getDayOfMonth()));
			f.put("met.month", String.valueOf(soon.getMonthValue()));
			f.put("met.year", String.valueOf(soon.getYear()));
			f.put("time", String.format("%02d:%02d", soon.getHour(), soon.getMinute()));
		}, sameDay ? "The time you met them must not be in the future"
				: "The date you met them must not be in the future"));
		cases.add(Arguments.of("a date in the future", (Consumer<Map<String, String>>) f -> {
			var tomorrow = ZonedDateTime.now(ServiceTime.ZONE).plusDays(1);
			f.put("met.day", String.valueOf(tomorrow.getDayOfMonth()));
			f.put("met.month", String.valueOf(tomorrow.getMonthValue()));
			f.put("met.year", String.valueOf(tomorrow.getYear()));
		}, "The date you met them must not be in the future"));
		cases.add(Arguments.of("more than 14 days ago", (Consumer<Map<String, String>>) f -> {
			f.put("met.day", String.valueOf(old.getDayOfMonth()));
			f.put("met.month", String.valueOf(old.getMonthValue()));
			f.put("met.year", String.valueOf(old.getYear()));
		}, "must be within the last 14 days"));
		cases.add(bad("not a date", "met.month", "13", "as a real date"));
		cases.add(bad("not a time", "time", "25:61", "on the 24-hour clock"));
		cases.add(bad("no time", "time", "", "Enter the time you met them"));
		cases.add(bad("more than 20 children", "children", "21", "Enter a number from 0 to 20"));
		cases.add(bad("fewer than no children", "children", "-1", "Enter a number from 0 to 20"));
		cases.add(bad("children not a number", "children", "two", "Enter a whole number"));
		cases.add(bad("no count of children", "children", "", "Enter how many children are affected"));
		cases.add(bad("an age group out of range", "children12To17", "25", "Enter a number from 0 to 20"));
		cases.add(bad("age groups adding up to more than the children", "children12To17", "1",
				"must not add up to more than the children affected"));
		cases.add(bad("no relationship", "relationship", "", "Choose who came to the desk"));
		cases.add(bad("a relationship not offered", "relationship", "cousin", "Choose who came to the desk"));
		cases.add(bad("no outcome", "outcome", "", "Choose what happened in court"));
		cases.add(bad("a sentence without its length", "sentenceBand", "", "Choose how long the sentence is"));
		cases.add(bad("custody without the first time", "firstTimeInCustody", "", "first time in custody"));
		cases.add(bad("no answer about emotional support", "emotionalSupport", "", "emotional support"));
		cases.add(bad("no answer about contact", "agreesToContact", "", "Choose whether they agree to be contacted"));
		cases.add(bad("an unknown need", "concerns", UUID.randomUUID().toString(), "Choose concerns from the list"));
		cases.add(bad("a need that is not an id", "concerns", "housing", "Choose concerns from the list"));
		cases.add(bad("an unknown service", "services", UUID.randomUUID().toString(),
				"Choose services from the directory"));
		cases.add(bad("an unknown leaflet", "leaflets", "flyer", "Choose leaflets from the list"));
		cases.add(bad("no key", "idempotencyKey", "", "The form was not complete"));
		cases.add(bad("a NUL character in the time", "time", "9\u000030", "Remove the hidden control characters"));
		return cases.stream();
	}

	static Stream<Arguments> badAgreement() {
		return Stream.of(bad("agreement without a first name", "givenName", "", "Enter their first name"),
				bad("agreement without a last name", "familyName", " ", "Enter their last name"),
				Arguments.of("agreement without a phone or an email", (Consumer<Map<String, String>>) f -> {
					f.put("phone", "");
					f.put("email", "");
				}, "Enter a phone number or an email address"),
				bad("agreement without a locality", "localityId", "", "Choose where the family lives"),
				bad("agreement with an unknown locality", "localityId", UUID.randomUUID().toString(),
						"Choose where the family lives"),
				bad("agreement with a locality that is not an id", "localityId", "Slough",
						"Choose where the family lives"),
				bad("agreement not confirmed", "explained", "", "Confirm that you have explained"),
				bad("a bad phone number", "phone", "call me", "Enter a phone number using digits"),
				bad("a bad email address", "email", "marnie-at-example",
						"Enter an email address in the correct format"),
				bad("a first name too long", "givenName", "x".repeat(101), "no more than 100 characters"),
				bad("a NUL character in the first name", "givenName", "Mar\u0000nie",
						"Remove the hidden control characters"));
	}

	private static Arguments bad(String name, String field, String value, String message) {
		return Arguments.of(name, (Consumer<Map<String, String>>) f -> f.put(field, value), message);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInput")
	void badInputIsRefusedByTheFieldAndNothingIsSaved(String name, Consumer<Map<String, String>> change, String message)
			throws Exception {
		var form = CourtDeskContactData.anonymous(UUID.randomUUID());
		change.accept(form);
		refused(form, message);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badAgreement")
	void anAgreementWithoutWhatItNeedsIsRefusedAndNothingIsSaved(String name, Consumer<Map<String, String>> change,
			String message) throws Exception {
		var form = data.agreed(UUID.randomUUID(), "Refused", "Slough");
		change.accept(form);
		long referrals = data.referralsBy(volunteer);
		refused(form, message);
		assertThat(data.referralsBy(volunteer)).isEqualTo(referrals);
	}

	private void refused(Map<String, String> form, String message) throws Exception {
		long before = data.contactsBy(volunteer.account().id());
		long details = data.detailsBy(volunteer.account().id());
		mvc.perform(CourtDeskContactData.send(form, data.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("<title>Error: ")));
		assertThat(data.contactsBy(volunteer.account().id())).isEqualTo(before);
		assertThat(data.detailsBy(volunteer.account().id())).isEqualTo(details);
	}

	@Test
	void aResubmissionIsStoredOnceAndAcknowledgedAgain() throws Exception {
		var key = UUID.randomUUID();
		var form = data.agreed(key, "Twice", "Slough");
		var first = mvc.perform(CourtDeskContactData.send(form, data.as(volunteer)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long referrals = data.referralsBy(volunteer);
		var second = mvc.perform(CourtDeskContactData.send(form, data.as(volunteer)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(second).isEqualTo(first + "?again=true");
		assertThat(data.contactsBy(volunteer.account().id())).isOne();
		assertThat(data.referralsBy(volunteer)).isEqualTo(referrals);
		var reference = jdbc.sql("select reference from court_desk_contact where recorded_by = :v")
			.param("v", volunteer.account().id())
			.query(String.class)
			.single();
		mvc.perform(get(second).with(data.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This contact was already received")))
			.andExpect(content().string(containsString(reference)));

		// Even changed, or sent after the window, the same key is the same contact.
		form.put("children", "99");
		mvc.perform(CourtDeskContactData.send(form, data.as(volunteer))).andExpect(status().is3xxRedirection());
		assertThat(data.contactsBy(volunteer.account().id())).isOne();

		// Another volunteer's key is their own.
		var other = data.volunteer(Courts.READING);
		mvc.perform(CourtDeskContactData.send(CourtDeskContactData.anonymous(key), data.as(other)))
			.andExpect(status().is3xxRedirection());
		assertThat(data.contactsBy(other.account().id())).isOne();
		mvc.perform(get(first).with(data.as(other))).andExpect(status().isNotFound());
	}

	@Test
	void theOutboxGetsJsonRecordedThenAlreadyReceivedAndProblemDetailsForMistakes() throws Exception {
		var key = UUID.randomUUID();
		var form = CourtDeskContactData.anonymous(key);
		var reference = new String[1];
		mvc.perform(CourtDeskContactData.send(form, data.as(volunteer)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("recorded"))
			.andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("CD-")))
			.andDo(result -> reference[0] = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(),
					"$.reference"));
		mvc.perform(CourtDeskContactData.send(form, data.as(volunteer)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("already-received"))
			.andExpect(jsonPath("$.reference").value(reference[0]));
		assertThat(data.contactsBy(volunteer.account().id())).isOne();

		var bad = CourtDeskContactData.anonymous(UUID.randomUUID());
		bad.put("children", "30");
		bad.put("outcome", "");
		mvc.perform(CourtDeskContactData.send(bad, data.as(volunteer)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[?(@.field == 'children')].message").value("Enter a number from 0 to 20"))
			.andExpect(jsonPath("$.errors[?(@.field == 'outcome')].message").value("Choose what happened in court"));
		assertThat(data.contactsBy(volunteer.account().id())).isOne();
	}

	@Test
	void twoSubmissionsAtOnceWithTheSameKeyAreStoredOnce() throws Exception {
		var principal = data.principal(volunteer);
		var key = UUID.randomUUID();
		var contact = new NewContact(key, java.time.LocalDateTime.now(ServiceTime.ZONE).minusMinutes(5),
				Relationship.PARENT, Outcome.REMAND, null, FirstTimeInCustody.NOT_KNOWN, 0, null, null, null, List.of(),
				java.util.Set.of(), List.of(), false, false, null);
		Callable<ContactRecording.Recorded> send = () -> {
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			try {
				return recording.record(contact);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		};
		var pool = Executors.newFixedThreadPool(4);
		try {
			var answers = pool.invokeAll(List.of(send, send, send, send));
			var ids = new ArrayList<UUID>();
			for (var answer : answers) {
				ids.add(answer.get().id());
			}
			assertThat(ids).containsOnly(ids.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(data.contactsBy(volunteer.account().id())).isOne();
	}

	@Test
	void aVolunteerWithNoCourtIsToldToAskTheirCoordinatorAndCannotRecord() throws Exception {
		var nowhere = data.volunteer(null);
		mvc.perform(get("/court-desk/contacts/new").with(data.as(nowhere)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ask your court desk coordinator")))
			.andExpect(content().string(not(containsString("Save contact"))));
		mvc.perform(CourtDeskContactData.send(CourtDeskContactData.anonymous(UUID.randomUUID()), data.as(nowhere)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ask your court desk coordinator")));
		mvc.perform(CourtDeskContactData.send(CourtDeskContactData.anonymous(UUID.randomUUID()), data.as(nowhere))
			.accept(MediaType.APPLICATION_JSON)).andExpect(status().isBadRequest());
		assertThat(data.contactsBy(nowhere.account().id())).isZero();
	}

	@Test
	void findingServicesKeepsEverythingTypedAndSavesNothing() throws Exception {
		var form = data.agreed(UUID.randomUUID(), "Kept", "Slough");
		form.put("serviceSearch", "helpline");
		form.put("find", "services");
		form.remove("services");
		mvc.perform(CourtDeskContactData.send(form, data.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("There is a problem"))))
			.andExpect(content().string(containsString("value=\"Kept\"")))
			.andExpect(content().string(containsString("found for helpline")))
			.andExpect(html("name=\"services\" value=\"" + CourtDeskContactData.SERVICE + "\""))
			.andExpect(html("name=\"outcome\" value=\"immediate_custody\"[^>]*checked"));
		assertThat(data.contactsBy(volunteer.account().id())).isZero();

		// A service chosen before stays chosen while another search runs.
		form.put("services", CourtDeskContactData.SERVICE);
		form.put("serviceSearch", "nothing-matches-this-zzqq");
		mvc.perform(CourtDeskContactData.send(form, data.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(html("name=\"services\" value=\"" + CourtDeskContactData.SERVICE + "\"[^>]*checked"));
	}

	/** The page holds HTML matching this regular expression. */
	static org.springframework.test.web.servlet.ResultMatcher html(String regex) {
		return content().string(org.hamcrest.Matchers.matchesPattern("(?s).*" + regex + ".*"));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
