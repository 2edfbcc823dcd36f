/**
 * Who the users are: localities, organisations, staff users and their roles, sign-in, and
 * API tokens for machine clients. Its API, for other modules: the roles, the localities
 * and organisations, users as others see them
 * ({@link org.familymatters.identity.UserListing}), the signed-in
 * {@link org.familymatters.identity.StaffPrincipal}, and (for now) the user accounts;
 * administration, passwords, tokens and sessions are internal.
 */
@ApplicationModule(displayName = "Identity")
@ModuleTables(owns = { "locality", "organisation", "user_account", "user_role", "api_token", "role_grant_request",
		"sign_in_throttle", "two_step", "two_step_recovery_code", "spring_session", "spring_session_attributes" },
		publishes = { "identity_user", "identity_organisation", "identity_locality" })
package org.familymatters.identity;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
