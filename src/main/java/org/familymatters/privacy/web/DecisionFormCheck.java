package org.familymatters.privacy.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.familymatters.privacy.internal.RequestDecisions.Correction;
import org.familymatters.privacy.internal.RequestDecisions.Decision;
import org.familymatters.privacy.internal.RequestDecisions.Outcome;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.privacy.CorrectableField;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the decision on a request to correct or erase data, field by field: carry out or
 * refuse, and a reason either way; for a correction carried out, one of the people
 * confirmed for the request, the field and the corrected value, checked by the same input
 * rules as the family forms (a name as the person form takes it, a date of birth not in
 * the future nor before 1900, a UK phone number, an e-mail address, a full UK postcode).
 * Messages start {@code privacy.decision.}; pure, so unit-tested without Spring.
 */
final class DecisionFormCheck {

	/** The longest reason taken. */
	static final int REASON_MAX = 2000;

	/** The earliest date of birth taken, as on the family forms. */
	static final LocalDate OLDEST = LocalDate.of(1900, 1, 1);

	private DecisionFormCheck() {
	}

	/**
	 * The decision, or empty with each problem on its field; {@code rectification} when
	 * the request is to correct data, {@code people} those confirmed for it.
	 */
	static Optional<Decision> decision(DecisionForm form, boolean rectification, Set<UUID> people, LocalDate today,
			BindingResult result) {
		var check = FormCheck.of(result, "privacy.decision");
		var outcome = check.requiredChoice("outcome", form.getOutcome(), Outcome::of);
		var reason = check.requiredText("reason", form.getReason(), REASON_MAX);
		Correction correction = null;
		if (rectification && outcome == Outcome.CARRY_OUT) {
			correction = correction(form, people, today, check);
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new Decision(outcome, reason, correction));
	}

	private static Correction correction(DecisionForm form, Set<UUID> people, LocalDate today, FormCheck check) {
		var person = check.requiredChoice("personId", form.getPersonId(), text -> {
			var id = Input.identifier(text);
			return (!id.failed() && id.value() != null && people.contains(id.value())) ? Optional.of(id.value())
					: Optional.empty();
		});
		var field = check.requiredChoice("field", form.getField(), CorrectableField::ofCode);
		if (field == null) {
			return null;
		}
		String value;
		if (field == CorrectableField.DATE_OF_BIRTH) {
			var date = check.requiredDate("correctedDate", form.getCorrectedDate());
			if (date != null && date.isAfter(today)) {
				check.reject("correctedDate", "future");
			}
			if (date != null && date.isBefore(OLDEST)) {
				check.reject("correctedDate", "tooOld");
			}
			value = (date != null) ? date.toString() : null;
		}
		else {
			var raw = form.getCorrectedValue();
			value = switch (field) {
				case GIVEN_NAME, FAMILY_NAME -> check.requiredText("correctedValue", raw, 100);
				case OTHER_NAMES -> check.requiredText("correctedValue", raw, 200);
				case PHONE -> check.take("correctedValue", Input.ukPhone(raw).required());
				case EMAIL -> check.take("correctedValue", Input.email(raw).required());
				case POSTCODE -> check.take("correctedValue", Input.ukPostcode(raw).required());
				case TOWN -> check.requiredText("correctedValue", raw, 100);
				default -> check.requiredText("correctedValue", raw, 200);
			};
		}
		return (person != null && value != null) ? new Correction(person, field, value) : null;
	}

}
