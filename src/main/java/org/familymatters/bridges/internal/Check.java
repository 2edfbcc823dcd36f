package org.familymatters.bridges.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A family home's safeguarding check.
 *
 * @param county the county of the family's locality when it was asked for
 * @param household the household then, as places in the family and ages, one a line
 * @param decision the lead's decision; null while it waits
 */
public record Check(UUID id, UUID referralId, String referralReference, UUID familyId, String county, UUID requestedBy,
		String requestedByName, Instant requestedAt, UUID referredBy, String requestNote, String household,
		String domesticAbuse, String riskToChildren, String licenceConditions, CheckDecision decision, String reason,
		String decidedByName, Instant decidedAt, long version) {

	/** The household as kept with the check, one member a line. */
	public List<String> householdLines() {
		return List.of(household.split("\n"));
	}

	public boolean waiting() {
		return decision == null;
	}

}
