package org.familymatters.family.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the family module records in the audit trail for requests to correct or erase a
 * person's data (ADR 0018); a correction itself is recorded as
 * {@link FamilyAudit#PERSON_CHANGED} or {@link FamilyAudit#FAMILY_HOUSEHOLD_CHANGED}, as
 * from the family's forms.
 */
public enum FamilyErasureAudit implements AuditAction {

	/** Read the people confirmed for a request, to decide it. */
	PEOPLE_READ_FOR_REQUEST("Read the people confirmed for a request to correct or erase their data"),

	/** Made a person's details anonymous and deleted the family's files, on request. */
	FAMILY_PERSON_ERASED("Made a person's details anonymous on their request to erase their data");

	private final String description;

	FamilyErasureAudit(String description) {
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
		public List<FamilyErasureAudit> actions() {
			return List.of(values());
		}

	}

}
