package org.familymatters.school.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the school module records in the audit trail. */
public enum SchoolAudit implements AuditAction {

	/** Told a school that one of its pupils has a parent or carer in custody. */
	SCHOOL_NOTIFIED("Told a school that one of its pupils has a parent or carer in custody"),

	/** Viewed a school's list of pupils affected. */
	PUPILS_AFFECTED_VIEWED("Viewed a school's list of pupils affected");

	private final String description;

	SchoolAudit(String description) {
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
		public List<SchoolAudit> actions() {
			return List.of(values());
		}

	}

}
