/**
 * Families: their members, custody episodes, timeline and attachments. Every read and
 * change asks the access decision and is audited.
 */
@ApplicationModule(displayName = "Families")
@ModuleTables(owns = { "family", "person", "custody_episode", "timeline_entry", "attachment", "prison", "custody_move",
		"person_name", "merge" })
package org.familymatters.family;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
