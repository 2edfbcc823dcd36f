package org.familymatters.identity.web;

import java.time.Duration;
import java.util.Optional;

import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the form for a new API token: what it is for, and one of the lifetimes offered.
 * Pure: unit-tested without Spring.
 */
final class TokenFormCheck {

	static final int NAME_MAX = 100;

	private TokenFormCheck() {
	}

	/** The token the form asks for, or empty with each problem put on its field. */
	static Optional<NewToken> check(TokenForm form, BindingResult result) {
		var check = FormCheck.of(result, "token");
		var name = check.requiredText("name", form.getName(), NAME_MAX);
		var lifetime = check.requiredChoice("lifetimeDays", form.getLifetimeDays(), TokenFormCheck::lifetime);
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new NewToken(name, lifetime));
	}

	/** One of the lifetimes the form offers, by its number of days. */
	private static Optional<Duration> lifetime(String days) {
		return TokenForm.LIFETIMES.stream()
			.filter(option -> option.value().equals(days))
			.findFirst()
			.map(option -> Duration.ofDays(Long.parseLong(option.value())));
	}

	/**
	 * What the form asks for.
	 *
	 * @param name what the token is for
	 * @param lifetime how long it lasts
	 */
	record NewToken(String name, Duration lifetime) {
	}

}
