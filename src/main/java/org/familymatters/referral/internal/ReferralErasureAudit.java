package org.familymatters.referral.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the referral module records when it erases a person's data on request (ADR 0018).
 */
public enum ReferralErasureAudit implements AuditAction {

	/** Made a person's details on a referral anonymous, on their request. */
	REFERRAL_PERSON_ERASED("Made a person's details on a referral anonymous on their request to erase their data");

	private final String description;

	ReferralErasureAudit(String description) {
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
		public List<ReferralErasureAudit> actions() {
			return List.of(values());
		}

	}

}
