package org.familymatters.shared.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for the embedded PostgreSQL server that the service starts when no external
 * database is configured.
 *
 * @param dataDirectory where the server keeps its files; they survive restarts
 * @param port the port to listen on (loopback only); 0 picks a free port at each start
 * @param cleanOnStart wipe the data directory at start (for tests only)
 * @param serverSettings more PostgreSQL settings for the server, by name (none by
 * default; the tests turn off waiting for the disk, as their database is thrown away)
 * @param applicationRole the role the service's connections use, created at start-up (ADR
 * 0019); empty: they use the owner, {@code postgres}, as before
 */
@ConfigurationProperties("familymatters.database.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDirectory,
		@DefaultValue("0") int port, @DefaultValue("false") boolean cleanOnStart,
		@DefaultValue Map<String, String> serverSettings, @DefaultValue("familymatters_app") String applicationRole) {
}
