/**
 * Telling schools: each school's designated contact, notifications by a support worker
 * with consent that covers the school, and the school's list of pupils affected, which a
 * pupil leaves when consent no longer covers the school.
 */
@ApplicationModule(displayName = "Schools")
@ModuleTables(owns = { "school_contact", "school_notification", "school_mail" })
package org.familymatters.school;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
