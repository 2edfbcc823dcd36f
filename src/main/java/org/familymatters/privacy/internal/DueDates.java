package org.familymatters.privacy.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a request must be answered: one calendar month after the day it was received (UK
 * GDPR article 12(3)); where the next month has no such day, its last day (31 January →
 * 28 or 29 February). Pure: unit-tested.
 */
public final class DueDates {

	/** How far ahead the officer's home page looks for requests coming due. */
	public static final int SOON_DAYS = 7;

	private DueDates() {
	}

	public static LocalDate due(LocalDate receivedOn) {
		return receivedOn.plusMonths(1);
	}

	/**
	 * Whether a request due on a day is due within {@link #SOON_DAYS} days, or overdue.
	 */
	public static boolean dueSoon(LocalDate dueOn, LocalDate today) {
		return !dueOn.isAfter(today.plusDays(SOON_DAYS));
	}

	/** A few words on how soon: "Overdue by 2 days", "Due today", "Due in 3 days". */
	public static String howSoon(LocalDate dueOn, LocalDate today) {
		long days = ChronoUnit.DAYS.between(today, dueOn);
		if (days < 0) {
			return "Overdue by " + (-days) + ((days == -1) ? " day" : " days");
		}
		if (days == 0) {
			return "Due today";
		}
		return "Due in " + days + ((days == 1) ? " day" : " days");
	}

}
