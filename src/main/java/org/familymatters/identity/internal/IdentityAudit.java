package org.familymatters.identity.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the identity module records in the audit trail. */
public enum IdentityAudit implements AuditAction {

	/** Issued an API token. */
	API_TOKEN_ISSUED("Issued an API token"),

	/** Revoked an API token. */
	API_TOKEN_REVOKED("Revoked an API token"),

	/** Added a locality. */
	LOCALITY_CREATED("Added a locality"),

	/** Changed a locality. */
	LOCALITY_UPDATED("Changed a locality"),

	/** Added an organisation. */
	ORGANISATION_CREATED("Added an organisation"),

	/** Changed an organisation. */
	ORGANISATION_UPDATED("Changed an organisation"),

	/** Changed their password. */
	PASSWORD_CHANGED("Changed their password"),

	/** A handler's access rule refused the user's roles. */
	ROLE_CHECK_REFUSED("Refused by the role check of a page or endpoint"),

	/** Approved a role that a second administrator must approve. */
	ROLE_GRANT_APPROVED("Approved a role another administrator asked for"),

	/** Refused a role that a second administrator must approve. */
	ROLE_GRANT_REFUSED("Refused a role another administrator asked for"),

	/** Asked for a role that a second administrator must approve. */
	ROLE_GRANT_REQUESTED("Asked a second administrator to approve a role"),

	/** Signed in. */
	SIGNED_IN("Signed in"),

	/** Signing in with a username was locked after repeated failures. */
	SIGN_IN_LOCKED("Locked signing in after repeated failures"),

	/** An administrator unlocked signing in with a username. */
	SIGN_IN_UNLOCKED("Unlocked a user's sign-in"),

	/** Tried to sign in. */
	SIGN_IN("Tried to sign in"),

	/** Passed the second step of signing in (a code, or a recovery code). */
	TWO_STEP_PASSED("Passed the second step of signing in"),

	/** Turned two-step sign-in off. */
	TWO_STEP_TURNED_OFF("Turned two-step sign-in off"),

	/** Turned two-step sign-in on. */
	TWO_STEP_TURNED_ON("Turned two-step sign-in on"),

	/** Added a user. */
	USER_CREATED("Added a user"),

	/** Disabled a user. */
	USER_DISABLED("Disabled a user"),

	/** Enabled a user. */
	USER_ENABLED("Enabled a user"),

	/** Reset a user's password. */
	USER_PASSWORD_RESET("Reset a user's password"),

	/** Changed a user. */
	USER_UPDATED("Changed a user");

	private final String description;

	IdentityAudit(String description) {
		this.description = description;
	}

	@Override
	public String description() {
		return description;
	}

	/** These actions, for the audit page. */
	@Component
	static class Catalogue implements AuditActionCatalogue {

		@Override
		public List<IdentityAudit> actions() {
			return List.of(values());
		}

	}

}
