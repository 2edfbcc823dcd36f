package org.familymatters.directory.internal;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.familymatters.directory.ServiceSearch;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs the public queries (the search pages and the Open Referral API) under a statement
 * timeout ({@code familymatters.directory.public-query-timeout}), so that no request can
 * hold the database for long. The timeout is set for the query's transaction only and put
 * back after it, so that a caller's own transaction keeps its own.
 */
@Component
public class PublicQueries {

	/** PostgreSQL's SQLSTATE for a statement cancelled by its timeout. */
	static final String QUERY_CANCELED = "57014";

	private final JdbcClient jdbc;

	private final DirectoryProperties properties;

	PublicQueries(JdbcClient jdbc, DirectoryProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Runs the query with the timeout, in the caller's transaction (which must exist).
	 * @throws ServiceSearch.TookTooLong when the database stopped it
	 */
	public <T> T limited(Supplier<T> query) {
		var before = jdbc.sql("select current_setting('statement_timeout')").query(String.class).single();
		set(String.valueOf(Math.max(1, properties.getPublicQueryTimeout().toMillis())));
		T result;
		try {
			result = query.get();
		}
		catch (DataAccessException ex) {
			if (timedOut(ex)) {
				throw new ServiceSearch.TookTooLong(ex);
			}
			throw ex;
		}
		set(before);
		return result;
	}

	private void set(String timeout) {
		jdbc.sql("select set_config('statement_timeout', :timeout, true)")
			.param("timeout", timeout)
			.query(String.class)
			.single();
	}

	/** Whether the database stopped a statement because it ran out of time. */
	static boolean timedOut(Throwable problem) {
		for (var cause = problem; cause != null; cause = cause.getCause()) {
			if (cause instanceof QueryTimeoutException) {
				return true;
			}
			if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
