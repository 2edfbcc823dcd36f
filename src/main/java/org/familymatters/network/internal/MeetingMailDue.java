package org.familymatters.network.internal;

import java.util.UUID;

/**
 * Published in the transaction that scheduled, changed or cancelled a meeting: after its
 * commit, {@link MeetingInvitations} e-mails every member and the coordinator, once each.
 *
 * @param meetingId the meeting
 * @param kind an invitation, an update or a cancellation
 * @param sequence the meeting's iCalendar sequence it was published for; the e-mail is
 * not sent when a later change has superseded it
 */
public record MeetingMailDue(UUID meetingId, Kind kind, int sequence) {

	/** What the e-mail says of the meeting. */
	public enum Kind {

		/** The meeting is scheduled: METHOD:REQUEST, sequence 0. */
		INVITATION("invitation"),

		/** Its date, time or place changed: METHOD:REQUEST with the new sequence. */
		UPDATE("update"),

		/** It was cancelled: METHOD:CANCEL, STATUS:CANCELLED. */
		CANCELLATION("cancellation");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		/** The kind as {@code network_meeting_mail} records it. */
		public String code() {
			return code;
		}

	}

}
