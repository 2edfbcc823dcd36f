package org.familymatters.referral.internal;

import java.time.Instant;
import java.util.UUID;

import org.familymatters.referral.ReferralSource;

/** A referral as the triage queue lists it. */
public record ReferralSummary(UUID id, String reference, ReferralSource source, String localityName,
		String referrerOrganisation, int people, int criteriaMet, int criteriaTotal, Instant createdAt) {
}
