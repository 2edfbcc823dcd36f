package org.familymatters.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What the reach report counts: the sessions that started from the first day to the last
 * (both included, in the service's time zone), in one locality or all, and the attendees
 * of one sector, role and seniority or all (null for all). By default the last 12 months
 * everywhere. A period is at most {@value #MAX_YEARS} years.
 *
 * @param from the first day
 * @param to the last day
 * @param localityId the sessions' locality, or null for all
 * @param sector the attendees' sector, or null for all
 * @param role the attendees' role, or null for all
 * @param seniority the attendees' seniority, or null for all
 */
public record ReachFilter(LocalDate from, LocalDate to, UUID localityId, BookingRules.Sector sector,
		BookingRules.Role role, BookingRules.Seniority seniority) {

	/** The longest period the report covers at once. */
	public static final int MAX_YEARS = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	public ReachFilter {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to);
		}
		if (from.plusYears(MAX_YEARS).isBefore(to)) {
			throw new IllegalArgumentException("The period is longer than " + MAX_YEARS + " years");
		}
	}

	/** The 12 months up to and including today, everywhere, everyone. */
	public static ReachFilter lastTwelveMonths(Clock clock) {
		var today = LocalDate.now(clock);
		return new ReachFilter(today.minusYears(1).plusDays(1), today, null, null, null, null);
	}

	/** The period as people read it: 1 May 2025 to 30 April 2026. */
	public String periodLabel() {
		return from.format(DAY) + " to " + to.format(DAY);
	}

	/** The period in a file name: 2025-05-01-to-2026-04-30. */
	public String slug() {
		return from + "-to-" + to;
	}

	/**
	 * The attendees' filters in words, for headings, the CSV and the audit trail: "all
	 * sectors, all roles, all seniorities" or the ones chosen.
	 */
	public String peopleLabel() {
		return ((sector != null) ? sector.label() + " sector" : "all sectors") + ", "
				+ ((role != null) ? role.label() : "all roles") + ", "
				+ ((seniority != null) ? seniority.label() : "all seniorities");
	}

}
