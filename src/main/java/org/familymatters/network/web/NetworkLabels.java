package org.familymatters.network.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.shared.time.ServiceTime;

import org.springframework.stereotype.Component;

/** The words the network pages show for dates and times, as {@code @networkLabels}. */
@Component("networkLabels")
public class NetworkLabels {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** A moment in the United Kingdom: "3 March 2026 at 2:30pm". */
	public String moment(Instant instant) {
		return (instant != null)
				? MOMENT.format(instant.atZone(ServiceTime.ZONE)).replace("AM", "am").replace("PM", "pm") : "";
	}

}
