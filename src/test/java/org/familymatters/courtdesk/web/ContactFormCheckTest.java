package org.familymatters.courtdesk.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.courtdesk.internal.ContactProblem;
import org.familymatters.courtdesk.internal.FirstTimeInCustody;
import org.familymatters.courtdesk.internal.Leaflet;
import org.familymatters.courtdesk.internal.NewContact;
import org.familymatters.courtdesk.internal.Outcome;
import org.familymatters.courtdesk.internal.Relationship;
import org.familymatters.courtdesk.internal.SentenceBand;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact form's check, driven without Spring's web layer: what the volunteer typed
 * becomes a contact, each problem is on its field in the words the page shows, and the
 * personal fields are read only with agreement.
 */
class ContactFormCheckTest {

	private static final UUID KEY = UUID.randomUUID();

	private static final UUID NEED = UUID.randomUUID();

	private static final UUID SERVICE = UUID.randomUUID();

	private static final UUID LOCALITY = UUID.randomUUID();

	private final ContactForm form = anonymous();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	private final FormCheck check = ContactFormCheck.of(result);

	private final ResourceBundleMessageSource messages = SessionFormCheckTest.messages();

	private static ContactForm anonymous() {
		var form = new ContactForm();
		form.setIdempotencyKey(KEY.toString());
		form.setMet(DateParts.of(LocalDate.of(2026, 3, 27)));
		form.setTime("14:30");
		form.setRelationship("partner");
		form.setOutcome("immediate_custody");
		form.setSentenceBand("1_to_4_years");
		form.setFirstTimeInCustody("yes");
		form.setChildren("2");
		form.setChildrenUnder5("1");
		form.setConcerns(List.of(NEED.toString()));
		form.setLeaflets(List.of("helpline", "family_matters"));
		form.setServices(List.of(SERVICE.toString()));
		form.setEmotionalSupport("yes");
		form.setAgreesToContact("no");
		return form;
	}

	private void agreed() {
		form.setAgreesToContact("yes");
		form.setGivenName(" Marnie ");
		form.setFamilyName("Example");
		form.setPhone("0118 496 0123");
		form.setEmail("marnie@example.org");
		form.setLocalityId(LOCALITY.toString());
		form.setBestTime("Mornings");
		form.setExplained(List.of("yes"));
	}

	private NewContact read() {
		return ContactFormCheck.read(form, check);
	}

	private String message(String field) {
		return messages.getMessage(result.getFieldError(field), Locale.UK);
	}

	@Test
	void aWholeAnonymousFormGivesTheContactAndNoDetails() {
		form.setGivenName("Typed before they said no");
		var contact = read();
		assertThat(result.hasErrors()).isFalse();
		assertThat(contact.idempotencyKey()).isEqualTo(KEY);
		assertThat(contact.metAt()).isEqualTo(LocalDateTime.of(2026, 3, 27, 14, 30));
		assertThat(contact.relationship()).isEqualTo(Relationship.PARTNER);
		assertThat(contact.outcome()).isEqualTo(Outcome.IMMEDIATE_CUSTODY);
		assertThat(contact.sentenceBand()).isEqualTo(SentenceBand.ONE_TO_4_YEARS);
		assertThat(contact.firstTimeInCustody()).isEqualTo(FirstTimeInCustody.YES);
		assertThat(contact.children()).isEqualTo(2);
		assertThat(contact.childrenUnder5()).isEqualTo(1);
		assertThat(contact.children5To11()).isNull();
		assertThat(contact.concerns()).containsExactly(NEED);
		assertThat(contact.leaflets()).containsExactlyInAnyOrder(Leaflet.HELPLINE, Leaflet.FAMILY_MATTERS);
		assertThat(contact.services()).containsExactly(SERVICE);
		assertThat(contact.emotionalSupport()).isTrue();
		assertThat(contact.agreesToContact()).isFalse();
		assertThat(contact.details()).isNull();
	}

