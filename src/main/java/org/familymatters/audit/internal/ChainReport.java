package org.familymatters.audit.internal;

import java.time.Instant;

/**
 * What a verification of the audit trail's hash chain found.
 *
 * @param checked how many events were found whole, from the chain's start to its end or
 * its first break
 * @param firstPosition the position the walk started at
 * @param lastPosition the position of the last event found whole (null if none was)
 * @param upTo when the last event found whole happened (null if none was)
 * @param firstBreak the first break, or null when the chain is unbroken
 * @param unsealed events recorded but not yet sealed into the chain (the sealing runs
 * every few seconds)
 * @param removedBefore when the retention of the trail last removed the chain's oldest
 * events, those before this; null if it never did
 */
public record ChainReport(long checked, long firstPosition, Long lastPosition, Instant upTo, ChainWalk.Break firstBreak,
		long unsealed, Instant removedBefore) {

	public boolean unbroken() {
		return firstBreak == null;
	}

	/** The result in one sentence, for the console and the audit trail. */
	public String summary() {
		var events = (checked == 1) ? "1 event" : checked + " events";
		var pending = (unsealed == 0) ? ""
				: "; " + ((unsealed == 1) ? "1 event" : unsealed + " events") + " not yet sealed";
		if (unbroken()) {
			return "Unbroken: " + events + ((upTo != null) ? " up to " + upTo : "") + pending;
		}
		return "Broken at event " + firstBreak.eventId() + " (position " + firstBreak.position() + ", "
				+ firstBreak.occurredAt() + "): " + firstBreak.words() + "; " + events + " whole before it" + pending;
	}

}
