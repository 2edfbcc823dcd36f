/**
 * Consent, the safeguarding basis for sharing without consent, and the one access
 * decision every read and change of a family's personal data goes through.
 */
@ApplicationModule(displayName = "Consent and access")
package org.familymatters.consent;

import org.springframework.modulith.ApplicationModule;
