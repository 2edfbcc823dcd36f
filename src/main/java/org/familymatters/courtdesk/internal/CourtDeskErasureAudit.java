package org.familymatters.courtdesk.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the court desk module records when it erases a person's data on request (ADR
 * 0018).
 */
public enum CourtDeskErasureAudit implements AuditAction {

	/**
	 * Deleted a court desk contact's details on the person's request to erase their data.
	 */
	COURT_DESK_DETAILS_ERASED("Deleted a court desk contact's details on the person's request to erase their data");

	private final String description;

	CourtDeskErasureAudit(String description) {
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
		public List<CourtDeskErasureAudit> actions() {
			return List.of(values());
		}

	}

}
