package org.familymatters.privacy.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the retention schedule and its nightly run record in the audit trail. */
public enum RetentionAudit implements AuditAction {

	/** Changed how long a kind of record is kept. */
	RETENTION_PERIOD_CHANGED("Changed how long a kind of record is kept"),

	/** Viewed the retention schedule and what the next run will remove. */
	RETENTION_SCHEDULE_VIEWED("Viewed the retention schedule and what the next run will remove"),

	/**
	 * The nightly retention run deleted or anonymised the records whose period had ended.
	 */
	RETENTION_RUN("Deleted or made anonymous the records whose retention period had ended");

	private final String description;

	RetentionAudit(String description) {
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
		public List<RetentionAudit> actions() {
			return List.of(values());
		}

	}

}
