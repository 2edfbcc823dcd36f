package org.familymatters.identity.web;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The change-password form's checks, without Spring's web layer. */
class PasswordFormCheckTest {

	private final PasswordForm form = new PasswordForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	@Test
	void passwordsAreTakenExactlyAsTyped() {
		form.setCurrentPassword(" old one ");
		form.setNewPassword(" a new password ");
		form.setConfirmPassword(" a new password ");
		var choice = PasswordFormCheck.check(form, result).orElseThrow();
		assertThat(choice.currentPassword()).isEqualTo(" old one ");
		assertThat(choice.newPassword()).isEqualTo(" a new password ");
	}

	@Test
	void everyPasswordIsAskedFor() {
		form.setNewPassword("  ");
		assertThat(PasswordFormCheck.check(form, result)).isEmpty();
		assertThat(result.getFieldError("currentPassword").getCodes()).contains("password.currentPassword.required");
		assertThat(result.getFieldError("newPassword").getCodes()).contains("password.newPassword.required");
		assertThat(result.getFieldError("confirmPassword").getCodes()).contains("password.confirmPassword.required");
	}

	@Test
	void theNewPasswordMustBeTypedTheSameTwice() {
		form.setCurrentPassword("old");
		form.setNewPassword("a new password");
		form.setConfirmPassword("a new passw0rd");
		assertThat(PasswordFormCheck.check(form, result)).isEmpty();
		assertThat(result.getFieldError("confirmPassword").getCode()).isEqualTo("password.confirmPassword.different");
	}

	@Test
	void aNulCharacterIsRefusedAsInvalidText() {
		form.setCurrentPassword("old");
		form.setNewPassword("a new\u0000password");
		form.setConfirmPassword("a new\u0000password");
		assertThat(PasswordFormCheck.check(form, result)).isEmpty();
		assertThat(result.getFieldError("newPassword").getCodes()).contains("input.controlCharacters");
	}

}
