package org.familymatters.consent.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the consent and safeguarding module records in the audit trail. */
public enum ConsentAudit implements AuditAction {

	/** Printed a family's consent form. */
	CONSENT_FORM_PRINTED("Printed a family's consent form"),

	/** Recorded consent. */
	CONSENT_RECORDED("Recorded consent"),

	/** Viewed a family's consent. */
	CONSENT_VIEWED("Viewed a family's consent"),

	/** Withdrew consent. */
	CONSENT_WITHDRAWN("Withdrew consent"),

	/** Looked up a family by its reference. */
	FAMILY_REFERENCE_LOOKED_UP("Looked up a family by its reference"),

	/** Ended an approval to share without consent before its end date. */
	SAFEGUARDING_APPROVAL_ENDED("Ended an approval to share without consent"),

	/** Approved sharing without consent. */
	SAFEGUARDING_APPROVED("Approved sharing without consent"),

	/** Refused sharing without consent. */
	SAFEGUARDING_REFUSED("Refused sharing without consent"),

	/** Asked to share without consent. */
	SAFEGUARDING_REQUESTED("Asked to share without consent"),

	/** Viewed a family's requests to share without consent. */
	SAFEGUARDING_REQUESTS_VIEWED("Viewed a family's requests to share without consent"),

	/** Listed requests to share without consent. */
	SAFEGUARDING_REQUEST_LISTED("Listed requests to share without consent"),

	/** Viewed a request to share without consent. */
	SAFEGUARDING_REQUEST_VIEWED("Viewed a request to share without consent"),

	/**
	 * Read a family's consents and requests to share without consent for a person's
	 * subject access package (basis ROLE, the request's id).
	 */
	SUBJECT_ACCESS_CONSENTS_READ("Read a family's consents for a subject access request"),

	// What the consent module records when it erases a person's data on request (ADR
	// 0018).
	/**
	 * Took a person's name out of a family's consents and requests on their request to
	 * erase their data.
	 */
	CONSENT_TEXT_ERASED(
			"Took a person's name out of a family's consents and requests on their request to erase their data"),

	// What the consent module records when a closed family's period ends and its rows
	// are made anonymous (ADR 0016, "Closed families across modules").
	/**
	 * Removed the words of a closed family's consents and requests to share after the
	 * retention period.
	 */
	CONSENT_CLOSED_FAMILY_ANONYMISED(
			"Removed the words of a closed family's consents and requests to share after the retention period");

	private final String description;

	ConsentAudit(String description) {
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
		public List<ConsentAudit> actions() {
			return List.of(values());
		}

	}

}
