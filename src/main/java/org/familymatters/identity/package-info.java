/**
 * Who the users are: localities, organisations, staff users and their roles, sign-in, and
 * API tokens for machine clients.
 */
@ApplicationModule(displayName = "Identity")
package org.familymatters.identity;

import org.springframework.modulith.ApplicationModule;
