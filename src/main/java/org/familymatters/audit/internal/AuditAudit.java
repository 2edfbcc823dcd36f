package org.familymatters.audit.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the audit module records about the trail itself. */
public enum AuditAudit implements AuditAction {

	/** The detail says which filters chose the events, and how many there were. */
	AUDIT_EVENTS_EXPORTED("Exported audit events as a spreadsheet (CSV)"),

	/**
	 * The audit trail's hash chain was verified (ADR 0019): the record id is the event at
	 * the first break, if any; the detail says what was found.
	 */
	AUDIT_CHAIN_VERIFIED("Checked that nobody has changed the audit trail"),

	/**
	 * Read who viewed or changed a family's record, for the subject access package of one
	 * of its people (basis ROLE, the request's id).
	 */
	SUBJECT_ACCESS_AUDIT_READ("Read who viewed a family's record, for a subject access request");

	private final String description;

	AuditAudit(String description) {
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
		public List<AuditAudit> actions() {
			return List.of(values());
		}

	}

}
