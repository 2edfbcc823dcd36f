package org.familymatters.courtdesk.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.familymatters.shared.time.ServiceTime;

/**
 * The months the court desk statistics cover, from the first to the last inclusive,
 * counted in Europe/London ({@link ServiceTime#ZONE}).
 */
public record StatisticsPeriod(YearMonth from, YearMonth to) {

	/** The longest period the statistics cover at once. */
	public static final int MAX_MONTHS = 60;

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	public StatisticsPeriod {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to);
		}
		if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
			throw new IllegalArgumentException("The period is longer than " + MAX_MONTHS + " months");
		}
	}

	/** The twelve months up to and including the current month in Europe/London. */
	public static StatisticsPeriod lastTwelveMonths(Clock clock) {
		return endingIn(thisMonth(clock));
	}

	/** The current month in Europe/London. */
	public static YearMonth thisMonth(Clock clock) {
		return YearMonth.from(clock.instant().atZone(ServiceTime.ZONE));
	}

	/** The twelve months up to and including this one. */
	public static StatisticsPeriod endingIn(YearMonth last) {
		return new StatisticsPeriod(last.minusMonths(11), last);
	}

	/** Every month of the period, in order. */
	public List<YearMonth> months() {
		var months = new ArrayList<YearMonth>();
		for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			months.add(month);
		}
		return List.copyOf(months);
	}

	/**
	 * When the period starts: midnight on the first day of its first month, in
	 * Europe/London.
	 */
	public Instant start() {
		return from.atDay(1).atStartOfDay(ServiceTime.ZONE).toInstant();
	}

	/**
	 * When the period ends, exclusive: midnight on the first day after its last month.
	 */
	public Instant end() {
		return to.plusMonths(1).atDay(1).atStartOfDay(ServiceTime.ZONE).toInstant();
	}

	/** A month as people read it, for example "March 2026". */
	public static String label(YearMonth month) {
		return month.format(LABEL);
	}

	/** The period as people read it, for example "April 2025 to March 2026". */
	public String label() {
		return from.equals(to) ? label(from) : label(from) + " to " + label(to);
	}

	/**
	 * The period as the file name of an export says it, for example "2025-04-to-2026-03".
	 */
	public String slug() {
		return from + "-to-" + to;
	}

}
