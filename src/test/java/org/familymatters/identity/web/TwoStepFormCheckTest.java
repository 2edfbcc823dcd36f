package org.familymatters.identity.web;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The two-step forms' checks, without Spring's web layer. */
class TwoStepFormCheckTest {

	private final TwoStepForm form = new TwoStepForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	@Test
	void aCodeIsTakenAsTypedWithoutTheSpacesAround() {
		form.setCode(" 123 456 ");
		assertThat(TwoStepFormCheck.code(form, result)).contains("123 456");
	}

	@Test
	void aMissingCodeATooLongOneOrOneWithANulCharacterIsRefusedByItsField() {
		assertThat(TwoStepFormCheck.code(form, result)).isEmpty();
		assertThat(result.getFieldError("code").getCodes()).contains("twoStep.code.required");

		var tooLong = new BeanPropertyBindingResult(form, "form");
		form.setCode("1".repeat(41));
		assertThat(TwoStepFormCheck.code(form, tooLong)).isEmpty();
		assertThat(tooLong.getFieldError("code").getCodes()).contains("twoStep.code.tooLong");

		var nul = new BeanPropertyBindingResult(form, "form");
		form.setCode("123\u0000456");
		assertThat(TwoStepFormCheck.code(form, nul)).isEmpty();
		assertThat(nul.getFieldError("code").getCodes()).contains("input.controlCharacters");
	}

	@Test
	void aPasswordIsTakenExactlyAsTypedAndAMissingOneIsRefused() {
		form.setPassword(" spaces count ");
		assertThat(TwoStepFormCheck.password(form, result)).contains(" spaces count ");
		var missing = new BeanPropertyBindingResult(form, "form");
		form.setPassword(" ");
		assertThat(TwoStepFormCheck.password(form, missing)).isEmpty();
		assertThat(missing.getFieldError("password").getCodes()).contains("twoStep.password.required");
	}

}
