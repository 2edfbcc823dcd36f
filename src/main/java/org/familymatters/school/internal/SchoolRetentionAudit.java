package org.familymatters.school.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the school module records when a closed family's period ends and its rows are made
 * anonymous (ADR 0016, "Closed families across modules").
 */
public enum SchoolRetentionAudit implements AuditAction {

	/**
	 * Deleted what schools were told about a closed family's pupils after the retention
	 * period.
	 */
	SCHOOL_CLOSED_FAMILY_REMOVED(
			"Deleted what schools were told about a closed family's pupils after the retention period");

	private final String description;

	SchoolRetentionAudit(String description) {
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
		public List<SchoolRetentionAudit> actions() {
			return List.of(values());
		}

	}

}
