package org.familymatters.referral.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the referral module records in the audit trail. */
public enum ReferralAudit implements AuditAction {

	/** Added a criterion for referral. */
	CRITERION_CREATED("Added a criterion for referral"),

	/** Changed a criterion for referral. */
	CRITERION_UPDATED("Changed a criterion for referral"),

	/** Accepted a referral. */
	REFERRAL_ACCEPTED("Accepted a referral"),

	/** Changed the criteria a referral meets, at triage. */
	REFERRAL_CRITERIA_CHANGED("Changed the criteria a referral meets"),

	/** Declined a referral. */
	REFERRAL_DECLINED("Declined a referral"),

	/** Received a referral. */
	REFERRAL_RECEIVED("Received a referral"),

	/** Signposted a referral. */
	REFERRAL_SIGNPOSTED("Signposted a referral"),

	/** Listed the referrals they made, with the names of the people named. */
	REFERRALS_LISTED("Listed the referrals they made"),

	/** Viewed a referral. */
	REFERRAL_VIEWED("Viewed a referral"),

	// P4: subject access sources (issue 17)

	/** Read a referral naming the person for a subject access request. */
	REFERRAL_SUBJECT_ACCESS_READ("Read a referral naming the person for a subject access request"),

	// What the referral module records when it erases a person's data on request (ADR
	// 0018).
	/** Made a person's details on a referral anonymous, on their request. */
	REFERRAL_PERSON_ERASED("Made a person's details on a referral anonymous on their request to erase their data"),

	// What the referral module records when a closed family's period ends and its rows
	// are made anonymous (ADR 0016, "Closed families across modules").
	/**
	 * Made the referral a closed family came from anonymous after the retention period.
	 */
	REFERRAL_CLOSED_FAMILY_ANONYMISED(
			"Made the referral a closed family came from anonymous after the retention period");

	private final String description;

	ReferralAudit(String description) {
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
		public List<ReferralAudit> actions() {
			return List.of(values());
		}

	}

}
