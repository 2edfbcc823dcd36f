package org.familymatters.network.internal;

import java.io.Serial;

/**
 * The meeting cannot take this change now: it was cancelled, it has started (so its date,
 * time and place, and apologies, are settled), or it has not started yet (so nobody can
 * have attended). {@link #code()} names the message that says so.
 */
public class MeetingClosed extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Why why;

	public MeetingClosed(Why why) {
		super("The meeting " + why.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
		this.why = why;
	}

	public Why why() {
		return why;
	}

	/** The message's code, e.g. {@code network.meeting.cancelled}. */
	public String code() {
		return "network.meeting." + why.code;
	}

	/** Why the meeting cannot take the change. */
	public enum Why {

		/** It was cancelled. */
		CANCELLED("cancelled"),

		/** It has started, or is over. */
		STARTED("started"),

		/** It has not started yet. */
		NOT_STARTED("notStarted");

		private final String code;

		Why(String code) {
			this.code = code;
		}

	}

}
