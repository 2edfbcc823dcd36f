package org.familymatters.shared.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached now (stopped, restarting, the
 * network to it cut), rather than a fault of the request or of the service: such a
 * request is answered 503 with {@code Retry-After}, and a job that fails for it logs one
 * line, not a stack trace. Read from the whole chain of causes, so that it is recognised
 * however deep a template, the session store or a transaction wrapped it.
 */
public final class DatabaseUnavailable {

	/** How long a client is asked to wait before trying again, in seconds. */
	public static final int RETRY_AFTER_SECONDS = 5;

	/** SQL states of a connection lost or refused ("08") or the server shutting down. */
	private static final String[] STATES = { "08", "57P01", "57P02", "57P03" };

	private DatabaseUnavailable() {
	}

	/** Whether this failure, or one of its causes, is the database being unreachable. */
	public static boolean causes(Throwable failure) {
		var seen = 0;
		for (var cause = failure; cause != null && seen < 32; cause = cause.getCause(), seen++) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && lostConnection(sql.getSQLState())) {
				return true;
			}
			if (cause instanceof TransactionSystemException rollback && (rollback.getCause() instanceof SQLException
					|| rollback.getApplicationException() != null && causes(rollback.getApplicationException()))) {
				// A commit or rollback on a connection the database cut ("Connection is
				// closed", with no SQL state), or one that overrode the outage itself.
				return true;
			}
		}
		return false;
	}

	static boolean lostConnection(String state) {
		if (state == null) {
			return false;
		}
		for (var prefix : STATES) {
			if (state.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A gate that opens at most once per interval: while the database is down, one
	 * warning a minute says so instead of one per request or per job run.
	 */
	public static final class Warnings {

		private final Duration interval;

		private final AtomicReference<Instant> last = new AtomicReference<>(Instant.MIN);

		public Warnings(Duration interval) {
			this.interval = interval;
		}

		/** Whether a warning may be written at {@code now}; if so, the next waits. */
		public boolean due(Instant now) {
			var previous = this.last.get();
			return !now.isBefore(previous.plus(this.interval)) && this.last.compareAndSet(previous, now);
		}

	}

}
