package org.familymatters.shared.security;

/**
 * A role as modules that must not know the identity module name it; identity's
 * {@code Role} implements it.
 */
public interface RoleName {

	/** The role's name, e.g. {@code SUPPORT_WORKER}. */
	String name();

	/** The authority Spring Security checks for this role. */
	default String authority() {
		return "ROLE_" + name();
	}

}
