package org.familymatters.courtdesk.web;

import java.time.format.DateTimeFormatter;

import org.familymatters.courtdesk.internal.RotaSession;

/** How the rota pages write days and hours. */
final class RotaViews {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private RotaViews() {
	}

	static String hours(RotaSession session) {
		return TIME.format(session.startsAt()) + " to " + TIME.format(session.endsAt());
	}

}
