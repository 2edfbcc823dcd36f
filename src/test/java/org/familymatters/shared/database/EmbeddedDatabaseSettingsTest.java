package org.familymatters.shared.database;

import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server takes the settings given for it: the tests' database, thrown away
 * after the run, does not wait for the disk at each commit.
 */
@IntegrationTest
class EmbeddedDatabaseSettingsTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTestsDatabaseRunsWithTheSettingsGivenForIt() {
		assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("off");
		assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("off");
	}

}
