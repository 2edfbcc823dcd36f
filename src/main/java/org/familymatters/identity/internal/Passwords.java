package org.familymatters.identity.internal;

import java.security.SecureRandom;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The password policy, one-time passwords, and hashing. */
@Component
public class Passwords {

	/** The shortest password accepted. */
	public static final int MINIMUM_LENGTH = 12;

	/** The longest password accepted. */
	public static final int MAXIMUM_LENGTH = 128;

	/** No 0/O, 1/l/I: a one-time password is read off a screen and typed. */
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	private final PasswordEncoder encoder;

	Passwords(PasswordEncoder encoder) {
		this.encoder = encoder;
	}

	/** Four groups of four characters: about 93 bits. */
	public String oneTimePassword() {
		var password = new StringBuilder();
		for (int group = 0; group < 4; group++) {
			if (group > 0) {
				password.append('-');
			}
			for (int i = 0; i < 4; i++) {
				password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
		}
		return password.toString();
	}

	public String hash(String password) {
		return encoder.encode(password);
	}

	public boolean matches(String password, String hash) {
		return password != null && hash != null && encoder.matches(password, hash);
	}

	/** Why a new password is not acceptable, as a message key, or empty when it is. */
	public Optional<String> problemWith(String password, String username) {
		if (password == null || password.length() < MINIMUM_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAXIMUM_LENGTH) {
			return Optional.of("password.tooLong");
		}
		if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
			return Optional.of("password.containsUsername");
		}
		return Optional.empty();
	}

}
