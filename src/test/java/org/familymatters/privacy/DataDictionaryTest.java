package org.familymatters.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.familymatters.privacy.internal.DataDictionary;
import org.familymatters.privacy.internal.DictionaryCheck;
import org.familymatters.privacy.internal.DictionaryCheck.Column;
import org.familymatters.shared.database.ModuleTables;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column of every table the migrations create is classified in the data dictionary
 * ({@code src/main/resources/data-dictionary/<module>.csv}), with a class and a retention
 * that exist, and the dictionary names no column that does not: a new column without a
 * row fails the build here, saying which table.column and in which file to add it.
 */
@IntegrationTest
class DataDictionaryTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyColumnIsClassified() throws IOException {
		var columns = jdbc.sql("""
				select c.table_name, c.column_name
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				order by c.table_name, c.ordinal_position""")
			.query((rs, n) -> new Column(rs.getString(1), rs.getString(2)))
			.list();
		assertThat(columns).as("the columns of the service's tables").isNotEmpty();
		var problems = DictionaryCheck.problems(DataDictionary.load().entries(), columns, owners());
		assertThat(problems).as("the data dictionary against the database:%n%s", String.join("\n", problems)).isEmpty();
	}

	/** The module that owns each table, from each module's {@code @ModuleTables}. */
	private static Map<String, String> owners() throws IOException {
		var owners = new HashMap<String, String>();
		// Flyway's own table: the service's schema history, kept with the shared tables.
		owners.put("flyway_schema_history", "shared");
		try (var folders = Files.list(Path.of("src/main/java/org/familymatters"))) {
			for (var folder : folders.filter(Files::isDirectory).toList()) {
				var module = folder.getFileName().toString();
				var tables = Class.forName("org.familymatters." + module + ".package-info")
					.getAnnotation(ModuleTables.class);
				for (var table : tables.owns()) {
					owners.put(table, module);
				}
			}
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
		return owners;
	}

}
