package org.familymatters.shared.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean the database is unreachable (answered 503, logged once a minute),
 * however deeply wrapped; a broken request's failure is not one of them.
 */
class DatabaseUnavailableTest {

	@Test
	void aConnectionThatCannotBeHadOrWasLostIsAnOutageHoweverWrapped() {
		var pool = new SQLTransientConnectionException("familymatters - Connection is not available");
		assertThat(DatabaseUnavailable.causes(new CannotGetJdbcConnectionException("Failed to obtain", pool))).isTrue();
		assertThat(DatabaseUnavailable.causes(new IllegalStateException("template", new RuntimeException(pool))))
			.isTrue();
		assertThat(DatabaseUnavailable.causes(new CannotCreateTransactionException("no connection"))).isTrue();
		assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
		assertThat(DatabaseUnavailable.causes(new SQLException("terminating connection", "57P01"))).isTrue();
		assertThat(DatabaseUnavailable
			.causes(new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))
			.isTrue();
	}

	@Test
	void aBrokenRuleOrABugIsNot() {
		assertThat(DatabaseUnavailable.causes(new DuplicateKeyException("duplicate"))).isFalse();
		assertThat(DatabaseUnavailable
			.causes(new DataIntegrityViolationException("check", new SQLException("violates", "23514")))).isFalse();
		assertThat(DatabaseUnavailable.causes(new IllegalArgumentException("bug"))).isFalse();
		assertThat(DatabaseUnavailable.causes(new SQLException("no state"))).isFalse();
	}

	@Test
	void aWarningIsDueOnceAMinute() {
		var warnings = new DatabaseUnavailable.Warnings(Duration.ofMinutes(1));
		var start = Instant.parse("2026-03-02T10:00:00Z");
		assertThat(warnings.due(start)).isTrue();
		assertThat(warnings.due(start.plusSeconds(1))).isFalse();
		assertThat(warnings.due(start.plusSeconds(59))).isFalse();
		assertThat(warnings.due(start.plusSeconds(60))).isTrue();
	}

}
