package org.familymatters.privacy.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.privacy.internal.DueDates;
import org.familymatters.privacy.internal.PrivacyRequest;

/**
 * A request as the pages show it.
 *
 * @param soon how soon it is due, for an open request ("Due in 3 days", "Overdue by 2
 * days"); null otherwise
 * @param overdue whether it is open and past its due date
 */
record Row(UUID id, String name, String kind, String received, String due, String soon, boolean overdue, String status,
		String colour) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	static Row of(PrivacyRequest r, LocalDate today) {
		return new Row(r.id(), r.fullName(), r.kind().label(), date(r.receivedOn()), date(r.dueOn()),
				r.open() ? DueDates.howSoon(r.dueOn(), today) : null, r.open() && r.dueOn().isBefore(today),
				r.status().label(), r.status().colour());
	}

	static String date(LocalDate day) {
		return (day != null) ? DAY.format(day) : null;
	}

}
