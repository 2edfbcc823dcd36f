package org.familymatters.privacy.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.familymatters.shared.privacy.DataClass;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The data dictionary: every column of every table, with the class of data it holds, how
 * long it is kept and a few plain words. One CSV file per module
 * ({@code src/main/resources/data-dictionary/<module>.csv}, the module whose
 * {@code @ModuleTables} owns the table), headed
 * {@code table,column,class,retention,description}. {@code DataDictionaryTest} fails on a
 * column without a row; {@code docs/data-dictionary.md} is written from it.
 */
public final class DataDictionary {

	/** Where the files are, on the class path. */
	public static final String LOCATION = "classpath*:data-dictionary/*.csv";

	/** Where the files are in the source tree, for messages to developers. */
	public static final String SOURCE_FOLDER = "src/main/resources/data-dictionary";

	private static final String[] HEADER = { "table", "column", "class", "retention", "description" };

	private final List<Entry> entries;

	public DataDictionary(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	/** The dictionary on the class path. */
	public static DataDictionary load() {
		try {
			var resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			var entries = new ArrayList<Entry>();
			for (var resource : resources) {
				var file = resource.getFilename();
				if (file == null) {
					continue;
				}
				var module = file.substring(0, file.length() - ".csv".length());
				try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
					entries.addAll(parse(module, reader));
				}
			}
			entries.sort(Comparator.comparing(Entry::module));
			return new DataDictionary(entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One module's file: its rows as written, unchecked (the check says what is wrong).
	 */
	public static List<Entry> parse(String module, Reader reader) throws IOException {
		var format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setSkipHeaderRecord(true).setTrim(true).get();
		var entries = new ArrayList<Entry>();
		for (var row : format.parse(reader)) {
			entries.add(new Entry(module, row.get("table").toLowerCase(Locale.ROOT),
					row.get("column").toLowerCase(Locale.ROOT), row.get("class"), row.get("retention"),
					row.get("description")));
		}
		return entries;
	}

	public List<Entry> entries() {
		return entries;
	}

	/** The class of a column, when the dictionary has it and names a class. */
	public Optional<DataClass> classOf(String table, String column) {
		return entries.stream()
			.filter(e -> e.table().equals(table) && e.column().equals(column))
			.findFirst()
			.flatMap(Entry::dataClass);
	}

	/** One row of the dictionary, as written. */
	public record Entry(String module, String table, String column, String dataClassName, String retention,
			String description) {

		/** The class, when the row names one. */
		public Optional<DataClass> dataClass() {
			try {
				return Optional.of(DataClass.valueOf(dataClassName));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

		public String qualifiedName() {
			return table + "." + column;
		}

	}

}
