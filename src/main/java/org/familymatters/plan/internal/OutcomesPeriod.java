package org.familymatters.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The days whose closed plans the outcomes report counts, the first and last included. By
 * default the last 12 months: from the day after this day a year ago to today.
 */
public record OutcomesPeriod(LocalDate from, LocalDate to) {

	/** The longest period the report covers at once: five years. */
	public static final int MAX_YEARS = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	public OutcomesPeriod {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to);
		}
		if (from.plusYears(MAX_YEARS).isBefore(to)) {
			throw new IllegalArgumentException("The period is longer than " + MAX_YEARS + " years");
		}
	}

	/** The 12 months up to and including today. */
	public static OutcomesPeriod lastTwelveMonths(Clock clock) {
		return endingOn(LocalDate.now(clock));
	}

	/** The 12 months up to and including this day. */
	public static OutcomesPeriod endingOn(LocalDate last) {
		return new OutcomesPeriod(last.minusYears(1).plusDays(1), last);
	}

	/** The period as people read it: 1 May 2025 to 30 April 2026. */
	public String label() {
		return from.format(DAY) + " to " + to.format(DAY);
	}

	/** The period in a file name: 2025-05-01-to-2026-04-30. */
	public String slug() {
		return from + "-to-" + to;
	}

}
