package org.familymatters.network.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the network module records in the audit trail. */
public enum NetworkAudit implements AuditAction {

	// Networks, members and messages

	/** Set up a network. */
	NETWORK_CREATED("Set up a network"),

	/** Added a member to a network. */
	NETWORK_MEMBER_ADDED("Added a member to a network"),

	/** Gave a network another coordinator. */
	NETWORK_COORDINATOR_CHANGED("Gave a network another coordinator"),

	/** Wrote a new version of a network's terms of reference or consent form. */
	NETWORK_DOCUMENT_WRITTEN("Wrote a new version of a network's terms of reference or consent form"),

	/** Asked to join a network. */
	NETWORK_JOIN_REQUESTED("Asked to join a network"),

	/** Declined a request to join a network. */
	NETWORK_JOIN_DECLINED("Declined a request to join a network"),

	/** Recorded the day a member's organisation confirmed its backing. */
	NETWORK_BACKING_RECORDED("Recorded the day a member's organisation confirmed its backing"),

	/** Removed a member from a network. */
	NETWORK_MEMBER_REMOVED("Removed a member from a network"),

	/** Checked a message to a network for the names of people in families on record. */
	NETWORK_MESSAGE_CHECKED("Checked a message to a network for names of people on record"),

	/** Confirmed that a message in which the check found names names no family member. */
	NETWORK_MESSAGE_CONFIRMED("Confirmed that a message to a network names no family member"),

	/** Sent a message to a network's members. */
	NETWORK_MESSAGE_SENT("Sent a message to a network's members"),

	/** E-mailed a message to one member of a network. */
	NETWORK_MESSAGE_MAILED("E-mailed a network's message to a member"),

	// Meetings, agenda and minutes

	/** Scheduled a network meeting. */
	MEETING_SCHEDULED("Scheduled a network meeting"),

	/** Changed the date, time or place of a network meeting. */
	MEETING_CHANGED("Changed the date, time or place of a network meeting"),

	/** Cancelled a network meeting. */
	MEETING_CANCELLED("Cancelled a network meeting"),

	/** E-mailed a member the invitation, update or cancellation of a network meeting. */
	MEETING_MAILED("E-mailed a member the invitation, update or cancellation of a network meeting"),

	/** Sent apologies for a network meeting. */
	MEETING_APOLOGIES_SENT("Sent apologies for a network meeting"),

	/** Withdrew apologies for a network meeting. */
	MEETING_APOLOGIES_WITHDRAWN("Withdrew apologies for a network meeting"),

	/** Recorded who attended a network meeting. */
	MEETING_ATTENDANCE_RECORDED("Recorded who attended a network meeting"),

	/** Raised a family for discussion at a network meeting. */
	NETWORK_FAMILY_RAISED("Raised a family for discussion at a network meeting"),

	/** Looked up a family by its reference to raise it at a network meeting. */
	NETWORK_FAMILY_LOOKED_UP("Looked up a family by its reference to raise it at a network meeting"),

	/** Was shown a family whose plan review is due, to add it to an agenda. */
	NETWORK_REVIEW_DUE_LISTED("Was shown a family whose plan review is due, to add it to an agenda"),

	/** Added a family's plan review to a network meeting's agenda. */
	NETWORK_REVIEW_ADDED("Added a family's plan review to a network meeting's agenda"),

	/** Added other business to a network meeting's agenda. */
	NETWORK_OTHER_BUSINESS_ADDED("Added other business to a network meeting's agenda"),

	/** Was shown a family by name on a network meeting's agenda. */
	NETWORK_AGENDA_FAMILY_SHOWN("Was shown a family by name on a network meeting's agenda"),

	/** Wrote the minute of an item of a network meeting. */
	NETWORK_MINUTE_WRITTEN("Wrote the minute of an item of a network meeting"),

	/** Agreed an action for a family at a network meeting, into its support plan. */
	NETWORK_ACTION_AGREED("Agreed an action for a family at a network meeting, into its support plan"),

	/** Published a version of a network meeting's minutes. */
	NETWORK_MINUTES_PUBLISHED("Published a version of a network meeting's minutes"),

	/** Started a correction of a network meeting's published minutes. */
	NETWORK_MINUTES_CORRECTED("Started a correction of a network meeting's published minutes"),

	/** Was shown a family by name in a network meeting's minutes. */
	NETWORK_MINUTES_FAMILY_SHOWN("Was shown a family by name in a network meeting's minutes"),

	/** E-mailed a member that a network meeting's minutes were published. */
	NETWORK_MINUTES_MAILED("E-mailed a member that a network meeting's minutes were published"),

	/**
	 * Printed a member's copy of a network meeting's minutes as a PDF (issue 17: every
	 * export is audited); the version in the detail.
	 */
	NETWORK_MINUTES_PRINTED("Printed a network meeting's minutes (PDF)"),

	/** Viewed the networks' activity (counts, small ones suppressed). */
	NETWORK_ACTIVITY_VIEWED("Viewed the networks' activity (counts, small ones suppressed)"),

	/** Downloaded the networks' activity (counts, small ones suppressed). */
	NETWORK_ACTIVITY_EXPORTED("Downloaded the networks' activity (counts, small ones suppressed)"),

	// P4: subject access sources (issue 17)

	/**
	 * Read a network meeting's agenda and minutes naming the person or their family for a
	 * subject access request.
	 */
	NETWORK_SUBJECT_ACCESS_READ(
			"Read a network meeting's agenda and minutes naming the person or their family for a subject access request"),

	// What the network module records when it erases a person's data on request (ADR
	// 0018).
	/**
	 * Took a person's name out of a network's agenda and minutes on their request to
	 * erase their data.
	 */
	NETWORK_TEXT_ERASED(
			"Took a person's name out of a network's agenda and minutes on their request to erase their data"),

	// What the network module records when a closed family's period ends and its rows
	// are made anonymous (ADR 0016, "Closed families across modules").
	/**
	 * Removed what networks' agendas and minutes say of a closed family after the
	 * retention period.
	 */
	NETWORK_CLOSED_FAMILY_ANONYMISED(
			"Removed what networks' agendas and minutes say of a closed family after the retention period");

	private final String description;

	NetworkAudit(String description) {
		this.description = description;
	}

	@Override
	public String description() {
		return description;
	}

	/** These actions, for the audit page. */
	@Component
	static class Catalogue implements AuditActionCatalogue {

		@Override
		public List<NetworkAudit> actions() {
			return List.of(values());
		}

	}

}
