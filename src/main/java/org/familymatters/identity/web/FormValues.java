package org.familymatters.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turning what a form sent into typed values, without exceptions for a user's mistake.
 */
final class FormValues {

	private FormValues() {
	}

	static Optional<UUID> uuid(String value) {
		try {
			return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst();
	}

	static <E extends Enum<E>> Optional<List<E>> choices(Class<E> type, List<String> values) {
		var chosen = values.stream().map(value -> choice(type, value)).toList();
		return chosen.stream().allMatch(Optional::isPresent) ? Optional.of(chosen.stream().map(Optional::get).toList())
				: Optional.empty();
	}

}
