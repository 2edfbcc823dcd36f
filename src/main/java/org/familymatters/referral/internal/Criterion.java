package org.familymatters.referral.internal;

import java.util.UUID;

/** One of a locality's criteria for referral. */
public record Criterion(UUID id, UUID localityId, String text, int position, boolean active) {
}
