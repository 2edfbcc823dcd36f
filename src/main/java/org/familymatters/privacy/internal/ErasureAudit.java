package org.familymatters.privacy.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the privacy module records in the audit trail about deciding and carrying out
 * requests to correct or erase data (ADR 0018).
 */
public enum ErasureAudit implements AuditAction {

	/** Opened a request's decision page. */
	PRIVACY_DECISION_VIEWED("Opened the decision on a request to correct or erase data"),

	/** Decided to carry out a request to correct or erase data. */
	PRIVACY_REQUEST_CARRIED_OUT("Decided to carry out a request to correct or erase data"),

	/** Refused a request to correct or erase data, with a reason. */
	PRIVACY_REQUEST_REFUSED("Refused a request to correct or erase data"),

	/**
	 * Tried to carry out an erasure while a safeguarding hold is on the family: refused.
	 */
	PRIVACY_ERASURE_HELD("Tried to carry out an erasure while a safeguarding hold is on the family"),

	/** A module reported what it erased or corrected for a request. */
	PRIVACY_OUTCOME_RECORDED("Recorded what a part of the service erased or corrected for a request"),

	/** Read the requests a person made, for their subject access package. */
	PRIVACY_REQUESTS_READ_FOR_ACCESS("Read a person's requests about their data, for their subject access package");

	private final String description;

	ErasureAudit(String description) {
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
		public List<ErasureAudit> actions() {
			return List.of(values());
		}

	}

}
