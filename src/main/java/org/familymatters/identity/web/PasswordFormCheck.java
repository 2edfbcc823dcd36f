package org.familymatters.identity.web;

import java.util.Optional;

import org.familymatters.shared.input.Checked;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.input.InputProblem;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the change-password form: all three passwords given, with no hidden control
 * characters, and the new one typed the same twice. Passwords are taken exactly as typed
 * (never trimmed); the password policy itself is the service's ({@code Passwords}). Pure:
 * unit-tested without Spring.
 */
final class PasswordFormCheck {

	private PasswordFormCheck() {
	}

	/**
	 * The current and new passwords, or empty with each problem put on its field.
	 */
	static Optional<PasswordChoice> check(PasswordForm form, BindingResult result) {
		var check = FormCheck.of(result, "password");
		var current = password(check, "currentPassword", form.getCurrentPassword());
		var chosen = password(check, "newPassword", form.getNewPassword());
		var again = password(check, "confirmPassword", form.getConfirmPassword());
		if (chosen != null && again != null && !chosen.equals(again)) {
			check.reject("confirmPassword", "different");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new PasswordChoice(current, chosen));
	}

	private static String password(FormCheck check, String field, String value) {
		if (value == null || value.isBlank()) {
			return check.take(field, Checked.<String>empty().required());
		}
		if (Input.hasControlCharacters(value)) {
			return check.take(field, Checked.failed(InputProblem.CONTROL_CHARACTERS));
		}
		return value;
	}

	/**
	 * What the form asks for.
	 *
	 * @param currentPassword the password the user signed in with
	 * @param newPassword the one they chose
	 */
	record PasswordChoice(String currentPassword, String newPassword) {
	}

}
