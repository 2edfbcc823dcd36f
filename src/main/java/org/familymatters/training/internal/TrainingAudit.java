package org.familymatters.training.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the training module records in the audit trail. */
public enum TrainingAudit implements AuditAction {

	/** Created a course. */
	COURSE_CREATED("Created a training course"),

	// P4, the reach report.

	/** Viewed the training reach report (exact counts). */
	REACH_VIEWED("Viewed the training reach report"),

	/** Downloaded the training reach report (small counts suppressed). */
	REACH_EXPORTED("Downloaded the training reach report"),

	// P3: attendance at the door, feedback and certificates (issue 16, item 3).

	/** Marked someone as attended at a session (refused: why, in the detail). */
	ATTENDANCE_MARKED("Marked someone as attended at a training session"),

	/** Took back a mark of attendance ("Not attended after all"). */
	ATTENDANCE_UNDONE("Took back a mark of attendance at a training session"),

	/**
	 * E-mailed an attendee the link to give feedback (the service, after the marking).
	 */
	FEEDBACK_MAILED("E-mailed an attendee a link to give feedback on a training session"),

	/** An attendee gave feedback through their e-mailed link. */
	FEEDBACK_GIVEN("An attendee gave feedback on a training session");

	private final String description;

	TrainingAudit(String description) {
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
		public List<TrainingAudit> actions() {
			return List.of(values());
		}

	}

}
