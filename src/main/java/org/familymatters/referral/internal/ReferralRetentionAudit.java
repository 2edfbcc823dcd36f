package org.familymatters.referral.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the referral module records when a closed family's period ends and its rows are
 * made anonymous (ADR 0016, "Closed families across modules").
 */
public enum ReferralRetentionAudit implements AuditAction {

	/**
	 * Made the referral a closed family came from anonymous after the retention period.
	 */
	REFERRAL_CLOSED_FAMILY_ANONYMISED(
			"Made the referral a closed family came from anonymous after the retention period");

	private final String description;

	ReferralRetentionAudit(String description) {
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
		public List<ReferralRetentionAudit> actions() {
			return List.of(values());
		}

	}

}
