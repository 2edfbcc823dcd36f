package org.familymatters.directory.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Days of the week as RFC 5545 BYDAY codes (MO … SU), as HSDS schedules write them. */
public final class Schedules {

	private Schedules() {
	}

	public static String code(DayOfWeek day) {
		return day.name().substring(0, 2);
	}

	public static DayOfWeek day(String code) {
		return Arrays.stream(DayOfWeek.values())
			.filter(day -> code(day).equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a day: " + code));
	}

	/** A day from what a person or client might send: "SA", "sat", "Saturday". */
	public static Optional<DayOfWeek> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		var value = text.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(DayOfWeek.values())
			.filter(day -> value.equals(code(day)) || value.equals(day.name())
					|| value.equals(day.getDisplayName(TextStyle.SHORT, Locale.UK).toUpperCase(Locale.ROOT)))
			.findFirst();
	}

	public static String label(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, Locale.UK);
	}

}
