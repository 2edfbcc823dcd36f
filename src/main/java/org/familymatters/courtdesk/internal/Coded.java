package org.familymatters.courtdesk.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * A court desk choice: its label for people, its code for the database, forms and
 * exports.
 */
public interface Coded {

	String name();

	String label();

	/** As the database, the forms and the exports write it. */
	default String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The choice with this code, if any. */
	static <E extends Enum<E> & Coded> Optional<E> ofCode(Class<E> type, String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (var value : type.getEnumConstants()) {
			if (value.code().equals(code.strip())) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

}
