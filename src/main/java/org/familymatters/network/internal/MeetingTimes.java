package org.familymatters.network.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.shared.time.ServiceTime;

/**
 * A meeting's day and hours in words, in the service's zone (Europe/London) as GOV.UK
 * writes them: "Tuesday 3 March 2026", "10am to 12:30pm", "midday". Pure.
 */
public final class MeetingTimes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private MeetingTimes() {
	}

	/** The day it starts, e.g. "Tuesday 3 March 2026". */
	public static String day(Instant startsAt) {
		return DAY.format(startsAt.atZone(ServiceTime.ZONE));
	}

	/** The day without its weekday, e.g. "3 March 2026". */
	public static String shortDay(Instant startsAt) {
		return SHORT_DAY.format(startsAt.atZone(ServiceTime.ZONE));
	}

	/** The hours, e.g. "10am to 12:30pm". */
	public static String hours(Instant startsAt, Instant endsAt) {
		return time(startsAt.atZone(ServiceTime.ZONE).toLocalTime()) + " to "
				+ time(endsAt.atZone(ServiceTime.ZONE).toLocalTime());
	}

	/** Day and hours, e.g. "Tuesday 3 March 2026, 10am to 12:30pm". */
	public static String when(Instant startsAt, Instant endsAt) {
		return day(startsAt) + ", " + hours(startsAt, endsAt);
	}

	/** A time of day: "10am", "2:30pm", "midday", "midnight". */
	public static String time(LocalTime time) {
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
