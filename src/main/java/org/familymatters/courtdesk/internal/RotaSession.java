package org.familymatters.courtdesk.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A court desk session on the rota: a court, a day, its hours, how many volunteers it
 * needs, and who signed up. A cancelled session stays on the rota, marked cancelled.
 */
public record RotaSession(UUID id, UUID courtId, String courtName, String courtAddress, LocalDate date,
		LocalTime startsAt, LocalTime endsAt, int volunteersNeeded, String notes, boolean cancelled, long version,
		List<Volunteer> signedUp) {

	public int placesLeft() {
		return Math.max(0, volunteersNeeded - signedUp.size());
	}

	public boolean full() {
		return placesLeft() == 0;
	}

	public boolean hasSignedUp(UUID volunteerId) {
		return signedUp.stream().anyMatch(v -> v.id().equals(volunteerId));
	}

	/** Whether the session has begun (or is over) at this time of day in court. */
	public boolean startedBy(LocalDateTime now) {
		return !date.atTime(startsAt).isAfter(now);
	}

	/**
	 * "Needs 1 more volunteer", "Needs 2 more volunteers", or null when nothing is
	 * missing.
	 */
	public String gap() {
		int missing = placesLeft();
		if (cancelled || missing == 0) {
			return null;
		}
		return "Needs " + missing + " more volunteer" + ((missing != 1) ? "s" : "");
	}

	/** A volunteer signed up for the session. */
	public record Volunteer(UUID id, String displayName) {
	}

}
