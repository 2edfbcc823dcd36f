package org.familymatters.privacy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.familymatters.privacy.internal.DataDictionary.Entry;
import org.familymatters.privacy.internal.DictionaryCheck.Retention;
import org.familymatters.shared.privacy.DataClass;
import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.privacy.RetentionPeriods;

/**
 * {@code docs/data-dictionary.md}, written from the data dictionary alone (pure: the same
 * rows give the same text). One table per module, in the modules' order: each column's
 * table, name, class, retention in words (a kind's label and its period by default, or
 * where it is kept with another table's record, what keeps that) and description; before
 * them the classes, the kinds of the schedule and the other retentions, with how many
 * columns hold each class.
 */
public final class DictionaryDoc {

	/** The modules in the order the document lists them. */
	public static final List<String> MODULES = List.of("shared", "identity", "audit", "directory", "family", "referral",
			"courtdesk", "consent", "plan", "network", "school", "release", "prison", "bridges", "training", "privacy");

	private DictionaryDoc() {
	}

	/** The whole document. */
	public static String render(List<Entry> entries) {
		var firstRows = new LinkedHashMap<String, Entry>();
		entries.forEach(e -> firstRows.putIfAbsent(e.table(), e));
		var out = new StringBuilder();
		out.append("# Data dictionary\n\n");
		out.append("Every column of every table the migrations create: the class of data it holds and how long it is "
				+ "kept. Generated from `" + DataDictionary.SOURCE_FOLDER
				+ "/<module>.csv` by `DataDictionaryDocTest`: do not edit it by hand; change the CSV and run "
				+ "`./mvnw -o test -Dtest=DataDictionaryDocTest -Ddata-dictionary.write=true`. "
				+ "`DataDictionaryTest` fails on a column without a class. How to classify a column: "
				+ "[privacy operations](privacy-operations.md#data-dictionary).\n\n");
		var counts = new EnumMap<DataClass, Integer>(DataClass.class);
		entries.forEach(e -> e.dataClass().ifPresent(c -> counts.merge(c, 1, Integer::sum)));
		out.append("## Classes\n\n| Class | Meaning | Columns |\n|---|---|---|\n");
		for (var dataClass : DataClass.values()) {
			out.append(row(dataClass.label() + " (`" + dataClass.name() + "`)", meaning(dataClass),
					String.valueOf(counts.getOrDefault(dataClass, 0))));
		}
		out.append("\n## Retention\n\nThe kinds of record the retention schedule covers, with their periods by "
				+ "default (administrators may set another within the limits; the privacy notice says the period in "
				+ "force):\n\n| Kind | Kept by default | Limits | Counted from | Then |\n|---|---|---|---|---|\n");
		for (var kind : RetentionKind.values()) {
			out.append(row(kind.label() + " (`" + kind.name() + "`)", RetentionPeriods.inWords(kind.defaultMonths()),
					RetentionPeriods.inWords(kind.minimumMonths()) + " to "
							+ RetentionPeriods.inWords(kind.maximumMonths()),
					kind.startsFrom(), kind.action().words()));
		}
		out.append("\nColumns no kind removes:\n\n| Retention | Meaning |\n|---|---|\n");
		for (var kept : KeptWhile.values()) {
			out.append(row("`" + kept.name() + "`", kept.words()));
		}
		out.append(row("`WITH_RECORD:<table>`",
				"Kept and removed with the row of that table it belongs to (a table's retention is its first "
						+ "column's)"));
		var byModule = new LinkedHashMap<String, List<Entry>>();
		MODULES.forEach(m -> byModule.put(m, new ArrayList<>()));
		entries.forEach(e -> byModule.computeIfAbsent(e.module(), m -> new ArrayList<>()).add(e));
		for (var module : byModule.entrySet()) {
			if (module.getValue().isEmpty()) {
				continue;
			}
			out.append("\n## ").append(module.getKey()).append("\n\n");
			out.append("| Table | Column | Class | Retention | Description |\n|---|---|---|---|---|\n");
			for (var entry : module.getValue()) {
				out.append(row("`" + entry.table() + "`", "`" + entry.column() + "`",
						entry.dataClass().map(DataClass::label).orElse(entry.dataClassName()),
						retentionWords(entry.retention(), firstRows), entry.description()));
			}
		}
		return out.toString();
	}

	/** A retention in words, following {@code WITH_RECORD} to what keeps the record. */
	static String retentionWords(String text, Map<String, Entry> firstRows) {
		var retention = DictionaryCheck.retention(text);
		if (retention.isEmpty()) {
			return text;
		}
		if (retention.get().with() == null) {
			return words(retention.get());
		}
		var table = retention.get().with();
		var end = resolve(table, firstRows);
		return "With its `" + table + "` row" + ((end != null) ? " (" + words(end) + ")" : "");
	}

	private static Retention resolve(String table, Map<String, Entry> firstRows) {
		if (DictionaryCheck.circular(table, firstRows)) {
			return null;
		}
		var current = table;
		while (firstRows.containsKey(current)) {
			var retention = DictionaryCheck.retention(firstRows.get(current).retention());
			if (retention.isEmpty()) {
				return null;
			}
			if (retention.get().with() == null) {
				return retention.get();
			}
			current = retention.get().with();
		}
		return null;
	}

	private static String words(Retention retention) {
		if (retention.kind() != null) {
			var kind = retention.kind();
			return kind.label() + ": " + RetentionPeriods.inWords(kind.defaultMonths()) + ", then "
					+ kind.action().words();
		}
		return retention.kept().words();
	}

	private static String meaning(DataClass dataClass) {
		return switch (dataClass) {
			case NOT_PERSONAL -> "Identifies nobody: codes, counts, dates of the service's own work, references";
			case PERSONAL -> "Identifies or describes a living person (UK GDPR article 4(1))";
			case SPECIAL_CATEGORY -> "Health, ethnicity, religion and the other special categories (UK GDPR article 9)";
			case CRIMINAL_OFFENCE ->
				"About criminal convictions and offences, including a parent's custody (UK GDPR article 10)";
			case SECRET -> "A password hash, a token's hash, a key: never shown, never exported";
		};
	}

	private static String row(String... cells) {
		return "| " + String.join(" | ", Arrays.stream(cells).map(DictionaryDoc::cell).toList()) + " |\n";
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

}
