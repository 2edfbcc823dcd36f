/**
 * Who the users are: localities, organisations, staff users and their roles, sign-in, and
 * API tokens for machine clients.
 */
@ApplicationModule(displayName = "Identity")
@ModuleTables(
		owns = { "locality", "organisation", "user_account", "user_role", "api_token", "spring_session",
				"spring_session_attributes" },
		publishes = { "identity_user", "identity_organisation", "identity_locality" })
package org.familymatters.identity;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
