package org.familymatters.training.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A place on a training session, or a place on its waiting list: who booked it (their own
 * work details, never a family's) and its status.
 *
 * @param id the booking
 * @param sessionId its session
 * @param name the name of whoever booked
 * @param email their work e-mail address, lower case
 * @param organisation their organisation
 * @param sector their sector: STATUTORY, VOLUNTARY, FAITH or PRIVATE
 * @param role their role (a {@link BookingRules.Role})
 * @param seniority their seniority (a {@link BookingRules.Seniority})
 * @param userId the staff user who booked with one click; null for a booking without an
 * account
 * @param status BOOKED, WAITING or CANCELLED
 * @param bookedAt when it was made, or when a place from the waiting list became theirs
 * @param waitingSince when it joined the waiting list; null for none
 * @param version its version
 */
public record Booking(UUID id, UUID sessionId, String name, String email, String organisation, String sector,
		String role, String seniority, UUID userId, String status, Instant bookedAt, Instant waitingSince,
		long version) {

	/** Status: a place. */
	public static final String BOOKED = "BOOKED";

	/** Status: on the waiting list. */
	public static final String WAITING = "WAITING";

	/** Status: cancelled. */
	public static final String CANCELLED = "CANCELLED";

	/** Whether it holds a place. */
	public boolean booked() {
		return BOOKED.equals(status);
	}

	/** Whether it is on the waiting list. */
	public boolean waiting() {
		return WAITING.equals(status);
	}

	/** The role in words. */
	public String roleLabel() {
		return BookingRules.Role.valueOf(role).label();
	}

}
