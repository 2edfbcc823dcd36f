package org.familymatters.shared.privacy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a module's own statements on {@link FamiliesAnonymised} and counts, per family,
 * the rows they changed, for the module's audit events. Each statement is the module's
 * own SQL on its own tables: an {@code update} or {@code delete} of the rows of the
 * families {@code :families} (a {@code uuid[]}, written
 * {@code = any(cast(:families as uuid[]))}) that are not already as the statement leaves
 * them, {@code returning} the family's id, one per row changed. {@code :removed} is
 * {@link FamiliesAnonymised#REMOVED} and {@code :name} {@link FamiliesAnonymised#NAME}.
 * Since a statement skips what is already done, the same event received twice changes
 * nothing the second time.
 */
public final class AnonymisedFamilyRows {

	private final JdbcClient jdbc;

	private final String[] families;

	private final Map<UUID, Integer> changed = new LinkedHashMap<>();

	public AnonymisedFamilyRows(JdbcClient jdbc, Collection<UUID> families) {
		this.jdbc = jdbc;
		this.families = families.stream().map(UUID::toString).toArray(String[]::new);
	}

	/** Runs one statement; returns how many rows it changed. */
	public int run(String sql) {
		if (families.length == 0) {
			return 0;
		}
		var rows = jdbc.sql(sql)
			.param("families", families)
			.param("removed", FamiliesAnonymised.REMOVED)
			.param("name", FamiliesAnonymised.NAME)
			.query(UUID.class)
			.list();
		rows.forEach(family -> changed.merge(family, 1, Integer::sum));
		return rows.size();
	}

	/** The families whose rows changed, each with how many rows. */
	public Map<UUID, Integer> changed() {
		return Map.copyOf(changed);
	}

}
