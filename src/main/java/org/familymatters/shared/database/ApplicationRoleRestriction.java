package org.familymatters.shared.database;

import java.util.List;

/**
 * What a module takes back from the {@link ApplicationRole} after the owner has granted
 * it every right on every table: statements the owner runs after each migration, such as
 * {@code revoke update, delete, truncate on
 *
&lt;table&gt;
 *  from &lt;role&gt;}, or grants to run the module's own narrow functions.
 */
public interface ApplicationRoleRestriction {

	/** The statements, for the role given as a quoted identifier. */
	List<String> statements(String role);

}
