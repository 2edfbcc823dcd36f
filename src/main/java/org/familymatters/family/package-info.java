/**
 * Families: their members, custody episodes, timeline (with the family's ties to the
 * person in custody), what stands in the way of contact, and attachments. Every read and
 * change asks the access decision and is audited.
 */
@ApplicationModule(displayName = "Families")
@ModuleTables(owns = { "family", "person", "custody_episode", "timeline_entry", "timeline_entry_person", "attachment",
		"prison", "custody_move", "person_name", "merge", "parenting_programme", "contact_barrier" })
package org.familymatters.family;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
