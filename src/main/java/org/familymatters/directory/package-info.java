/**
 * The directory of support: organisations' services, where and when they run, who they
 * are for and what needs they meet, in the shape of Open Referral UK (HSDS 3.0),
 * published openly under {@code /openreferral}.
 */
@ApplicationModule(displayName = "Directory")
package org.familymatters.directory;

import org.springframework.modulith.ApplicationModule;
