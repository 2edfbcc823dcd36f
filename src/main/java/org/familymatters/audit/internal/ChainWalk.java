package org.familymatters.audit.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Walks the audit trail's hash chain, event after event in the order of their positions,
 * and finds the first break (ADR 0019): events missing (a gap in the positions), an event
 * that does not carry the hash of the one before, or an event whose hash no longer
 * matches its columns — its content changed when the next event still carries its hash,
 * its hash altered when it does not. A pure rule: the caller reads the events.
 */
public final class ChainWalk {

	private long expected;

	private byte[] previous;

	private long checked;

	private Instant upTo;

	private Long lastPosition;

	private ChainEvent pending;

	private Break broken;

	/**
	 * A walk from the chain's start: the position of its first event and the hash that
	 * event carries ({@link AuditChain#GENESIS}, or the anchor after a removal).
	 */
	public ChainWalk(long firstPosition, byte[] startHash) {
		this.expected = firstPosition;
		this.previous = startHash.clone();
	}

	/** Checks the next event; the first break, once it is known. */
	public Optional<Break> next(ChainEvent event) {
		if (broken != null) {
			return Optional.of(broken);
		}
		if (pending != null) {
			boolean nextCarriesIt = Arrays.equals(event.prevHash(), pending.hash());
			broken = at(pending, nextCarriesIt ? Problem.CONTENT_CHANGED : Problem.HASH_ALTERED,
					nextCarriesIt ? "its content was changed after it was recorded: its columns no longer give its hash"
							: "its hash was altered: the event after it carries another");
			return Optional.of(broken);
		}
		long position = event.position();
		if (position != expected) {
			long missing = position - expected;
			broken = at(event, Problem.MISSING, (missing > 0)
					? ((missing == 1) ? "the event before it is missing" : missing + " events before it are missing")
							+ " (position" + ((missing == 1) ? " " : "s ") + expected
							+ ((missing == 1) ? "" : " to " + (position - 1)) + ")"
					: "it is out of its place in the chain (position " + position + ", expected " + expected + ")");
			return Optional.of(broken);
		}
		if (!Arrays.equals(event.prevHash(), previous)) {
			broken = at(event, Problem.LINK_BROKEN,
					"the hash it carries of the event before it was altered: it is not that event's hash");
			return Optional.of(broken);
		}
		if (!Arrays.equals(AuditChain.hash(previous, event, position), event.hash())) {
			pending = event;
			return Optional.empty();
		}
		previous = event.hash();
		expected = position + 1;
		checked++;
		upTo = event.occurredAt();
		lastPosition = position;
		return Optional.empty();
	}

	/**
	 * The first break, once every event has been given: a last event whose hash did not
	 * match is one whose content or hash was changed.
	 */
	public Optional<Break> finish() {
		if (broken == null && pending != null) {
			broken = at(pending, Problem.CONTENT_OR_HASH_CHANGED,
					"its content or its hash was changed: they no longer match");
		}
		return Optional.ofNullable(broken);
	}

	/** How many events were found whole, before any break. */
	public long checked() {
		return checked;
	}

	/** When the last event found whole happened; null if none was. */
	public Instant upTo() {
		return upTo;
	}

	/** The position of the last event found whole; null if none was. */
	public Long lastPosition() {
		return lastPosition;
	}

	private static Break at(ChainEvent event, Problem problem, String words) {
		return new Break(event.id(), event.position(), event.occurredAt(), problem, words);
	}

	/** What is wrong at the first break. */
	public enum Problem {

		/** Events are missing before this one. */
		MISSING,
		/** The hash this event carries of the one before it is not that event's hash. */
		LINK_BROKEN,
		/** The event's columns were changed since it was sealed. */
		CONTENT_CHANGED,
		/** The event's own hash was changed. */
		HASH_ALTERED,
		/**
		 * The last event's columns or hash were changed: nothing after it tells which.
		 */
		CONTENT_OR_HASH_CHANGED

	}

	/**
	 * The first break: the event where it is, and what is wrong, in words.
	 */
	public record Break(long eventId, long position, Instant occurredAt, Problem problem, String words) {
	}

}
