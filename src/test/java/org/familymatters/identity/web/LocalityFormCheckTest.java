package org.familymatters.identity.web;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The locality form's checks, without Spring's web layer. */
class LocalityFormCheckTest {

	private final LocalityForm form = new LocalityForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	@Test
	void aNameAndCountyAreTrimmed() {
		form.setName(" Witney ");
		form.setCounty("Oxfordshire ");
		var locality = LocalityFormCheck.check(form, result, false).orElseThrow();
		assertThat(locality.name()).isEqualTo("Witney");
		assertThat(locality.county()).isEqualTo("Oxfordshire");
	}

	@Test
	void bothAreRequired() {
		assertThat(LocalityFormCheck.check(form, result, false)).isEmpty();
		assertThat(result.getFieldError("name").getCodes()).contains("locality.name.required");
		assertThat(result.getFieldError("county").getCodes()).contains("locality.county.required");
	}

	@Test
	void aNulCharacterOrATooLongNameIsRefused() {
		form.setName("Wit\u0000ney");
		form.setCounty("x".repeat(101));
		assertThat(LocalityFormCheck.check(form, result, false)).isEmpty();
		assertThat(result.getFieldError("name").getCodes()).contains("input.controlCharacters");
		assertThat(result.getFieldError("county").getCodes()).containsExactly("locality.county.tooLong",
				"input.tooLong");
	}

	@Test
	void aChangeNeedsTheVersionShown() {
		form.setName("Witney");
		form.setCounty("Oxfordshire");
		assertThat(LocalityFormCheck.check(form, result, true)).isEmpty();
		assertThat(result.getGlobalError().getCode()).isEqualTo("record.changedElsewhere");
	}

}
