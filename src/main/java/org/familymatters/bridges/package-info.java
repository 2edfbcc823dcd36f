/**
 * Building Bridges, the Oxfordshire housing pilot for people leaving custody and their
 * families: the pilot's pairs of a county and a prison, referrals to it, the family-home
 * suitability check with its safeguarding check decided by a designated safeguarding
 * lead, the referral to the council when the family home is not suitable, the
 * accommodation on release, the outcomes at 4 weeks, 3 months and 6 months, and the
 * pilot's report. Nothing here is used by another module.
 */
@ApplicationModule(displayName = "Building Bridges")
@ModuleTables(owns = { "bridges_pilot", "bridges_referral", "bridges_check", "bridges_housing_referral",
		"bridges_follow_up" })
package org.familymatters.bridges;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
