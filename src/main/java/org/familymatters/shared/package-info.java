/**
 * What every module shares: the page layout, error handling, GOV.UK view helpers, the
 * database bootstrap and the access annotations. Nothing domain-specific lives here.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.familymatters.shared;

import org.springframework.modulith.ApplicationModule;
