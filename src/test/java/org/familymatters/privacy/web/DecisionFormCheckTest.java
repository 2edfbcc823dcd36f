package org.familymatters.privacy.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.familymatters.privacy.internal.RequestDecisions.Outcome;
import org.familymatters.shared.privacy.CorrectableField;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision form's checks, without Spring: a choice and a reason always; for a
 * correction carried out, one of the people confirmed, a field and a value the family
 * forms would take.
 */
class DecisionFormCheckTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 27);

	private static final UUID PERSON = UUID.fromString("11111111-1111-4111-8111-111111111111");

	private final DecisionForm form = new DecisionForm();

	private final BindingResult result = new BeanPropertyBindingResult(form, "form");

	@Test
	void aReasonIsRequiredEitherWay() {
		form.setOutcome("REFUSE");
		form.setReason("   ");
		assertThat(DecisionFormCheck.decision(form, false, Set.of(), TODAY, result)).isEmpty();
		assertThat(codes("reason")).contains("privacy.decision.reason.required");
	}

	@Test
	void theOutcomeIsOneOfTheTwo() {
		form.setOutcome("MAYBE");
		form.setReason("Not sure");
		assertThat(DecisionFormCheck.decision(form, false, Set.of(), TODAY, result)).isEmpty();
		assertThat(result.getFieldError("outcome")).isNotNull();
	}

	@Test
	void aReasonWithAControlCharacterOrTooLongIsRefused() {
		form.setOutcome("REFUSE");
		form.setReason("Not our\u0000data");
		assertThat(DecisionFormCheck.decision(form, false, Set.of(), TODAY, result)).isEmpty();
		assertThat(codes("reason")).contains("privacy.decision.reason.controlCharacters");
		var longer = new DecisionForm();
		longer.setOutcome("REFUSE");
		longer.setReason("x".repeat(DecisionFormCheck.REASON_MAX + 1));
		var errors = new BeanPropertyBindingResult(longer, "form");
		assertThat(DecisionFormCheck.decision(longer, false, Set.of(), TODAY, errors)).isEmpty();
		assertThat(errors.getFieldError("reason").getCodes()).contains("privacy.decision.reason.tooLong");
	}

	@Test
	void anErasureNeedsNoCorrection() {
		form.setOutcome("CARRY_OUT");
		form.setReason("She asked");
		var decision = DecisionFormCheck.decision(form, false, Set.of(PERSON), TODAY, result).orElseThrow();
		assertThat(decision.outcome()).isEqualTo(Outcome.CARRY_OUT);
		assertThat(decision.correction()).isNull();
	}

	@Test
	void aRefusedCorrectionNeedsNoCorrection() {
		form.setOutcome("REFUSE");
		form.setReason("The record is right");
		assertThat(DecisionFormCheck.decision(form, true, Set.of(PERSON), TODAY, result)).isPresent();
	}

	@Test
	void aCorrectionCarriedOutNeedsAPersonConfirmedAFieldAndAValue() {
		form.setOutcome("CARRY_OUT");
		form.setReason("Wrong");
		assertThat(DecisionFormCheck.decision(form, true, Set.of(PERSON), TODAY, result)).isEmpty();
		assertThat(codes("personId")).contains("privacy.decision.personId.required");
		assertThat(codes("field")).contains("privacy.decision.field.required");
	}

	@Test
	void aPersonNotConfirmedForTheRequestIsRefused() {
		correction(UUID.randomUUID().toString(), "givenName", "Sam");
		assertThat(DecisionFormCheck.decision(form, true, Set.of(PERSON), TODAY, result)).isEmpty();
		assertThat(codes("personId")).contains("privacy.decision.personId.unknownChoice");
	}

	@Test
	void aDateOfBirthIsARealDateNotInTheFutureNorBefore1900() {
		correction(PERSON.toString(), "dateOfBirth", null);
		date("31", "2", "1985");
		assertThat(DecisionFormCheck.decision(form, true, Set.of(PERSON), TODAY, result)).isEmpty();
		assertThat(result.getFieldError("correctedDate").getCodes()).contains("input.date");
		for (var year : new String[] { "2027", "1899" }) {
			var next = new DecisionForm();
			next.setOutcome("CARRY_OUT");
			next.setReason("Wrong");
			next.setPersonId(PERSON.toString());
			next.setField("dateOfBirth");
			next.getCorrectedDate().setDay("1");
			next.getCorrectedDate().setMonth("5");
			next.getCorrectedDate().setYear(year);
			var errors = new BeanPropertyBindingResult(next, "form");
			assertThat(DecisionFormCheck.decision(next, true, Set.of(PERSON), TODAY, errors)).isEmpty();
			assertThat(errors.getFieldError("correctedDate").getCodes()).contains(year.equals("2027")
					? "privacy.decision.correctedDate.future" : "privacy.decision.correctedDate.tooOld");
		}
	}

	@Test
	void aDateOfBirthCorrectedIsKeptAsAnIsoDate() {
		correction(PERSON.toString(), "dateOfBirth", null);
		date("1", "5", "1985");
		var correction = DecisionFormCheck.decision(form, true, Set.of(PERSON), TODAY, result)
			.orElseThrow()
			.correction();
		assertThat(correction.personId()).isEqualTo(PERSON);
		assertThat(correction.field()).isEqualTo(CorrectableField.DATE_OF_BIRTH);
		assertThat(correction.value()).isEqualTo("1985-05-01");
	}

	@Test
	void phonesEmailsAndPostcodesFollowTheFamilyFormsRules() {
		correction(PERSON.toString(), "phone", "call me");
		assertThat(DecisionFormCheck.decision(form, true, Set.of(PERSON), TODAY, result)).isEmpty();
		assertThat(result.getFieldError("correctedValue").getCodes()).contains("input.phone");

		var postcode = new DecisionForm();
		postcode.setOutcome("CARRY_OUT");
		postcode.setReason("Moved");
		postcode.setPersonId(PERSON.toString());
		postcode.setField("postcode");
		postcode.setCorrectedValue("ox16 5qb");
		var errors = new BeanPropertyBindingResult(postcode, "form");
		assertThat(DecisionFormCheck.decision(postcode, true, Set.of(PERSON), TODAY, errors)
			.orElseThrow()
			.correction()
			.value()).isEqualTo("OX16 5QB");

		var email = new DecisionForm();
		email.setOutcome("CARRY_OUT");
		email.setReason("Typo");
		email.setPersonId(PERSON.toString());
		email.setField("email");
		email.setCorrectedValue("not an address");
		var emailErrors = new BeanPropertyBindingResult(email, "form");
		assertThat(DecisionFormCheck.decision(email, true, Set.of(PERSON), TODAY, emailErrors)).isEmpty();
		assertThat(emailErrors.getFieldError("correctedValue").getCodes()).contains("input.email");
	}

	@Test
	void aNameCannotBeEmpty() {
		correction(PERSON.toString(), "familyName", "  ");
		assertThat(DecisionFormCheck.decision(form, true, Set.of(PERSON), TODAY, result)).isEmpty();
		assertThat(codes("correctedValue")).contains("privacy.decision.correctedValue.required");
	}

	private void correction(String person, String field, String value) {
		form.setOutcome("CARRY_OUT");
		form.setReason("Wrong on the record");
		form.setPersonId(person);
		form.setField(field);
		form.setCorrectedValue(value);
	}

	private void date(String day, String month, String year) {
		form.getCorrectedDate().setDay(day);
		form.getCorrectedDate().setMonth(month);
		form.getCorrectedDate().setYear(year);
	}

	private String[] codes(String field) {
		var error = result.getFieldError(field);
		assertThat(error).as(field).isNotNull();
		return error.getCodes();
	}

}
