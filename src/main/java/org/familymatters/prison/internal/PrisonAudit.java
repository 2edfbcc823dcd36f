package org.familymatters.prison.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the prison module records in the audit trail. */
public enum PrisonAudit implements AuditAction {

	/** Changed a prison's services for families. */
	PRISON_FAMILY_SERVICES_CHANGED("Changed a prison's services for families"),

	// P4: subject access sources (issue 17)

	/**
	 * Read a prison's services for families naming the person as its liaison for a
	 * subject access request.
	 */
	PRISON_SUBJECT_ACCESS_READ(
			"Read a prison's services for families naming the person as its liaison for a subject access request");

	private final String description;

	PrisonAudit(String description) {
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
		public List<PrisonAudit> actions() {
			return List.of(values());
		}

	}

}
