package org.familymatters.referral.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.ReferralProblem;
import org.familymatters.referral.ReferralSource;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The referral forms (staff and self-referral alike) read through the input rules, driven
 * without Spring's web layer: each problem on its field with the form's words first.
 */
class ReferralFormCheckTest {

	private final ReferralForm form = new ReferralForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	private final FormCheck check = FormCheck.of(result, "referral");

	private final UUID locality = UUID.randomUUID();

	private static PersonForm person(String given, String family, String role) {
		var person = new PersonForm();
		person.setGivenName(given);
		person.setFamilyName(family);
		person.setRole(role);
		return person;
	}

	private void fill() {
		form.setSource("school");
		form.setReferrerName("Test referrer");
		form.setReferrerEmail("head@example.org");
		form.setLocalityId(locality.toString());
		form.getPeople().add(person("Dalton", "Quinn", "IN_CUSTODY"));
		form.setReason("Her father was sentenced last week.");
	}

	private String[] codes(String field) {
		assertThat(result.getFieldError(field)).as("a problem on %s", field).isNotNull();
		return result.getFieldError(field).getCodes();
	}

	@Test
	void aFilledFormBecomesAReferralReadyForTheIntake() {
		fill();
		var child = person(" Poppy ", "Quinn", "child");
		child.setDateOfBirth(DateParts.of(LocalDate.of(2016, 9, 12)));
		child.setPostcode("ox16 5qb");
		form.getPeople().add(child);
		var criterion = UUID.randomUUID();
		form.setCriteria(List.of(criterion.toString()));
		form.setConsentToContact(List.of("true"));
		var read = ReferralFormCheck.read(form, null, check);
		assertThat(check.failed()).isFalse();
		var referral = read.referral();
		assertThat(referral.source()).isEqualTo(ReferralSource.SCHOOL);
		assertThat(referral.localityId()).isEqualTo(locality);
		assertThat(referral.people()).hasSize(2);
		assertThat(referral.people().get(1).givenName()).isEqualTo("Poppy");
		assertThat(referral.people().get(1).role()).isEqualTo(FamilyRole.CHILD);
		assertThat(referral.people().get(1).postcode()).isEqualTo("OX16 5QB");
		assertThat(referral.criteria()).containsExactly(criterion);
		assertThat(referral.consentToContact()).isTrue();
	}

	@Test
	void aNulCharacterInAnyTextFieldIsRefusedAsInvalidTextByTheField() {
		fill();
		form.setReferrerName("Test\u0000");
		form.setReferrerOrganisationName("School\u0000");
		form.setReason("Reason\u0000");
		var person = person("Pop\u0000py", "Quinn\u0000", "CHILD");
		person.setOtherNames("\u0000");
		person.setRelationship("Daughter\u0000");
		person.setAddress("1 High Street\u0000");
		form.getPeople().add(person);
		ReferralFormCheck.read(form, null, check);
		for (var field : List.of("referrerName", "referrerOrganisationName", "reason", "people[1].givenName",
				"people[1].familyName", "people[1].otherNames", "people[1].relationship", "people[1].address")) {
			assertThat(codes(field)).as(field).contains("input.controlCharacters");
		}
		assertThat(codes("people[1].givenName")).startsWith("referral.person.givenName.controlCharacters");
	}

	@Test
	void aMissingRequiredSelectIsAProblemOnItsField() {
		fill();
		form.setSource(null);
		form.setLocalityId(null);
		form.getPeople().add(person("Poppy", "Quinn", null));
		form.getPeople().add(person("Rowan", "Quinn", "KING"));
		ReferralFormCheck.read(form, null, check);
		assertThat(codes("source")).startsWith("referral.source.required");
		assertThat(codes("localityId")).startsWith("referral.localityId.required");
		assertThat(codes("people[1].role")).startsWith("referral.person.role.required");
		assertThat(codes("people[2].role")).startsWith("referral.person.role.unknownChoice");
	}

	@Test
	void aSelfReferralTakesItsSourceFromThePageNotTheForm() {
		fill();
		form.setSource("not-a-source");
		var read = ReferralFormCheck.read(form, ReferralSource.SELF, check);
		assertThat(check.failed()).isFalse();
		assertThat(read.referral().source()).isEqualTo(ReferralSource.SELF);
	}

	@Test
	void aReasonOverFourThousandCharactersIsTooLong() {
		fill();
		form.setReason("x".repeat(4001));
		ReferralFormCheck.read(form, null, check);
		assertThat(codes("reason")).containsExactly("referral.reason.tooLong", "input.tooLong");
		assertThat(result.getFieldError("reason").getArguments()).containsExactly(4000);
	}

	@Test
	void aBadEmailPhoneDateOrIdentifierIsRefusedByItsField() {
		fill();
		form.setReferrerEmail("not an email");
		form.setReferrerPhone("call me");
		form.setReferrerOrganisationId("not-an-id");
		form.setNeeds(List.of("not-an-id"));
		var person = person("Poppy", "Quinn", "CHILD");
		person.getDateOfBirth().setDay("31");
		person.getDateOfBirth().setMonth("2");
		person.getDateOfBirth().setYear("2015");
		person.setEmail("poppy@");
		person.setPostcode("OX16");
		form.getPeople().add(person);
		ReferralFormCheck.read(form, null, check);
		assertThat(codes("referrerEmail")).containsExactly("referral.referrerEmail.email", "input.email");
		assertThat(codes("referrerPhone")).contains("input.phone");
		assertThat(codes("referrerOrganisationId")).startsWith("referral.referrerOrganisationId.unknownChoice");
		assertThat(codes("needs")).startsWith("referral.needs.unknownChoice");
		assertThat(codes("people[1].dateOfBirth")).contains("input.date");
		assertThat(codes("people[1].email")).contains("input.email");
		assertThat(codes("people[1].postcode")).contains("input.postcode");
	}

	@Test
	void blankPeopleAreLeftOutAndTheIntakesProblemsLandOnTheSlotsTyped() {
		fill();
		form.getPeople().add(new PersonForm());
		form.getPeople().add(person("Poppy", "Quinn", "CHILD"));
		var read = ReferralFormCheck.read(form, null, check);
		assertThat(read.referral().people()).hasSize(2);
		assertThat(read.onForm(new ReferralProblem("people[1].dateOfBirth", "referral.person.dateOfBirth.future")))
			.isEqualTo(new ReferralProblem("people[2].dateOfBirth", "referral.person.dateOfBirth.future"));
		assertThat(read.onForm(new ReferralProblem("reason", "referral.reason.required")))
			.isEqualTo(new ReferralProblem("reason", "referral.reason.required"));
	}

}
