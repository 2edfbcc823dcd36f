package org.familymatters.training.web;

import java.time.Instant;
import java.util.UUID;

import org.familymatters.training.internal.TrainingSession;

/**
 * A session in a list, in words.
 *
 * @param id the session
 * @param courseId its course
 * @param title its course's title
 * @param kind its course's kind, in words
 * @param day its day
 * @param hours its hours
 * @param where its venue, "Online", or both
 * @param locality its locality's name; "" for none
 * @param places its places in words: "8 places left", "Full – join the waiting list"
 * @param booked "12 of 20 booked"
 * @param waiting how many are on the waiting list
 * @param status "Cancelled", "Held", "Happening now" or "Open for booking"
 * @param colour the status tag's colour
 * @param bookable whether places can be booked
 * @param full whether every place is booked
 */
record SessionRow(UUID id, UUID courseId, String title, String kind, String day, String hours, String where,
		String locality, String places, String booked, int waiting, String status, String colour, boolean bookable,
		boolean full) {

	static SessionRow of(TrainingSession session, Instant now) {
		String status;
		String colour;
		if (session.cancelled()) {
			status = "Cancelled";
			colour = "red";
		}
		else if (session.over(now)) {
			status = "Held";
			colour = "grey";
		}
		else if (session.started(now)) {
			status = "Happening now";
			colour = "green";
		}
		else {
			status = "Open for booking";
			colour = "blue";
		}
		int left = session.placesLeft();
		var places = (left == 0) ? "Full – join the waiting list"
				: left + ((left == 1) ? " place left" : " places left");
		return new SessionRow(session.id(), session.courseId(), session.courseTitle(), session.courseKind().label(),
				SessionWords.day(session.startsAt()), SessionWords.hours(session.startsAt(), session.endsAt()),
				session.where(), (session.localityName() != null) ? session.localityName() : "", places,
				session.booked() + " of " + session.capacity() + " booked", session.waiting(), status, colour,
				session.bookable(now), left == 0);
	}

}
