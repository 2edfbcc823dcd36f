package org.familymatters.identity.web;

import java.util.Optional;

import org.familymatters.shared.input.Checked;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.input.InputProblem;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the two-step forms: a code given, short, with no hidden characters; a password
 * given, taken exactly as typed. Pure: unit-tested without Spring.
 */
final class TwoStepFormCheck {

	/** Longer than a recovery code written with spaces. */
	static final int CODE_MAX = 40;

	private TwoStepFormCheck() {
	}

	/** The code typed, or empty with the problem on its field. */
	static Optional<String> code(TwoStepForm form, BindingResult result) {
		var check = FormCheck.of(result, "twoStep");
		var code = check.requiredText("code", form.getCode(), CODE_MAX);
		return check.failed() ? Optional.empty() : Optional.of(code);
	}

	/** The password typed, or empty with the problem on its field. */
	static Optional<String> password(TwoStepForm form, BindingResult result) {
		var check = FormCheck.of(result, "twoStep");
		var password = form.getPassword();
		if (password == null || password.isBlank()) {
			check.take("password", Checked.<String>empty().required());
		}
		else if (Input.hasControlCharacters(password)) {
			check.take("password", Checked.failed(InputProblem.CONTROL_CHARACTERS));
		}
		return check.failed() ? Optional.empty() : Optional.of(password);
	}

}
