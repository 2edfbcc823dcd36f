package org.familymatters.consent.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the consent module records when it erases a person's data on request (ADR 0018).
 */
public enum ConsentErasureAudit implements AuditAction {

	/**
	 * Took a person's name out of a family's consents and requests on their request to
	 * erase their data.
	 */
	CONSENT_TEXT_ERASED(
			"Took a person's name out of a family's consents and requests on their request to erase their data");

	private final String description;

	ConsentErasureAudit(String description) {
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
		public List<ConsentErasureAudit> actions() {
			return List.of(values());
		}

	}

}
