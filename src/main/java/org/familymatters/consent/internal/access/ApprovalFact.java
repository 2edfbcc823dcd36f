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
 */
public record ApprovalFact(UUID id, LocalDate endsOn, Instant decidedAt, Set<UUID> organisations) {

	public ApprovalFact {
		organisations = Set.copyOf(organisations);
	}

	/** Whether it covers the organisation on a day. */
	public boolean covers(Viewer.Organisation organisation, LocalDate today) {
		return organisations.contains(organisation.id()) && endsOn != null && !endsOn.isBefore(today);
	}

}
