package org.familymatters.referral.internal;

import java.util.UUID;

import org.familymatters.referral.ReferralFact;

/**
 * One of a locality's criteria for referral.
 *
 * @param meaning the fact a referral may state that meets it, or null when it is only
 * ticked by hand
 */
public record Criterion(UUID id, UUID localityId, String text, int position, boolean active, ReferralFact meaning) {
}
