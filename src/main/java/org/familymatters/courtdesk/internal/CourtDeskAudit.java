package org.familymatters.courtdesk.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the court desk module records in the audit trail. */
public enum CourtDeskAudit implements AuditAction {

	/** Added a court. */
	COURT_ADDED("Added a court"),

	/** Archived a court. */
	COURT_ARCHIVED("Archived a court"),

	/** Changed a court. */
	COURT_CHANGED("Changed a court"),

	/** Restored a court. */
	COURT_RESTORED("Restored a court"),

	/** Made a private calendar link. */
	COURT_DESK_CALENDAR_CREATED("Made a private calendar link"),

	/** Stopped a private calendar link. */
	COURT_DESK_CALENDAR_REVOKED("Stopped a private calendar link"),

	/** Recorded a court desk contact's consent. */
	COURT_DESK_CONSENT_RECORDED("Recorded a court desk contact's consent"),

	/** Recorded a court desk contact. */
	COURT_DESK_CONTACT_RECORDED("Recorded a court desk contact"),

	/** Viewed a court desk contact. */
	COURT_DESK_CONTACT_VIEWED("Viewed a court desk contact"),

	/** Cancelled a court desk session. */
	COURT_DESK_SESSION_CANCELLED("Cancelled a court desk session"),

	/** Changed a court desk session. */
	COURT_DESK_SESSION_CHANGED("Changed a court desk session"),

	/** Put a court desk session on the rota. */
	COURT_DESK_SESSION_CREATED("Put a court desk session on the rota"),

	/** Put a volunteer on a court desk shift. */
	COURT_DESK_SHIFT_ASSIGNED("Put a volunteer on a court desk shift"),

	/** Dropped a court desk shift. */
	COURT_DESK_SHIFT_DROPPED("Dropped a court desk shift"),

	/** Signed up for a court desk shift. */
	COURT_DESK_SHIFT_TAKEN("Signed up for a court desk shift"),

	/** Exported the court desk statistics. */
	COURT_DESK_STATISTICS_EXPORTED("Exported the court desk statistics"),

	/** Viewed the court desk statistics. */
	COURT_DESK_STATISTICS_VIEWED("Viewed the court desk statistics"),

	/** Set a volunteer's court. */
	COURT_VOLUNTEER_ASSIGNED("Set a volunteer's court"),

	// Volunteers' readiness: background checks.

	/** Recorded a volunteer's background check. */
	VOLUNTEER_CHECK_RECORDED("Recorded a court desk volunteer's background check"),

	// P4: subject access sources (issue 17)

	/**
	 * Read a court desk contact with the person's contact details for a subject access
	 * request.
	 */
	COURT_DESK_SUBJECT_ACCESS_READ(
			"Read a court desk contact with the person's contact details for a subject access request"),

	// What the court desk module records when it erases a person's data on request (ADR
	// 0018).
	/**
	 * Deleted a court desk contact's details on the person's request to erase their data.
	 */
	COURT_DESK_DETAILS_ERASED("Deleted a court desk contact's details on the person's request to erase their data");

	private final String description;

	CourtDeskAudit(String description) {
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
		public List<CourtDeskAudit> actions() {
			return List.of(values());
		}

	}

}
