package org.familymatters.release.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the release planning module records in the audit trail. */
public enum ReleaseAudit implements AuditAction {

	/** Viewed the release plan of a custody episode. */
	RELEASE_PLAN_VIEWED("Viewed the release plan of a custody episode"),

	/** Started the release plan of a custody episode. */
	RELEASE_PLAN_STARTED("Started the release plan of a custody episode"),

	/** Changed a section of a release plan. */
	RELEASE_PLAN_CHANGED("Changed a section of a release plan"),

	/** Added a release action to the family's support plan. */
	RELEASE_ACTION_ADDED("Added a release action to the family's support plan"),

	/** Was shown a family's person due for release in a list of releases coming up. */
	RELEASES_LISTED("Was shown a family's person due for release in a list of releases coming up"),

	// P4: subject access sources (issue 17)

	/** Read a release plan of the person's family for a subject access request. */
	RELEASE_SUBJECT_ACCESS_READ("Read a release plan of the person's family for a subject access request"),

	// What the release plan module records when a closed family's period ends and its
	// rows are made anonymous (ADR 0016, "Closed families across modules").
	/**
	 * Removed the details of a closed family's release plans after the retention period.
	 */
	RELEASE_CLOSED_FAMILY_ANONYMISED(
			"Removed the details of a closed family's release plans after the retention period");

	private final String description;

	ReleaseAudit(String description) {
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
		public List<ReleaseAudit> actions() {
			return List.of(values());
		}

	}

}
