/**
 * Consent, the safeguarding basis for sharing without consent, and the one access
 * decision every read and change of a family's personal data goes through.
 */
@ApplicationModule(displayName = "Consent and access")
@ModuleTables(owns = { "consent", "consent_information", "consent_recipient", "safeguarding_request" })
package org.familymatters.consent;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
