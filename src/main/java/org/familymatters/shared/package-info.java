/**
 * What every module shares: the page layout, error handling, GOV.UK view helpers, the
 * database bootstrap and the access annotations. Nothing domain-specific lives here.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@ModuleTables(owns = { "shedlock", "event_publication" })
package org.familymatters.shared;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
