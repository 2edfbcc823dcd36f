/**
 * Release planning for a custody episode: where the person will live, the family's view
 * and each adult's agreement, contact with probation, benefits and ID, and the
 * release-day plan, started by a support worker who may change the family no earlier than
 * twelve weeks before the expected release. The plan's actions are support plan actions,
 * added through the plan module.
 */
@ApplicationModule(displayName = "Release planning")
@ModuleTables(owns = { "release_plan", "release_plan_agreement", "release_plan_action" })
package org.familymatters.release;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
