/**
 * Court desks: the Crown Courts where volunteers meet families at the point of sentence,
 * the rota of court desk sessions, the contacts volunteers record (anonymous unless the
 * person agrees to be contacted, when a referral is made through
 * {@link org.familymatters.referral.ReferralIntake}), and the statistics the evaluation
 * needs.
 */
@ApplicationModule(displayName = "Court desks")
@ModuleTables(owns = { "court", "court_volunteer", "court_desk_session", "court_desk_shift", "court_desk_calendar",
		"court_desk_contact", "court_desk_contact_concern", "court_desk_contact_service", "court_desk_contact_details",
		"court_desk_consent", "volunteer_check" })
package org.familymatters.courtdesk;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
