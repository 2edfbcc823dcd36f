package org.familymatters.referral.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.referral.internal.SelfReferralAnswers;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each question page of "Ask for support" read through the input rules, without Spring's
 * web layer: each problem on its field with the page's own words, and the draft changed
 * only when the page has nothing wrong.
 */
class AskFormCheckTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private final AskForm form = new AskForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	private final FormCheck check = FormCheck.of(result, AskFormCheck.PREFIX);

	private final SelfReferralAnswers answers = new SelfReferralAnswers();

	private List<String> code(String field) {
		assertThat(result.getFieldError(field)).as("a problem on %s", field).isNotNull();
		return List.of(result.getFieldError(field).getCodes());
	}

	@Test
	void whereYouLiveIsOneOfTheLocalities() {
		var known = UUID.randomUUID();
		form.setLocalityId(" ");
		assertThat(AskFormCheck.where(form, check, known::equals, answers)).isFalse();
		assertThat(code("localityId")).contains("referral.ask.localityId.required");
		assertThat(answers.getAnswered()).isEmpty();

		var other = new AskFormCheckTest();
		other.form.setLocalityId("\u0000");
		assertThat(AskFormCheck.where(other.form, other.check, known::equals, other.answers)).isFalse();
		assertThat(other.code("localityId")).contains("referral.ask.localityId.unknownChoice");

		var unknown = new AskFormCheckTest();
		unknown.form.setLocalityId(UUID.randomUUID().toString());
		assertThat(AskFormCheck.where(unknown.form, unknown.check, known::equals, unknown.answers)).isFalse();
		assertThat(unknown.code("localityId")).contains("referral.ask.localityId.unknownChoice");

		var right = new AskFormCheckTest();
		right.form.setLocalityId(known.toString());
		assertThat(AskFormCheck.where(right.form, right.check, known::equals, right.answers)).isTrue();
		assertThat(right.answers.locality()).isEqualTo(known);
		assertThat(right.answers.getAnswered()).containsExactly("where");
	}

	@Test
	void aboutYouNeedsYourNameOnceAndYourPlaceAmongTheChoices() {
		form.setGivenName("Al\u0000ex");
		form.setFamilyName(" ");
		assertThat(AskFormCheck.you(form, check, answers)).isFalse();
		assertThat(code("givenName")).contains("referral.ask.givenName.controlCharacters");
		assertThat(code("familyName")).contains("referral.ask.familyName.required");
		assertThat(code("role")).contains("referral.ask.role.required");
		assertThat(answers.getGivenName()).isNull();

		var right = new AskFormCheckTest();
		right.form.setGivenName(" Alex ");
		right.form.setFamilyName("Quill");
		right.form.setRole("parent_or_carer");
		assertThat(AskFormCheck.you(right.form, right.check, right.answers)).isTrue();
		assertThat(right.answers.name()).isEqualTo("Alex Quill");
		assertThat(right.answers.getRole()).isEqualTo("PARENT_OR_CARER");
	}

	@Test
	void contactNeedsAPhoneNumberOrAnEmailAddressInTheirFormats() {
		assertThat(AskFormCheck.contact(form, check, answers)).isFalse();
		assertThat(code("phone")).contains("referral.self.contact.required");

		var wrong = new AskFormCheckTest();
		wrong.form.setPhone("call me");
		wrong.form.setEmail("not an email");
		wrong.form.setBestTimeToCall("x".repeat(201));
		assertThat(AskFormCheck.contact(wrong.form, wrong.check, wrong.answers)).isFalse();
		assertThat(wrong.code("phone")).contains("referral.ask.phone.phone");
		assertThat(wrong.code("email")).contains("referral.ask.email.email");
		assertThat(wrong.code("bestTimeToCall")).contains("referral.ask.bestTimeToCall.tooLong");

		var right = new AskFormCheckTest();
		right.form.setPhone("07700 900123");
		right.form.setBestTimeToCall(" Evenings ");
		assertThat(AskFormCheck.contact(right.form, right.check, right.answers)).isTrue();
		assertThat(right.answers.getPhone()).isEqualTo("07700 900123");
		assertThat(right.answers.getEmail()).isNull();
		assertThat(right.answers.getBestTimeToCall()).isEqualTo("Evenings");
	}

	@Test
	void anAddressIsOptionalButAFirstLineNeedsItsTownAndATownItsFirstLine() {
		assertThat(AskFormCheck.address(form, check, answers)).isTrue();
		assertThat(answers.address()).isNull();

		var lineOnly = new AskFormCheckTest();
		lineOnly.form.setAddressLine1("12 High Street");
		lineOnly.form.setPostcode("not a postcode");
		assertThat(AskFormCheck.address(lineOnly.form, lineOnly.check, lineOnly.answers)).isFalse();
		assertThat(lineOnly.code("town")).contains("referral.ask.town.required");
		assertThat(lineOnly.code("postcode")).contains("referral.ask.postcode.postcode");

		var townOnly = new AskFormCheckTest();
		townOnly.form.setTown("Banbury");
		assertThat(AskFormCheck.address(townOnly.form, townOnly.check, townOnly.answers)).isFalse();
		assertThat(townOnly.code("addressLine1")).contains("referral.ask.addressLine1.required");

		var right = new AskFormCheckTest();
		right.form.setAddressLine1("12 High Street");
		right.form.setTown("Banbury");
		right.form.setPostcode("ox16 5qb");
		assertThat(AskFormCheck.address(right.form, right.check, right.answers)).isTrue();
		assertThat(right.answers.address()).isEqualTo("12 High Street\nBanbury");
		assertThat(right.answers.getPostcode()).isEqualTo("OX16 5QB");
	}

	@Test
	void anotherPersonNeedsTheirNameAndPlaceAndABirthDateInThePast() {
		var check = FormCheck.of(result, AskFormCheck.PERSON_PREFIX);
		form.setDateOfBirth(DateParts.of(TODAY.plusDays(1)));
		assertThat(AskFormCheck.person(form, check, TODAY)).isNull();
		assertThat(code("givenName")).contains("referral.ask.person.givenName.required");
		assertThat(code("role")).contains("referral.ask.person.role.required");
		assertThat(code("dateOfBirth")).contains("referral.person.dateOfBirth.future");

		var right = new AskFormCheckTest();
		right.form.setGivenName("Jules");
		right.form.setFamilyName("Quill");
		right.form.setRole("CHILD");
		right.form.setDateOfBirth(DateParts.of(LocalDate.of(2017, 4, 3)));
		var person = AskFormCheck.person(right.form, FormCheck.of(right.result, AskFormCheck.PERSON_PREFIX), TODAY);
		assertThat(person.name()).isEqualTo("Jules Quill");
		assertThat(person.birthDate()).isEqualTo(LocalDate.of(2017, 4, 3));
	}

	@Test
	void theStoryIsRequiredInTheFamilysWordsAndTheNeedsAreFromTheList() {
		var need = UUID.randomUUID();
		form.setStory("\u0000");
		form.setNeeds(List.of(UUID.randomUUID().toString()));
		assertThat(AskFormCheck.story(form, check, need::equals, answers)).isFalse();
		assertThat(code("story")).contains("referral.ask.story.controlCharacters");
		assertThat(code("needs")).contains("referral.ask.needs.unknownChoice");

		var empty = new AskFormCheckTest();
		assertThat(AskFormCheck.story(empty.form, empty.check, need::equals, empty.answers)).isFalse();
		assertThat(empty.code("story")).contains("referral.ask.story.required");

		var right = new AskFormCheckTest();
		right.form.setStory("My partner was sent to prison.");
		right.form.setNeeds(List.of(need.toString()));
		assertThat(AskFormCheck.story(right.form, right.check, need::equals, right.answers)).isTrue();
		assertThat(right.answers.getNeeds()).containsExactly(need.toString());
	}

	@Test
	void sendingNeedsTheAgreementToBeContacted() {
		assertThat(AskFormCheck.agreed(form, check)).isFalse();
		assertThat(code("agree")).contains("referral.self.consent.required");
		var right = new AskFormCheckTest();
		right.form.setAgree(List.of("true"));
		assertThat(AskFormCheck.agreed(right.form, right.check)).isTrue();
	}

}
