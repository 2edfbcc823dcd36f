package org.familymatters.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.familymatters.FamilyMattersApplication;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.OwnServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL requires a password of every connection, local ones too: made
 * at first start and kept in the data directory, readable by the service's user only. A
 * server made before it had a password is given one at the next start.
 */
@IntegrationTest
class EmbeddedDatabasePasswordTest {

	private static final Path DATA = Path.of("target/test-postgres");

	@Autowired
	EmbeddedPostgres postgres;

	@TempDir
	Path directory;

	@Test
	void aConnectionWithoutThePasswordIsRefused() throws Exception {
		var url = postgres.getJdbcUrl("postgres", "familymatters");
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong password"))
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("password authentication failed");
		var password = Files.readString(DATA.resolve("familymatters-password")).strip();
		try (var connection = DriverManager.getConnection(url, "postgres", password)) {
			assertThat(connection.isValid(5)).isTrue();
		}
	}

	@Test
	void thePasswordFileIsReadableByTheServicesUserOnly() throws Exception {
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.resolve("familymatters-password"))))
			.isEqualTo("rw-------");
	}

	@Test
	void aServerMadeBeforePasswordsIsGivenOneAtTheNextStart() throws Exception {
		var data = directory.resolve("postgres");
		try (var old = EmbeddedPostgres.builder().setDataDirectory(Files.createDirectories(data)).start()) {
			try (var connection = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
				assertThat(connection.isValid(5)).as("the old server trusted every local connection").isTrue();
			}
		}
		try (var context = OwnServices.builder(FamilyMattersApplication.class)
			.run("--server.port=0", "--familymatters.database.embedded.data-directory=" + data,
					"--familymatters.demo.enabled=false")) {
			var url = context.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "familymatters");
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
			assertThat(Files.readString(data.resolve("familymatters-password")).strip()).hasSize(43);
		}
	}

}
