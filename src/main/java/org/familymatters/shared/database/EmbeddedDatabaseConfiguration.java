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
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL server when {@code spring.datasource.url} is not set, and
 * points the service's connection pool at it, as the application's role (which may only
 * add to the audit trail), while Flyway migrates as the owner, {@code postgres}. With a
 * datasource URL configured, nothing here runs and Spring Boot connects to that server
 * instead.
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
			// A write the service acknowledged survives a crash of the machine, not only
			// of the service: the embedded server's own default does not wait for the
			// disk (tests turn it off again, application-test.properties).
			.setServerConfig("synchronous_commit", "on")
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
		var password = EmbeddedDatabasePassword.read(directory);
		createApplicationDatabase(postgres, password);
		var role = applicationRole(properties);
		if (role.separate()) {
			createApplicationRole(postgres, password, role);
		}
		log.info("Embedded PostgreSQL is listening on 127.0.0.1:{}", postgres.getPort());
		return postgres;
	}

	/**
	 * The role the pool connects as ({@code familymatters_app} unless
	 * {@code familymatters.database.embedded.application-role} names another; empty: the
	 * owner, {@code postgres}).
	 */
	@Bean
	ApplicationRole applicationRole(EmbeddedDatabaseProperties properties) {
		return StringUtils.hasText(properties.applicationRole()) ? new ApplicationRole(properties.applicationRole())
				: ApplicationRole.none();
	}

	/**
	 * Flyway migrates as the owner, {@code postgres}, whatever role the pool connects as:
	 * the tables are the owner's, and it grants the pool's role its rights after each
	 * migration ({@link ApplicationRoleGrants}).
	 */
	@Bean
	FlywayConfigurationCustomizer ownerMigrates(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		var password = EmbeddedDatabasePassword.read(properties.dataDirectory().toAbsolutePath().normalize());
		return configuration -> configuration.dataSource(postgres.getJdbcUrl("postgres", DATABASE), "postgres",
				password);
	}

	/**
	 * The pool; {@code spring.datasource.hikari.*} settings apply here as they do to an
	 * external database. It connects as the application's role, which may only add to the
	 * audit trail (ADR 0019).
	 */
	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		// Not started until first used, so that the bound settings still apply.
		var dataSource = new HikariDataSource();
		var password = EmbeddedDatabasePassword.read(properties.dataDirectory().toAbsolutePath().normalize());
		var role = applicationRole(properties);
		// The server's own address names the superuser: the pool's names no one but
		// its role.
		dataSource.setJdbcUrl(role.separate() ? "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE
				: postgres.getJdbcUrl("postgres", DATABASE));
		dataSource.setUsername(role.separate() ? role.name() : "postgres");
		dataSource.setPassword(role.separate() ? EmbeddedDatabasePassword.derived(password, role.name()) : password);
		dataSource.setPoolName("familymatters");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	/**
	 * Creates the application's role if need be, and sets its password (derived from the
	 * owner's, so it is kept nowhere else): it may sign in and nothing more until the
	 * migrations' owner grants it its rights.
	 */
	private static void createApplicationRole(EmbeddedPostgres postgres, String password, ApplicationRole role) {
		var url = postgres.getJdbcUrl("postgres", DATABASE);
		try (var connection = DriverManager.getConnection(url, "postgres", password);
				var statement = connection.createStatement()) {
			boolean exists;
			try (var found = statement
				.executeQuery("select 1 from pg_roles where rolname = '" + role.name().replace("'", "''") + "'")) {
				exists = found.next();
			}
			if (!exists) {
				statement.execute("create role " + role.quoted());
			}
			// The derived secret is URL-safe Base64: nothing in it needs quoting.
			statement.execute("alter role " + role.quoted()
					+ " with login nosuperuser nocreatedb nocreaterole noinherit noreplication nobypassrls password '"
					+ EmbeddedDatabasePassword.derived(password, role.name()) + "'");
			statement.execute("grant connect on database " + DATABASE + " to " + role.quoted());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database role " + role.name(), ex);
		}
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
