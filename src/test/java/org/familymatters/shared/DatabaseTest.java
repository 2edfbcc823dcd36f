package org.familymatters.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.familymatters.FamilyMattersApplication;
import org.familymatters.support.OwnServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service keeps its records across restarts, and uses an external server when told
 * to.
 */
class DatabaseTest {

	@TempDir
	Path directory;

	@Test
	void stoppingAndStartingTheServiceKeepsEveryRecord() {
		var data = directory.resolve("postgres");
		String admin;
		try (var first = start("--familymatters.database.embedded.data-directory=" + data)) {
			var jdbc = first.getBean(JdbcClient.class);
			jdbc.sql("insert into locality (id, name, county) values (gen_random_uuid(), 'Restart test', 'Nowhere')")
				.update();
			admin = jdbc.sql("select password_hash from user_account where username = 'admin'")
				.query(String.class)
				.single();
		}
		try (var second = start("--familymatters.database.embedded.data-directory=" + data)) {
			var jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from locality where name = 'Restart test'").query(Long.class).single())
				.isEqualTo(1);
			assertThat(jdbc.sql("select password_hash from user_account where username = 'admin'")
				.query(String.class)
				.single()).as("the first administrator is created once, not again at each start").isEqualTo(admin);
			assertThat(jdbc.sql("select count(*) from user_account where username like 'demo-%'")
				.query(Long.class)
				.single()).as("demo users are not duplicated").isEqualTo(11);
		}
	}

	@Test
	void withADatasourceUrlTheServiceUsesThatServerStartsNoEmbeddedOneAndAddsNoDemoUsers() throws IOException {
		try (var external = EmbeddedPostgres.builder()
			.setDataDirectory(Files.createDirectories(directory.resolve("ext")))
			.start()) {
			var url = external.getJdbcUrl("postgres", "postgres");
			try (var context = start("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=")) {
				assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
				var jdbc = context.getBean(JdbcClient.class);
				assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("postgres");
				assertThat(jdbc.sql("select count(*) from user_account where username like 'demo-%'")
					.query(Long.class)
					.single()).isZero();
				assertThat(jdbc.sql("select count(*) from user_account where username = 'admin'")
					.query(Long.class)
					.single()).isEqualTo(1);
			}
		}
	}

	/**
	 * Starts the service as its run command does; arguments outrank
	 * application.properties.
	 */
	private static ConfigurableApplicationContext start(String... arguments) {
		return OwnServices.builder(FamilyMattersApplication.class)
			.run(Stream.concat(Stream.of("--server.port=0"), Stream.of(arguments)).toArray(String[]::new));
	}

}
