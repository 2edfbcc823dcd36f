package org.familymatters.network.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A network's meeting: when, where (a place, an online link or both), whether it is
 * cancelled, and its iCalendar sequence (0 for the invitation, one more for each update
 * or the cancellation).
 *
 * @param id the meeting
 * @param networkId its network
 * @param startsAt when it starts
 * @param endsAt when it ends, after it starts
 * @param place where it is held; null when it is online only
 * @param onlineLink the address to join it online; null when there is none
 * @param cancelled whether it was cancelled
 * @param sequence the iCalendar SEQUENCE of its latest invitation, update or cancellation
 * @param version for stale saves
 */
public record Meeting(UUID id, UUID networkId, Instant startsAt, Instant endsAt, String place, String onlineLink,
		boolean cancelled, int sequence, long version) {

	/** Whether it has started (or is over) at {@code now}. */
	public boolean started(Instant now) {
		return !startsAt.isAfter(now);
	}

	/** Whether it is over at {@code now}. */
	public boolean over(Instant now) {
		return !endsAt.isAfter(now);
	}

	/**
	 * Whether its date, time and place can still be changed, or it be cancelled: it is
	 * not cancelled and has not started.
	 */
	public boolean changeable(Instant now) {
		return !cancelled && !started(now);
	}

}
