/**
 * What only the court desk module uses: its courts, rota and shifts, the contacts
 * volunteers record (the rules, the store and the referral text), the statistics, the
 * shift reminders, its audit actions and demo data. Public in Java for the module's
 * pages; refused to every other module.
 */
package org.familymatters.courtdesk.internal;
