package org.familymatters.family.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the family module records in the audit trail about retention (issue 17): the
 * safeguarding holds that keep a closed family whole.
 */
public enum FamilyRetentionAudit implements AuditAction {

	/** Placed (or changed) a safeguarding hold on a family's record. */
	SAFEGUARDING_HOLD_PLACED("Placed a safeguarding hold on a family's record, keeping it whole"),

	/** Ended a safeguarding hold on a family's record. */
	SAFEGUARDING_HOLD_ENDED("Ended a safeguarding hold on a family's record");

	private final String description;

	FamilyRetentionAudit(String description) {
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
		public List<FamilyRetentionAudit> actions() {
			return List.of(values());
		}

	}

}
