package org.familymatters.referral;

import java.time.Instant;
import java.util.UUID;

/** A referral as the triage queue lists it. */
public record ReferralSummary(UUID id, String reference, ReferralSource source, String localityName,
		String referrerOrganisation, int people, int criteriaMet, int criteriaTotal, Instant createdAt) {
}
