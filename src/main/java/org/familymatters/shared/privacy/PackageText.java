package org.familymatters.shared.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.shared.time.ServiceTime;

/**
 * How the subject access sources write values in the package, the same in every section:
 * dates as "9 July 2025", moments in UK time as "9 July 2025 at 14:05", yes or no.
 */
public final class PackageText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
		.withZone(ServiceTime.ZONE);

	private PackageText() {
	}

	/** A day, or null for none. */
	public static String date(LocalDate day) {
		return (day != null) ? DAY.format(day) : null;
	}

	/** A moment in the service's time zone, or null for none. */
	public static String dateTime(Instant moment) {
		return (moment != null) ? MOMENT.format(moment) : null;
	}

	/** The day of a moment in the service's time zone, or null for none. */
	public static String day(Instant moment) {
		return (moment != null) ? DAY.format(moment.atZone(ServiceTime.ZONE)) : null;
	}

	/** "Yes" or "No"; null stays null (not recorded). */
	public static String yesNo(Boolean value) {
		if (value == null) {
			return null;
		}
		return value ? "Yes" : "No";
	}

}
