package org.familymatters.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of the test's own, from the same embedded binaries the service
 * uses, standing in for an operator's database server: it listens on loopback on a fixed
 * port, keeps its data in a directory the test chooses, and can be stopped and started
 * again (same port, same data) while services use it. It holds the database
 * {@value #DATABASE} with an owner role that migrates ({@value #OWNER}) and the
 * application's role for the pools ({@value #APPLICATION}), both with the password
 * {@value #PASSWORD}, as docs/audit-chain.md tells an operator to set up.
 */
public final class ExternalPostgres implements AutoCloseable {

	public static final String DATABASE = "familymatters";

	public static final String OWNER = "familymatters_owner";

	public static final String APPLICATION = "familymatters_app";

	public static final String PASSWORD = "loopback-only-test-password";

	private final Path directory;

	private final int port;

	private EmbeddedPostgres server;

	private ExternalPostgres(Path directory, int port) {
		this.directory = directory;
		this.port = port;
	}

	/**
	 * Makes a new server in the directory (which must be empty or absent) and starts it.
	 */
	public static ExternalPostgres create(Path directory) throws IOException {
		Files.createDirectories(directory);
		var postgres = new ExternalPostgres(directory, freePort());
		// Not "clean": zonky deletes a clean data directory when the server closes, and
		// stop() must keep the data for start(). initdb runs as the directory is empty.
		postgres.server = postgres.builder(false).start();
		postgres.createDatabaseAndRoles();
		return postgres;
	}

	/** Starts a server on data that exists already (a restored backup, say). */
	public static ExternalPostgres open(Path directory) throws IOException {
		var postgres = new ExternalPostgres(directory, freePort());
		postgres.start();
		return postgres;
	}

	/** Starts the server again on its data and port after {@link #stop()}. */
	public void start() throws IOException {
		if (this.server == null) {
			this.server = builder(false).start();
		}
	}

	/** Stops the server (a fast shutdown: connections are cut). */
	public void stop() throws IOException {
		if (this.server != null) {
			this.server.close();
			this.server = null;
		}
	}

	public boolean running() {
		return this.server != null;
	}

	public int port() {
		return this.port;
	}

	public Path directory() {
		return this.directory;
	}

	/** The JDBC address of the service's database. */
	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + DATABASE;
	}

	/**
	 * The environment a service needs to use this server: the pool as the application's
	 * role, the migrations as the owner.
	 */
	public java.util.Map<String, String> serviceEnvironment() {
		return java.util.Map.of("SPRING_DATASOURCE_URL", jdbcUrl(), "SPRING_DATASOURCE_USERNAME", APPLICATION,
				"SPRING_DATASOURCE_PASSWORD", PASSWORD, "SPRING_FLYWAY_USER", OWNER, "SPRING_FLYWAY_PASSWORD",
				PASSWORD);
	}

	/** A connection as the owner, for a test's checks. */
	public java.sql.Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), OWNER, PASSWORD);
	}

	@Override
	public void close() throws IOException {
		stop();
	}

	private EmbeddedPostgres.Builder builder(boolean clean) {
		return EmbeddedPostgres.builder()
			.setDataDirectory(this.directory)
			.setCleanDataDirectory(clean)
			.setPort(this.port)
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "100")
			.setRegisterShutdownHook(false);
	}

	private void createDatabaseAndRoles() {
		try (var connection = this.server.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create role " + OWNER + " login password '" + PASSWORD + "'");
			statement.execute("create role " + APPLICATION + " login password '" + PASSWORD + "'");
			statement.execute("create database " + DATABASE + " owner " + OWNER);
			statement.execute("grant connect on database " + DATABASE + " to " + APPLICATION);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set up the test's PostgreSQL", ex);
		}
	}

	/** A port nobody listens on now. */
	public static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
