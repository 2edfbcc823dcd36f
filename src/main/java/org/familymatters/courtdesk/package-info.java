/**
 * Court desks: the Crown Courts where volunteers meet families at the point of sentence,
 * the rota of court desk sessions, the contacts volunteers record (anonymous unless the
 * person agrees to be contacted, when a referral is made through
 * {@link org.familymatters.referral.ReferralIntake}), and the statistics the evaluation
 * needs.
 */
@ApplicationModule(displayName = "Court desks")
package org.familymatters.courtdesk;

import org.springframework.modulith.ApplicationModule;
