package org.familymatters.consent.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the consent module records when a closed family's period ends and its rows are
 * made anonymous (ADR 0016, "Closed families across modules").
 */
public enum ConsentRetentionAudit implements AuditAction {

	/**
	 * Removed the words of a closed family's consents and requests to share after the
	 * retention period.
	 */
	CONSENT_CLOSED_FAMILY_ANONYMISED(
			"Removed the words of a closed family's consents and requests to share after the retention period");

	private final String description;

	ConsentRetentionAudit(String description) {
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
		public List<ConsentRetentionAudit> actions() {
			return List.of(values());
		}

	}

}
