package org.familymatters.network.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.familymatters.network.internal.MeetingDetails;
import org.familymatters.network.internal.Meetings;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the meeting form with {@link FormCheck} (messages under {@value #PREFIX}): the
 * date (GOV.UK date input), start and end times (9:30, 09:30 or 9.30, in Europe/London),
 * a place and/or an online link (an http or https address). Refused, each on its field: a
 * meeting that starts now or earlier, one more than {@value #YEARS_AHEAD} years ahead, an
 * end not after the start, neither place nor link. Pure: unit-tested without Spring.
 */
final class MeetingFormCheck {

	/** Where the meeting form's messages start. */
	static final String PREFIX = "network.meeting";

	/** The longest place kept. */
	static final int PLACE_MAX = 200;

	/** How far ahead a meeting may be scheduled. */
	static final int YEARS_AHEAD = 2;

	private MeetingFormCheck() {
	}

	/**
	 * The meeting's details, or empty with each problem on its field.
	 * @param now the time the form is checked at
	 * @param changing whether it changes a meeting (and so must carry its version)
	 */
	static Optional<MeetingDetails> details(MeetingForm form, Instant now, boolean changing, BindingResult result) {
		var check = FormCheck.of(result, PREFIX);
		var day = check.requiredDate("date", form.getDate());
		var starts = check.requiredTime("startsAt", form.getStartsAt());
		var ends = check.requiredTime("endsAt", form.getEndsAt());
		var place = check.text("place", form.getPlace(), PLACE_MAX);
		var link = check.webAddress("onlineLink", form.getOnlineLink());
		if (place == null && link == null && !check.failed("place") && !check.failed("onlineLink")) {
			check.reject("place", "somewhere");
		}
		var today = LocalDate.ofInstant(now, ServiceTime.ZONE);
		if (day != null && day.isAfter(today.plusYears(YEARS_AHEAD))) {
			check.reject("date", "tooFar");
		}
		else if (day != null && day.isBefore(today)) {
			check.reject("date", "past");
		}
		else if (day != null && starts != null && !Meetings.at(day, starts).isAfter(now)) {
			check.reject("startsAt", "past");
		}
		if (starts != null && ends != null && !ends.isAfter(starts)) {
			check.reject("endsAt", "notAfterStart");
		}
		if (changing && form.getVersion() == null && !check.failed()) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new MeetingDetails(Meetings.at(day, starts), Meetings.at(day, ends), place, link));
	}

}
