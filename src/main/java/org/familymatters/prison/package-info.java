/**
 * Prisons' services for families: how visits are booked, family days, the family liaison
 * contact, and whether the prison is in the Thames Valley. A prison is an organisation of
 * type PRISON (identity); administrators keep its family services; anyone signed in reads
 * them, from a custody episode on a family's record. Nothing here is about a family.
 */
@ApplicationModule(displayName = "Prisons")
@ModuleTables(owns = { "prison_family_service" })
package org.familymatters.prison;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
