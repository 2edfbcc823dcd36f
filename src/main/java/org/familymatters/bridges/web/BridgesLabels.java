package org.familymatters.bridges.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.shared.time.ServiceTime;

import org.springframework.stereotype.Component;

/**
 * Dates as the Building Bridges pages show them ({@code @bridgesLabels} in templates).
 */
@Component("bridgesLabels")
public class BridgesLabels {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
		.withZone(ServiceTime.ZONE);

	/** "3 June 2026"; empty for none. */
	public String date(LocalDate date) {
		return (date != null) ? DAY.format(date) : "";
	}

	/** "3 June 2026, 14:05"; empty for none. */
	public String when(Instant instant) {
		return (instant != null) ? WHEN.format(instant) : "";
	}

}
