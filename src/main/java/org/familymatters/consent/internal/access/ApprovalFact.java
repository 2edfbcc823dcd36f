package org.familymatters.consent.internal.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A safeguarding lead's approval to share a family's information without consent, as the
 * access rule needs it.
 *
 * @param id the safeguarding request approved
 * @param endsOn the last day the approval counts
 * @param decidedAt when it was approved
 * @param organisations the organisations it covers
 * @param endedAt when a lead ended it before its end date; null when none did
 */
public record ApprovalFact(UUID id, LocalDate endsOn, Instant decidedAt, Set<UUID> organisations, Instant endedAt) {

	public ApprovalFact {
		organisations = Set.copyOf(organisations);
	}

	/** An approval no lead has ended early. */
	public ApprovalFact(UUID id, LocalDate endsOn, Instant decidedAt, Set<UUID> organisations) {
		this(id, endsOn, decidedAt, organisations, null);
	}

	/** Whether it names the organisation, whether or not it is in force. */
	public boolean names(Viewer.Organisation organisation) {
		return organisations.contains(organisation.id());
	}

	/** Whether it covers the organisation on a day: not ended, and not past its end. */
	public boolean covers(Viewer.Organisation organisation, LocalDate today) {
		return names(organisation) && endedAt == null && endsOn != null && !endsOn.isBefore(today);
	}

}
