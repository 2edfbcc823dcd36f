package org.familymatters.training.web;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.shared.time.ServiceTime;

/**
 * A session's day and hours in words, in the service's zone (Europe/London) as GOV.UK
 * writes them: "Tuesday 3 March 2026", "9:30am to 1pm", "midday". Pure.
 */
final class SessionWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private SessionWords() {
	}

	/** The day it starts, e.g. "Tuesday 3 March 2026". */
	static String day(Instant startsAt) {
		return DAY.format(startsAt.atZone(ServiceTime.ZONE));
	}

	/** The hours, e.g. "9:30am to 1pm". */
	static String hours(Instant startsAt, Instant endsAt) {
		return time(startsAt.atZone(ServiceTime.ZONE).toLocalTime()) + " to "
				+ time(endsAt.atZone(ServiceTime.ZONE).toLocalTime());
	}

	/** Day and hours, e.g. "Tuesday 3 March 2026, 9:30am to 1pm". */
	static String when(Instant startsAt, Instant endsAt) {
		return day(startsAt) + ", " + hours(startsAt, endsAt);
	}

	/** A time of day: "10am", "2:30pm", "midday", "midnight". */
	static String time(LocalTime time) {
		if (time.getHour() == 12 && time.getMinute() == 0) {
			return "midday";
		}
		if (time.getHour() == 0 && time.getMinute() == 0) {
			return "midnight";
		}
		int hour = (time.getHour() % 12 == 0) ? 12 : time.getHour() % 12;
		var minutes = (time.getMinute() == 0) ? "" : String.format(Locale.ROOT, ":%02d", time.getMinute());
		return hour + minutes + ((time.getHour() < 12) ? "am" : "pm");
	}

}
