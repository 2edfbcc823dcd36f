package org.familymatters.courtdesk.web;

import java.util.List;

import org.familymatters.courtdesk.internal.Rota;
import org.familymatters.courtdesk.internal.SessionDetails;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Turns the session form into a session's details through the input rules
 * ({@link FormCheck}, messages under {@code courtdesk.session}), each problem by its
 * field: the court, the date, the hours (9:30, 09:30 or 9.30), the volunteers needed and
 * the notes. What the rota refuses beyond that (a day past, an end before the start, an
 * archived court) comes from {@link Rota#check} and is put on the same form with
 * {@link #reject}. Pure: tested without Spring.
 */
final class SessionFormCheck {

	/** Where the session form's messages start. */
	static final String PREFIX = "courtdesk.session";

	/** The longest notes a session keeps. */
	static final int NOTES_MAX = 500;

	private SessionFormCheck() {
	}

	/** A check of the session form whose binding result is {@code result}. */
	static FormCheck of(BindingResult result) {
		return FormCheck.of(result, PREFIX);
	}

	/**
	 * The details as far as they can be read: a field that cannot is null (the volunteers
	 * needed 1), its problem now on the check.
	 */
	static SessionDetails details(SessionForm form, FormCheck check) {
		var court = check.requiredIdentifier("courtId", form.getCourtId());
		var date = check.requiredDate("date", form.getDate());
		var starts = check.requiredTime("startsAt", form.getStartsAt());
		var ends = check.requiredTime("endsAt", form.getEndsAt());
		var needed = check.requiredNumber("volunteersNeeded", form.getVolunteersNeeded(), 1, 20);
		var notes = check.text("notes", form.getNotes(), NOTES_MAX);
		return new SessionDetails(court, date, starts, ends, (needed != null) ? needed : 1, notes);
	}

	/**
	 * Puts what the rota refuses on the form, by field (unless the field has a problem).
	 */
	static void reject(List<Rota.Problem> problems, FormCheck check) {
		problems.forEach(problem -> check.reject(problem.field(), problem.code()));
	}

}
