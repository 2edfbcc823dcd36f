package org.familymatters.family;

import java.time.Instant;
import java.util.UUID;

/**
 * The referral a family, or people added to one, came from: the family keeps the link to
 * it, and its story as a timeline entry dated when the referral arrived.
 *
 * @param id the referral's id (the family page links to {@code /referrals/{id}})
 * @param reference its reference, RF-000123
 * @param receivedAt when it arrived
 * @param story what the referral told us, in words: the timeline entry's text
 */
public record FromReferral(UUID id, String reference, Instant receivedAt, String story) {
}
