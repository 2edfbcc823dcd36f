package org.familymatters.shared.database;

import java.util.regex.Pattern;

/**
 * The database role the service's connection pool uses, when it is not the role that owns
 * the tables and runs the migrations (ADR 0019). The owner grants it every right on every
 * table but those an {@link ApplicationRoleRestriction} takes back: on the audit trail it
 * may only add and read. Without one ({@link #none()}) the pool connects as the owner and
 * only the audit trail's trigger protects it.
 *
 * @param name the role's name, or null when the pool connects as the owner
 */
public record ApplicationRole(String name) {

	private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,63}");

	public ApplicationRole {
		if (name != null && !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"A database role's name is 1 to 63 characters with no control character: " + name);
		}
	}

	/** The pool connects as the owner of the tables. */
	public static ApplicationRole none() {
		return new ApplicationRole(null);
	}

	/** Whether the pool connects as a role of its own, not as the owner. */
	public boolean separate() {
		return name != null;
	}

	/** The name as an identifier in SQL. */
	public String quoted() {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

}
