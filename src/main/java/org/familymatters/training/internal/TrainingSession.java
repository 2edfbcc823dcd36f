package org.familymatters.training.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One sitting of a course, with its course's title and kind, its locality's name and how
 * many places are booked and waited for.
 *
 * @param id the session
 * @param courseId its course
 * @param courseTitle the course's title
 * @param courseKind the course's kind
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param venue the building and room; null when online only
 * @param address the venue's address; null when online only
 * @param onlineLink the joining link; null when in person only
 * @param capacity how many places it has
 * @param localityId the locality it serves; null for none in particular
 * @param localityName that locality's name; null for none
 * @param cancelled whether it was cancelled
 * @param version for stale saves (and the calendar invitations' sequence)
 * @param booked how many places are booked (status BOOKED)
 * @param waiting how many people are on its waiting list
 */
public record TrainingSession(UUID id, UUID courseId, String courseTitle, Course.Kind courseKind, Instant startsAt,
		Instant endsAt, String venue, String address, String onlineLink, int capacity, UUID localityId,
		String localityName, boolean cancelled, long version, int booked, int waiting) {

	/** How many places are left: never below 0. */
	public int placesLeft() {
		return Math.max(0, capacity - booked);
	}

	/** Whether it has started (or is over) at {@code now}. */
	public boolean started(Instant now) {
		return !startsAt.isAfter(now);
	}

	/** Whether it is over at {@code now}. */
	public boolean over(Instant now) {
		return !endsAt.isAfter(now);
	}

	/**
	 * Whether its details can still be changed, or it be cancelled: it is not cancelled
	 * and has not started.
	 */
	public boolean changeable(Instant now) {
		return !cancelled && !started(now);
	}

	/** Whether places can still be booked: not cancelled, not started. */
	public boolean bookable(Instant now) {
		return changeable(now);
	}

	/** Where it is, in a few words: the venue, "Online", or both. */
	public String where() {
		if (venue != null && onlineLink != null) {
			return venue + ", and online";
		}
		return (venue != null) ? venue : "Online";
	}

}
