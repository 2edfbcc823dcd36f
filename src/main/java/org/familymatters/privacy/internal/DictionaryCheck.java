package org.familymatters.privacy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.familymatters.privacy.internal.DataDictionary.Entry;
import org.familymatters.shared.privacy.DataClass;
import org.familymatters.shared.privacy.RetentionKind;

/**
 * What is wrong with the data dictionary against the database's columns, from the two
 * alone (no database: {@code DataDictionaryCheckTest} drives it through each case): a
 * column without a row, a row for a column that does not exist, a class or retention that
 * is not one, a row twice, a row in another module's file, a not-personal retention on a
 * personal column, a row without words, and a {@code WITH_RECORD} that names no table of
 * the dictionary or goes round in a circle. Each problem says which table.column and
 * where to put it right.
 */
public final class DictionaryCheck {

	private static final String CLASSES = Arrays.stream(DataClass.values())
		.map(Enum::name)
		.collect(Collectors.joining("|"));

	private DictionaryCheck() {
	}

	/**
	 * The problems, one sentence each, in the order of the database's columns then the
	 * dictionary's rows; empty when the dictionary is whole and right.
	 * @param entries the dictionary's rows
	 * @param columns every column of every table the migrations create
	 * @param owners the module that owns each table (its {@code @ModuleTables})
	 */
	public static List<String> problems(List<Entry> entries, Collection<Column> columns, Map<String, String> owners) {
		var problems = new ArrayList<String>();
		var rows = new LinkedHashMap<String, Entry>();
		for (var entry : entries) {
			if (rows.putIfAbsent(entry.qualifiedName(), entry) != null) {
				problems.add(entry.qualifiedName() + " has two rows in the data dictionary: keep one, in "
						+ file(entry.module()) + ".");
			}
		}
		var existing = new HashSet<String>();
		for (var column : columns) {
			existing.add(column.qualifiedName());
			if (!rows.containsKey(column.qualifiedName())) {
				var module = owners.getOrDefault(column.table(), "<the module that owns " + column.table() + ">");
				problems.add(column.qualifiedName() + " has no class: add a row to " + file(module) + ": "
						+ column.table() + "," + column.column() + ",<" + CLASSES
						+ ">,<a RetentionKind, WHILE_IN_USE, UNTIL_EXPIRED, STATISTICS, UNSCHEDULED, NONE or"
						+ " WITH_RECORD:<table>>,<a few plain words> (docs/privacy-operations.md, Data dictionary).");
			}
		}
		var tables = new HashMap<String, Entry>();
		entries.forEach(e -> tables.putIfAbsent(e.table(), e));
		for (var entry : rows.values()) {
			var name = entry.qualifiedName();
			if (!existing.contains(name)) {
				problems.add(name + " is in " + file(entry.module())
						+ " but no migration creates that column: remove the row, or correct its name.");
			}
			var owner = owners.get(entry.table());
			if (owner != null && !owner.equals(entry.module())) {
				problems.add(name + " is in " + file(entry.module()) + " but " + entry.table() + " belongs to " + owner
						+ ": move the row to " + file(owner) + ".");
			}
			var dataClass = entry.dataClass();
			if (dataClass.isEmpty()) {
				problems.add(name + " has the class '" + entry.dataClassName() + "', which is none of " + CLASSES
						+ ": correct it in " + file(entry.module()) + ".");
			}
			var retention = retention(entry.retention());
			if (retention.isEmpty()) {
				problems.add(name + " has the retention '" + entry.retention()
						+ "', which is no RetentionKind, no KeptWhile and no WITH_RECORD:<table>: correct it in "
						+ file(entry.module()) + ".");
			}
			else if (retention.get().with() != null && !tables.containsKey(retention.get().with())) {
				problems.add(name + " is kept with the record of " + retention.get().with()
						+ ", which the data dictionary does not have: correct it in " + file(entry.module()) + ".");
			}
			else if (retention.get().kept() == KeptWhile.NONE && dataClass.isPresent()
					&& dataClass.get() != DataClass.NOT_PERSONAL) {
				problems.add(name + " is " + dataClass.get().name()
						+ " but has the retention NONE, which only data that is not personal may have: give it the"
						+ " rule that removes it, in " + file(entry.module()) + ".");
			}
			if (entry.description() == null || entry.description().isBlank()) {
				problems.add(name + " has no description: say in a few plain words what it holds, in "
						+ file(entry.module()) + ".");
			}
		}
		for (var entry : tables.values()) {
			if (circular(entry.table(), tables)) {
				problems.add(entry.table() + " is kept with the record of a table that is kept with it (a circle of"
						+ " WITH_RECORD): end it at a RetentionKind or a KeptWhile, in " + file(entry.module()) + ".");
			}
		}
		return problems;
	}

	/**
	 * The retention a row names: a kind of the schedule, a {@link KeptWhile}, or the
	 * table whose record it is kept with; empty when it is none of them.
	 */
	public static Optional<Retention> retention(String text) {
		if (text == null) {
			return Optional.empty();
		}
		if (text.startsWith(KeptWhile.WITH_RECORD)) {
			var table = text.substring(KeptWhile.WITH_RECORD.length());
			return table.matches("[a-z_][a-z0-9_]*") ? Optional.of(new Retention(null, null, table)) : Optional.empty();
		}
		for (var kind : RetentionKind.values()) {
			if (kind.name().equals(text)) {
				return Optional.of(new Retention(kind, null, null));
			}
		}
		for (var kept : KeptWhile.values()) {
			if (kept.name().equals(text)) {
				return Optional.of(new Retention(null, kept, null));
			}
		}
		return Optional.empty();
	}

	/**
	 * Where a table's record is in the end kept: following {@code WITH_RECORD} from its
	 * first row (a table's retention is its first column's) to a kind or a
	 * {@link KeptWhile}; empty for a circle or a table the dictionary lacks.
	 */
	static Optional<Retention> resolve(String table, Map<String, Entry> firstRows) {
		var seen = new HashSet<String>();
		var current = table;
		while (seen.add(current)) {
			var entry = firstRows.get(current);
			if (entry == null) {
				return Optional.empty();
			}
			var retention = retention(entry.retention());
			if (retention.isEmpty()) {
				return Optional.empty();
			}
			if (retention.get().with() == null) {
				return retention;
			}
			current = retention.get().with();
		}
		return Optional.empty();
	}

	/** Whether following {@code WITH_RECORD} from a table comes back to a table seen. */
	static boolean circular(String table, Map<String, Entry> firstRows) {
		var seen = new HashSet<String>();
		var current = table;
		while (current != null) {
			if (!seen.add(current)) {
				return true;
			}
			var entry = firstRows.get(current);
			current = (entry != null) ? retention(entry.retention()).map(Retention::with).orElse(null) : null;
		}
		return false;
	}

	private static String file(String module) {
		return DataDictionary.SOURCE_FOLDER + "/" + module + ".csv";
	}

	/** A column of the database. */
	public record Column(String table, String column) {

		String qualifiedName() {
			return table + "." + column;
		}

	}

	/** A retention: exactly one of a kind, a {@link KeptWhile}, or a table kept with. */
	public record Retention(RetentionKind kind, KeptWhile kept, String with) {

	}

}
