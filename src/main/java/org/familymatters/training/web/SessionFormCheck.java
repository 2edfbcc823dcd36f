package org.familymatters.training.web;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.shared.web.FormCheck;
import org.familymatters.training.internal.SessionRules;
import org.familymatters.training.internal.TrainingSessions;

import org.springframework.validation.BindingResult;

/**
 * Checks the session form with {@link FormCheck} (messages under {@value #PREFIX}): the
 * date (GOV.UK date input), start and end times (9:30, 09:30 or 9.30, UK time), a venue
 * with its address and/or an online joining link (an http or https address), the number
 * of places, the locality (optional, one of those offered) and at least one trainer (of
 * those offered); then the {@link SessionRules}, each broken rule on its field. Pure:
 * unit-tested without Spring.
 */
final class SessionFormCheck {

	/** Where the session form's messages start. */
	static final String PREFIX = "training.session";

	private SessionFormCheck() {
	}

	/**
	 * The session's details, or empty with each problem on its field.
	 * @param now the time the form is checked at
	 * @param booked the places booked on the session already (0 for a new one)
	 * @param changing whether it changes a session (and so must carry its version)
	 * @param localities the localities offered
	 * @param trainers the trainers offered
	 */
	static Optional<SessionRules.Details> details(SessionForm form, Instant now, int booked, boolean changing,
			Collection<UUID> localities, Collection<UUID> trainers, BindingResult result) {
		var check = FormCheck.of(result, PREFIX);
		var day = check.requiredDate("date", form.getDate());
		var starts = check.requiredTime("startsAt", form.getStartsAt());
		var ends = check.requiredTime("endsAt", form.getEndsAt());
		var venue = check.text("venue", form.getVenue(), TrainingSessions.PLACE_MAX);
		var address = check.text("address", form.getAddress(), TrainingSessions.PLACE_MAX);
		var link = check.webAddress("onlineLink", form.getOnlineLink());
		var capacity = check.requiredNumber("capacity", form.getCapacity(), 1, SessionRules.MAX_CAPACITY);
		var locality = check.identifier("localityId", form.getLocalityId());
		if (locality != null && !localities.contains(locality)) {
			check.reject("localityId", "input.unknownChoice");
		}
		var chosen = check.identifiers("trainers", form.getTrainers());
		if (!trainers.containsAll(chosen)) {
			check.reject("trainers", "input.unknownChoice");
		}
		if (day != null && starts != null && ends != null && capacity != null && !check.failed("venue")
				&& !check.failed("address") && !check.failed("onlineLink") && !check.failed("trainers")) {
			var details = new SessionRules.Details(SessionRules.at(day, starts), SessionRules.at(day, ends), venue,
					address, link, capacity, locality, chosen);
			reject(SessionRules.problems(details, now, booked), result);
			if (changing && version(form.getVersion()) < 0 && !check.failed()) {
				check.rejectForm("record.changedElsewhere");
			}
			return check.failed() ? Optional.empty() : Optional.of(details);
		}
		// Some field could not be read: the rules that need only what could be are
		// checked.
		if (venue == null && link == null && !check.failed("venue") && !check.failed("onlineLink")) {
			check.reject("venue", "somewhere");
		}
		if (venue != null && address == null && !check.failed("address")) {
			check.reject("address", "withVenue");
		}
		if (starts != null && ends != null && !ends.isAfter(starts)) {
			check.reject("endsAt", "notAfterStart");
		}
		if (chosen.isEmpty() && !check.failed("trainers")) {
			check.reject("trainers", "required");
		}
		return Optional.empty();
	}

	/** Puts each broken rule on its field. */
	static void reject(List<SessionRules.Problem> problems, BindingResult result) {
		var check = FormCheck.of(result, PREFIX);
		for (var problem : problems) {
			var code = "unknownChoice".equals(problem.code()) ? "input.unknownChoice" : problem.code();
			if (problem.argument() != null) {
				check.reject(problem.field(), code, problem.argument());
			}
			else {
				check.reject(problem.field(), code);
			}
		}
	}

	/** The version a form carries; -1 when it carries none or not a number. */
	static long version(String version) {
		try {
			return (version != null) ? Long.parseLong(version.strip()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
