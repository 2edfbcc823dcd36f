package org.familymatters.identity.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The API token form's checks, without Spring's web layer. */
class TokenFormCheckTest {

	private final TokenForm form = new TokenForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	@Test
	void aNameAndALifetimeOffered() {
		form.setName(" Case system ");
		form.setLifetimeDays("365");
		var token = TokenFormCheck.check(form, result).orElseThrow();
		assertThat(token.name()).isEqualTo("Case system");
		assertThat(token.lifetime()).isEqualTo(Duration.ofDays(365));
	}

	@Test
	void aMissingLifetimeOrName() {
		form.setLifetimeDays(null);
		assertThat(TokenFormCheck.check(form, result)).isEmpty();
		assertThat(result.getFieldError("name").getCodes()).contains("token.name.required");
		assertThat(result.getFieldError("lifetimeDays").getCodes()).contains("token.lifetimeDays.required");
	}

	@Test
	void aLifetimeNotOfferedAndANulCharacterAreRefused() {
		form.setName("Case\u0000 system");
		form.setLifetimeDays("-1");
		assertThat(TokenFormCheck.check(form, result)).isEmpty();
		assertThat(result.getFieldError("name").getCodes()).contains("input.controlCharacters");
		assertThat(result.getFieldError("lifetimeDays").getCodes()).contains("token.lifetimeDays.unknownChoice");
	}

	@Test
	void aTooLongName() {
		form.setName("x".repeat(101));
		assertThat(TokenFormCheck.check(form, result)).isEmpty();
		assertThat(result.getFieldError("name").getCodes()).containsExactly("token.name.tooLong", "input.tooLong");
	}

}
