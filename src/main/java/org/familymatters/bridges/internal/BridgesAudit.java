package org.familymatters.bridges.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the Building Bridges module records in the audit trail. */
public enum BridgesAudit implements AuditAction {

	/** Added a county and prison pair to the Building Bridges pilot. */
	BRIDGES_PILOT_ADDED("Added a county and prison pair to the Building Bridges pilot"),

	/** Started or stopped a county and prison pair of the Building Bridges pilot. */
	BRIDGES_PILOT_CHANGED("Started or stopped a county and prison pair of the Building Bridges pilot"),

	/** Viewed a family's Building Bridges referrals and who may be referred. */
	BRIDGES_FAMILY_VIEWED("Viewed a family's Building Bridges referrals and who may be referred"),

	/** Referred a person in custody to Building Bridges. */
	BRIDGES_REFERRED("Referred a person in custody to Building Bridges"),

	/** Viewed a Building Bridges referral. */
	BRIDGES_REFERRAL_VIEWED("Viewed a Building Bridges referral"),

	/**
	 * Changed a Building Bridges referral (the family's answer, the family home, release,
	 * the council).
	 */
	BRIDGES_REFERRAL_CHANGED(
			"Changed a Building Bridges referral (the family's answer, the home, release, the council)"),

	/** Asked a designated safeguarding lead for the family home's safeguarding check. */
	BRIDGES_CHECK_REQUESTED("Asked a designated safeguarding lead for the family home's safeguarding check"),

	/** Was shown a safeguarding check waiting for a decision. */
	BRIDGES_CHECK_LISTED("Was shown a Building Bridges safeguarding check waiting for a decision"),

	/** Viewed a safeguarding check to decide it. */
	BRIDGES_CHECK_VIEWED("Viewed a Building Bridges safeguarding check to decide it"),

	/** Decided a safeguarding check (approved or refused), or was refused deciding it. */
	BRIDGES_CHECK_DECIDED("Decided a Building Bridges safeguarding check, or was refused deciding it"),

	/** Recorded an outcome after release (4 weeks, 3 months or 6 months). */
	BRIDGES_FOLLOW_UP_RECORDED("Recorded a Building Bridges outcome after release"),

	/** Was shown a Building Bridges follow-up due on their home page. */
	BRIDGES_FOLLOW_UP_LISTED("Was shown a Building Bridges follow-up due on their home page"),

	/** Viewed the Building Bridges pilot report. */
	BRIDGES_REPORT_VIEWED("Viewed the Building Bridges pilot report"),

	/** Downloaded the Building Bridges pilot report. */
	BRIDGES_REPORT_EXPORTED("Downloaded the Building Bridges pilot report"),

	// P4: subject access sources (issue 17)

	/**
	 * Read a Building Bridges referral of the person's family for a subject access
	 * request.
	 */
	BRIDGES_SUBJECT_ACCESS_READ("Read a Building Bridges referral of the person's family for a subject access request"),

	// What the Building Bridges module records when a closed family's period ends and
	// its rows are made anonymous (ADR 0016, "Closed families across modules").
	/**
	 * Removed the words of a closed family's Building Bridges referrals after the
	 * retention period.
	 */
	BRIDGES_CLOSED_FAMILY_ANONYMISED(
			"Removed the words of a closed family's Building Bridges referrals after the retention period");

	private final String description;

	BridgesAudit(String description) {
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
		public List<BridgesAudit> actions() {
			return List.of(values());
		}

	}

}
