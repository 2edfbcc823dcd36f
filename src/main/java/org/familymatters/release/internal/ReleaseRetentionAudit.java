package org.familymatters.release.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the release plan module records when a closed family's period ends and its rows
 * are made anonymous (ADR 0016, "Closed families across modules").
 */
public enum ReleaseRetentionAudit implements AuditAction {

	/**
	 * Removed the details of a closed family's release plans after the retention period.
	 */
	RELEASE_CLOSED_FAMILY_ANONYMISED(
			"Removed the details of a closed family's release plans after the retention period");

	private final String description;

	ReleaseRetentionAudit(String description) {
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
		public List<ReleaseRetentionAudit> actions() {
			return List.of(values());
		}

	}

}
