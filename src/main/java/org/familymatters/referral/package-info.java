/**
 * Referrals: how families arrive, from any agency or from the family itself; each
 * locality's criteria for referral; the triage queue of the locality's support workers,
 * and their decisions (accept into a new or an existing family, signpost, decline), told
 * to the referrer by e-mail after the decision is committed. The module's API is what
 * other modules use: they refer families through
 * {@link org.familymatters.referral.ReferralIntake} and follow them through
 * {@link org.familymatters.referral.ReferralOutcomes}; everything else is in
 * {@code internal}.
 */
@ApplicationModule(displayName = "Referrals")
@ModuleTables(owns = { "referral", "referral_person", "referral_need", "referral_criterion_met", "locality_criterion",
		"referral_draft", "referral_removed" })
package org.familymatters.referral;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
