/**
 * What only the referral module uses: the referral rules, the repository, the criteria,
 * triage and its decisions, and the decision e-mail sent by a listener of
 * {@link org.familymatters.referral.internal.ReferralDecided}.
 */
package org.familymatters.referral.internal;
