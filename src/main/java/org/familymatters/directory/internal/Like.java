package org.familymatters.directory.internal;

/**
 * A pattern for SQL's {@code ilike} that finds the text anywhere, whatever characters it
 * holds: the pattern's own characters ({@code %}, {@code _} and the escape) are matched
 * as themselves.
 */
final class Like {

	private Like() {
	}

	static String containing(String text) {
		return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
