package org.familymatters.shared.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.shared.time.ServiceTime;

/**
 * How dates and times are written in a subject access package, the same in every module's
 * section: "3 March 2026", "3 March 2026 at 14:05" (UK time); null stays null.
 */
public final class PackageWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

	private PackageWords() {
	}

	public static String date(LocalDate day) {
		return (day != null) ? DAY.format(day) : null;
	}

	public static String time(Instant moment) {
		return (moment != null) ? MOMENT.format(moment.atZone(ServiceTime.ZONE)) : null;
	}

}
