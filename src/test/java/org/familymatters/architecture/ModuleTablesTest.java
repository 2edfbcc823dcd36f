package org.familymatters.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.familymatters.shared.database.ModuleTables;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module's SQL touches only its own tables: every SQL string in its Java code and
 * every migration in its folder ({@code db/migration/<module>}) names only tables the
 * module owns ({@link ModuleTables#owns()}) or views another module publishes for it to
 * read ({@link ModuleTables#publishes()}). A foreign key to another module's table is
 * allowed in a migration: it keeps the records whole and reads nothing. Every table and
 * view the migrations create is owned or published by exactly one module.
 */
class ModuleTablesTest {

	private static final Path SOURCES = Path.of("src/main/java/org/familymatters");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/**
	 * Migrations written before the modules' tables were checked, which touch another
	 * module's table; they cannot change (Flyway checks them), so they are named here
	 * with what they touch.
	 */
	private static final Map<String, Set<String>> HISTORIC = Map.of(
			// Created consent's tables before consent owned its storage (ADR 0008).
			"V11__family_records.sql",
			Set.of("consent", "consent_information", "consent_recipient", "safeguarding_request"),
			// Gave every locality the first criteria for referral, reading identity's
			// localities.
			"V12__referrals.sql", Set.of("locality"),
			// Added the coordinator to identity's role constraint, and the scheduler's
			// lock table.
			"V14__court_desks.sql", Set.of("user_role", "shedlock"));

	private static final Pattern CREATED = Pattern
		.compile("\\bcreate\\s+(?:or\\s+replace\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern NAMED = Pattern
		.compile("\\b(from|join|into|update|table|references|on|exists)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern SQL = Pattern.compile(
			"\\b(select\\s.+\\sfrom|insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from|create\\s+(table|view|index))\\b",
			Pattern.DOTALL);

	private static final Pattern DOLLAR_TAG = Pattern.compile("\\$[a-z_]*\\$");

	private final Map<String, ModuleTables> modules = modules();

	@Test
	void everyTableAndViewBelongsToExactlyOneModule() throws IOException {
		var owners = owners();
		var created = new TreeSet<String>();
		for (var migration : migrations()) {
			var matcher = CREATED.matcher(sql(Files.readString(migration)));
			while (matcher.find()) {
				created.add(matcher.group(2));
			}
		}
		assertThat(created).as("tables and views created by a migration but declared by no module")
			.allSatisfy(name -> assertThat(owners).containsKey(name));
		var declared = new TreeSet<>(owners.keySet());
		declared.removeAll(created);
		assertThat(declared).as("tables or views a module declares that no migration creates").isEmpty();
	}

	@Test
	void everyMigrationFolderIsAModuleAndFlywayReadsIt() throws IOException {
		var locations = Files.readString(Path.of("src/main/resources/application.properties"));
		try (var folders = Files.list(MIGRATIONS)) {
			for (var folder : folders.toList()) {
				var module = folder.getFileName().toString();
				assertThat(modules).as("migration folder %s is a module", module).containsKey(module);
				if (Files.list(folder).findAny().isPresent()) {
					assertThat(locations).as("Flyway reads %s", folder).contains("classpath:db/migration/" + module);
				}
			}
		}
	}

	@TestFactory
	Stream<DynamicTest> eachModulesSqlTouchesOnlyItsOwnTablesAndPublishedViews() {
		return modules.keySet()
			.stream()
			.sorted()
			.map(module -> DynamicTest.dynamicTest(module,
					() -> assertThat(violations(module)).as("SQL of %s naming other modules' tables", module)
						.isEmpty()));
	}

	/** What a module's SQL names that it may not: "file: table (owner)". */
	List<String> violations(String module) throws IOException {
		var owners = owners();
		var allowed = new TreeSet<String>(List.of(modules.get(module).owns()));
		allowed.addAll(List.of(modules.get(module).publishes()));
		modules.values().forEach(tables -> allowed.addAll(List.of(tables.publishes())));
		var found = new ArrayList<String>();
		try (var files = Files.walk(SOURCES.resolve(module))) {
			for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				for (var literal : JavaStrings.of(Files.readString(file))) {
					var sql = sql(literal);
					if (SQL.matcher(sql).find()) {
						named(sql, false).stream()
							.filter(owners::containsKey)
							.filter(name -> !allowed.contains(name))
							.forEach(name -> found
								.add(file.getFileName() + ": " + name + " (" + owners.get(name) + ")"));
					}
				}
			}
		}
		var folder = MIGRATIONS.resolve(module);
		if (Files.isDirectory(folder)) {
			try (var files = Files.list(folder)) {
				for (var migration : files.toList()) {
					var historic = HISTORIC.getOrDefault(migration.getFileName().toString(), Set.of());
					named(sql(Files.readString(migration)), true).stream()
						.filter(owners::containsKey)
						.filter(name -> !allowed.contains(name) && !historic.contains(name))
						.forEach(name -> found
							.add(migration.getFileName() + ": " + name + " (" + owners.get(name) + ")"));
				}
			}
		}
		return found;
	}

	/**
	 * The tables and views a piece of SQL names; in a migration, not those only
	 * referenced by a foreign key.
	 */
	private static Set<String> named(String sql, boolean migration) {
		var names = new TreeSet<String>();
		var matcher = NAMED.matcher(sql);
		while (matcher.find()) {
			if (!(migration && matcher.group(1).equals("references"))) {
				names.add(matcher.group(2));
			}
		}
		return names;
	}

	/**
	 * Lower case, without comments or quoted text ('…' and PostgreSQL's $tag$…$tag$):
	 * what a migration inserts is not a table name.
	 */
	private static String sql(String text) {
		var out = new StringBuilder(text.length());
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (text.startsWith("--", i)) {
				i = end(text.indexOf('\n', i), n);
			}
			else if (text.startsWith("/*", i)) {
				i = end(text.indexOf("*/", i + 2), n) + 2;
			}
			else if (c == '\'') {
				int j = i + 1;
				while (j < n && (text.charAt(j) != '\'' || (j + 1 < n && text.charAt(j + 1) == '\''))) {
					j += (text.charAt(j) == '\'') ? 2 : 1;
				}
				out.append("''");
				i = j + 1;
			}
			else if (c == '$' && DOLLAR_TAG.matcher(text).region(i, n).lookingAt()) {
				var matcher = DOLLAR_TAG.matcher(text).region(i, n);
				matcher.lookingAt();
				var tag = matcher.group();
				i = end(text.indexOf(tag, i + tag.length()), n) + tag.length();
				out.append("''");
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	private static int end(int index, int length) {
		return (index < 0) ? length : index;
	}

	private Map<String, String> owners() {
		var owners = new HashMap<String, String>();
		modules.forEach((module, tables) -> {
			for (var name : tables.owns()) {
				assertThat(owners.put(name, module)).as("%s declared by two modules", name).isNull();
			}
			for (var name : tables.publishes()) {
				assertThat(owners.put(name, module)).as("%s declared by two modules", name).isNull();
			}
		});
		return owners;
	}

	private static List<Path> migrations() throws IOException {
		try (var files = Files.walk(MIGRATIONS)) {
			return files.filter(f -> f.toString().endsWith(".sql")).toList();
		}
	}

	private static Map<String, ModuleTables> modules() {
		var modules = new HashMap<String, ModuleTables>();
		try (var folders = Files.list(SOURCES)) {
			for (var folder : folders.filter(Files::isDirectory).toList()) {
				var name = folder.getFileName().toString();
				var info = Class.forName("org.familymatters." + name + ".package-info");
				var tables = info.getAnnotation(ModuleTables.class);
				assertThat(tables).as("module %s declares its tables (@ModuleTables on its package)", name).isNotNull();
				modules.put(name, tables);
			}
		}
		catch (IOException | ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
		return modules;
	}

}
