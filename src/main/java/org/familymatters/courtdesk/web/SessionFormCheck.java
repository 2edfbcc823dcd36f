package org.familymatters.courtdesk.web;

import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familymatters.courtdesk.Rota;
import org.familymatters.courtdesk.SessionDetails;

import org.springframework.validation.BindingResult;

/**
 * Turns the session form into a session's details, putting each problem by its field:
 * what is missing or mistyped here, what the rota refuses (past day, end before start,
 * court) from {@link Rota#check}.
 */
final class SessionFormCheck {

	private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

	private SessionFormCheck() {
	}

	/** The details, or null when the form has errors (now in {@code result}). */
	static SessionDetails details(SessionForm form, BindingResult result, Rota rota) {
		var court = uuid(form.getCourtId());
		if (court == null) {
			result.rejectValue("courtId", "courtdesk.session.court.required");
		}
		var date = (form.getDate() != null) ? form.getDate().toDate().orElse(null) : null;
		if (date == null) {
			result.rejectValue("date", (form.getDate() == null || form.getDate().isEmpty())
					? "courtdesk.session.date.required" : "courtdesk.session.date.invalid");
		}
		var starts = time(form.getStartsAt());
		if (starts == null) {
			result.rejectValue("startsAt", "courtdesk.session.startsAt.invalid");
		}
		var ends = time(form.getEndsAt());
		if (ends == null) {
			result.rejectValue("endsAt", "courtdesk.session.endsAt.invalid");
		}
		Integer needed = number(form.getVolunteersNeeded());
		if (needed == null) {
			result.rejectValue("volunteersNeeded", "courtdesk.session.needed.range");
		}
		var details = new SessionDetails(court, date, starts, ends, (needed != null) ? needed : 1, form.getNotes());
		for (var problem : rota.check(details)) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.code());
			}
		}
		return result.hasErrors() ? null : details;
	}

	static LocalTime time(String value) {
		if (value == null) {
			return null;
		}
		var matcher = TIME.matcher(value.strip());
		if (!matcher.matches()) {
			return null;
		}
		return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	static Integer number(String value) {
		if (value == null || !value.strip().matches("\\d{1,3}")) {
			return null;
		}
		return Integer.valueOf(value.strip());
	}

	static UUID uuid(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