	@Test
	void withAgreementTheDetailsAreReadTrimmed() {
		agreed();
		var details = read().details();
		assertThat(result.hasErrors()).isFalse();
		assertThat(details.givenName()).isEqualTo("Marnie");
		assertThat(details.phone()).isEqualTo("0118 496 0123");
		assertThat(details.email()).isEqualTo("marnie@example.org");
		assertThat(details.localityId()).isEqualTo(LOCALITY);
		assertThat(details.explained()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "9.30", "9:30", "09:30" })
	void aTimeIsTakenWithAColonOrAFullStop(String time) {
		form.setTime(time);
		assertThat(read().metAt()).isEqualTo(LocalDateTime.of(2026, 3, 27, 9, 30));
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void aTimeThatIsNotATimeOrNoTimeIsRefusedByItsField() {
		form.setTime("25:61");
		assertThat(read().metAt()).isNull();
		assertThat(message("time")).isEqualTo("Enter the time you met them on the 24-hour clock, like 09:30 or 14:15");

		var none = anonymous();
		none.setTime("");
		var errors = new BeanPropertyBindingResult(none, "form");
		ContactFormCheck.read(none, ContactFormCheck.of(errors));
		assertThat(messages.getMessage(errors.getFieldError("time"), Locale.UK))
			.isEqualTo("Enter the time you met them");
	}

	@Test
	void aDateThatIsNotADateIsRefused() {
		form.getMet().setMonth("13");
		read();
		assertThat(message("met")).isEqualTo("Enter the date you met them as a real date, like 27 3 2026");
	}

	@Test
	void aMissingOutcomeIsRefusedByItsFieldNotWithAnError() {
		form.setOutcome(null);
		assertThat(read().outcome()).isNull();
		assertThat(message("outcome")).isEqualTo("Choose what happened in court");
	}

	@Test
	void choicesNotOfferedAreRefusedByTheirField() {
		form.setRelationship("cousin");
		form.setLeaflets(List.of("helpline", "flyer"));
		form.setConcerns(List.of("housing"));
		form.setEmotionalSupport("maybe");
		read();
		assertThat(message("relationship")).isEqualTo("Choose who came to the desk");
		assertThat(message("leaflets")).isEqualTo("Choose leaflets from the list");
		assertThat(message("concerns")).isEqualTo("Choose concerns from the list");
		assertThat(message("emotionalSupport")).isEqualTo("Choose whether you gave emotional support");
	}

	@Test
	void countsThatAreNotWholeNumbersAreRefused() {
		form.setChildren("two");
		form.setChildren12To17("1.5");
		read();
		assertThat(message("children")).isEqualTo("Enter a whole number, like 2");
		assertThat(message("children12To17")).isEqualTo("Enter a whole number, like 2");
	}

	@Test
	void aNulCharacterInAnyTextFieldIsRefusedAsInvalidText() {
		agreed();
		form.setGivenName("Mar\u0000nie");
		form.setFamilyName("Example\u0000");
		form.setBestTime("\u0000");
		form.setTime("9\u000030");
		form.setPhone("0118\u0000");
		form.setEmail("marnie@example.org\u0000");
		read();
		for (var field : List.of("givenName", "familyName", "bestTime", "time", "phone", "email")) {
			assertThat(result.getFieldError(field).getCodes()).as(field).contains("input.controlCharacters");
			assertThat(message(field)).as(field).startsWith("Remove the hidden control characters");
		}
	}

	@Test
	void theContactFormsEmailAndPhoneFollowTheSharedRules() {
		agreed();
		form.setPhone("call me");
		form.setEmail("marnie-at-example");
		read();
		assertThat(message("phone"))
			.isEqualTo("Enter a phone number using digits, spaces and brackets, like 0118 496 0000");
		assertThat(message("email")).isEqualTo("Enter an email address in the correct format, like name@example.org");
	}

	@Test
	void aLocalityThatIsNotAnIdentifierAsksWhereTheFamilyLives() {
		agreed();
		form.setLocalityId("Slough");
		read();
		assertThat(message("localityId")).isEqualTo("Choose where the family lives");
	}

	@Test
	void withoutAKeyTheWholeFormIsRefused() {
		form.setIdempotencyKey("not-a-key");
		assertThat(read().idempotencyKey()).isNull();
		assertThat(result.getGlobalError().getCode()).isEqualTo("courtdesk.contact.key.required");
	}

	@Test
	void theRulesProblemsGoOnTheirFieldsAndTheWholeContactsAtTheTop() {
		form.setChildren("30");
		read();
		ContactFormCheck.reject(List.of(new ContactProblem("children", "courtdesk.contact.children.range"),
				new ContactProblem(null, "courtdesk.contact.noCourt")), check);
		assertThat(message("children")).isEqualTo("Enter a number from 0 to 20");
		assertThat(result.getGlobalError().getCode()).isEqualTo("courtdesk.contact.noCourt");
	}

	@Test
	void whenTheDateCannotBeReadTheRulesDoNotAlsoAskForTheTime() {
		form.getMet().setYear("26");
		read();
		ContactFormCheck.reject(List.of(new ContactProblem("time", "courtdesk.contact.time.required")), check);
		assertThat(result.getFieldError("time")).isNull();
		assertThat(result.getFieldError("met")).isNotNull();
	}

	@Test
	void theServiceSearchUsesAtMost200CharactersOfPlainText() {
		form.setServiceSearch(" " + "h".repeat(250) + " ");
		assertThat(ContactFormCheck.serviceSearch(form, check)).hasSize(200);
		form.setServiceSearch("help\u0000line");
		assertThat(ContactFormCheck.serviceSearch(form, check)).isNull();
		assertThat(result.getFieldError("serviceSearch").getCodes()).contains("input.controlCharacters");
	}

}
