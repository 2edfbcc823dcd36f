package org.familymatters.identity.internal;

import java.io.Serial;

/**
 * A change of roles that separation of duties refuses: nobody changes their own roles, a
 * role that sees families' records needs a second administrator, and an administrator
 * holds no such role.
 */
public class RoleChangeRefused extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Reason reason;

	RoleChangeRefused(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/** Why the change is refused; each has its words for the user form. */
	public enum Reason {

		/** Someone changing their own roles. */
		OWN_ROLES("ownRoles"),

		/** The administrator who asked for a grant approving it too. */
		SAME_ADMINISTRATOR("sameAdministrator"),

		/** An administrator who would also hold a role that sees families' records. */
		ADMINISTRATOR_SEES_NO_FAMILIES("administratorSeesNoFamilies");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		/**
		 * The message code under the user form's roles, e.g. {@code user.roles.ownRoles}.
		 */
		public String code() {
			return code;
		}

	}

}
