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
	REACH_EXPORTED("Downloaded the training reach report");

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
