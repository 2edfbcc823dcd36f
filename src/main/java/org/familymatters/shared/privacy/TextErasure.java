package org.familymatters.shared.privacy;

import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Takes a person's names out of one free-text column of a module's own table
 * ({@link NameRedaction}), for the module's erasure listener: only the rows that name
 * them change. The module names its own table, column and condition; nothing here knows
 * any module's tables.
 */
public final class TextErasure {

	private TextErasure() {
	}

	/**
	 * The names taken out of {@code column} of {@code table} in the rows that
	 * {@code where} (SQL with named parameters from {@code params}) picks; returns how
	 * many rows changed.
	 */
	public static int redact(JdbcClient jdbc, String table, String column, String where, Map<String, ?> params,
			Collection<String> names) {
		var rows = jdbc.sql("select ctid::text as row_id, " + column + " as text from " + table + " where " + where)
			.params(params)
			.query((rs, n) -> new Row(rs.getString("row_id"), rs.getString("text")))
			.list();
		int changed = 0;
		for (var row : rows) {
			if (NameRedaction.names(row.text(), names)) {
				changed += jdbc.sql("update " + table + " set " + column + " = :text where ctid = cast(:row as tid)")
					.param("text", NameRedaction.redact(row.text(), names))
					.param("row", row.id())
					.update();
			}
		}
		return changed;
	}

	private record Row(String id, String text) {
	}

}
