package org.familymatters.identity.internal;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/** The password policy and one-time passwords, without Spring's application context. */
class PasswordsTest {

	private final Passwords passwords = new Passwords(PasswordEncoderFactories.createDelegatingPasswordEncoder());

	@Test
	void aOneTimePasswordIsFourGroupsOfCharactersThatCannotBeMisread() {
		var password = passwords.oneTimePassword();
		assertThat(password).matches("^[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}$");
		assertThat(passwords.oneTimePassword()).isNotEqualTo(password);
	}

	@Test
	void thePolicyRefusesShortLongAndUsernamePasswords() {
		assertThat(passwords.problemWith("short", "sam")).contains("password.tooShort");
		assertThat(passwords.problemWith(null, "sam")).contains("password.tooShort");
		assertThat(passwords.problemWith("x".repeat(129), "sam")).contains("password.tooLong");
		assertThat(passwords.problemWith("my name is Sam.Jones ok", "sam.jones")).contains("password.containsUsername");
		assertThat(passwords.problemWith("correct horse battery staple", "sam")).isEmpty();
	}

	@Test
	void aHashMatchesOnlyItsPassword() {
		var hash = passwords.hash("correct horse battery staple");
		assertThat(hash).startsWith("{bcrypt}");
		assertThat(passwords.matches("correct horse battery staple", hash)).isTrue();
		assertThat(passwords.matches("wrong", hash)).isFalse();
		assertThat(passwords.matches(null, hash)).isFalse();
	}

}
