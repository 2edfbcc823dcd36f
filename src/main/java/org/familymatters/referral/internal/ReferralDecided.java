package org.familymatters.referral.internal;

import java.util.UUID;

/**
 * A support worker decided a referral (accepted, signposted or declined it): published in
 * the deciding transaction, so that the referrer is e-mailed the decision after it is
 * committed, and again until the e-mail is sent (ADR 0010). Only the referral's id: the
 * listener reads the rest.
 *
 * @param referralId the referral decided
 */
public record ReferralDecided(UUID referralId) {
}
