package org.familymatters.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.familymatters.shared.security.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL server when {@code spring.datasource.url} is not set, and
 * points the service's connection pool at it. With a datasource URL configured, nothing
 * here runs and Spring Boot connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	static final String DATABASE = "familymatters";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		var directory = properties.dataDirectory().toAbsolutePath().normalize();
		Files.createDirectories(directory);
		log.info("Starting embedded PostgreSQL with data in {}", directory);
		boolean existing = !properties.cleanOnStart() && Files.exists(directory.resolve("PG_VERSION"));
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(properties.cleanOnStart())
			.setPort(properties.port())
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "100")
			// Spring stops the server (destroyMethod) after the beans that use it, not a
			// JVM
			// hook of its own that could stop it while they still need it.
			.setRegisterShutdownHook(false);
		properties.serverSettings().forEach(builder::setServerConfig);
		EmbeddedPostgres postgres;
		if (!existing) {
			// A new server: every connection, local or not, must give the password made
			// now.
			var password = Secrets.newSecret();
			var passwordFile = EmbeddedDatabasePassword.temporary(password);
			try {
				postgres = builder.setLocaleConfig("auth", "scram-sha-256")
					.setLocaleConfig("pwfile", passwordFile.toString())
					.setConnectConfig("password", password)
					.start();
			}
			finally {
				Files.deleteIfExists(passwordFile);
			}
			EmbeddedDatabasePassword.write(directory, password);
		}
		else if (EmbeddedDatabasePassword.exists(directory)) {
			postgres = builder.setConnectConfig("password", EmbeddedDatabasePassword.read(directory)).start();
		}
		else {
			// A server made before it had a password trusted every local connection: give
			// it one.
			postgres = builder.start();
			createApplicationDatabase(postgres);
			EmbeddedDatabasePassword.require(postgres, directory);
			log.info("The embedded PostgreSQL now requires a password; it is kept in {}",
					directory.resolve(EmbeddedDatabasePassword.FILE));
		}
		createApplicationDatabase(postgres, EmbeddedDatabasePassword.read(directory));
		log.info("Embedded PostgreSQL is listening on 127.0.0.1:{}", postgres.getPort());
		return postgres;
	}

	/**
	 * The pool; {@code spring.datasource.hikari.*} settings apply here as they do to an
	 * external database.
	 */
	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		// Not started until first used, so that the bound settings still apply.
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		dataSource.setUsername("postgres");
		dataSource.setPassword(EmbeddedDatabasePassword.read(properties.dataDirectory().toAbsolutePath().normalize()));
		dataSource.setPoolName("familymatters");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	private static void createApplicationDatabase(EmbeddedPostgres postgres, String password) {
		var url = postgres.getJdbcUrl("postgres", "postgres");
		try (var connection = DriverManager.getConnection(url, "postgres", password)) {
			createApplicationDatabase(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + DATABASE, ex);
		}
	}

	private static void createApplicationDatabase(EmbeddedPostgres postgres) {
		try (var connection = postgres.getPostgresDatabase().getConnection()) {
			createApplicationDatabase(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + DATABASE, ex);
		}
	}

	private static void createApplicationDatabase(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			try (var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (exists.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
		}
	}

}
