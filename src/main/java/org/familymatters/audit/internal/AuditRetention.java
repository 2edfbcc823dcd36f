package org.familymatters.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.familymatters.shared.privacy.RetentionCutoff;
import org.familymatters.shared.privacy.RetentionDue;
import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.privacy.RetentionRule;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention of the audit trail ({@link RetentionKind#AUDIT_EVENTS}): only the chain's
 * oldest events go, from its start and only while each happened before the cutoff,
 * through {@code audit_prune} — which records the anchor the chain then starts from, so
 * that the verification still checks every event kept — never through a plain delete,
 * which the application's role may not do (ADR 0019). Events not yet sealed into the
 * chain wait for the sealing.
 */
@Component
class AuditRetention implements RetentionRule {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/**
	 * The events due: the chain's start, up to the first that happened on or after it.
	 */
	private static final String DUE = """
			from audit_event
			where chain_position is not null
			  and chain_position < coalesce(
			      (select min(chain_position) from audit_event where chain_position is not null and occurred_at >= :before),
			      (select max(chain_position) + 1 from audit_event))
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AuditRetention(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.AUDIT_EVENTS;
	}

	@Override
	public RetentionDue due(RetentionCutoff cutoff) {
		return jdbc
			.sql("select count(*), min(chain_position), max(chain_position), min(occurred_at), max(occurred_at) " + DUE)
			.param("before", Timestamp.from(cutoff.before()))
			.query((rs, n) -> {
				long count = rs.getLong(1);
				if (count == 0) {
					return new RetentionDue(0, List.of());
				}
				var first = rs.getObject(4, OffsetDateTime.class).atZoneSameInstant(ServiceTime.ZONE);
				var last = rs.getObject(5, OffsetDateTime.class).atZoneSameInstant(ServiceTime.ZONE);
				return new RetentionDue(count, List.of("Audit events " + rs.getLong(2) + " to " + rs.getLong(3)
						+ " of the chain, recorded from " + DAY.format(first) + " to " + DAY.format(last)));
			})
			.single();
	}

	@Override
	public int apply(RetentionCutoff cutoff, int limit) {
		return transaction.execute(status -> jdbc.sql("select audit_prune(:before, :limit, :at)")
			.param("before", Timestamp.from(cutoff.before()))
			.param("limit", limit)
			.param("at", Timestamp.from(clock.instant()))
			.query(Integer.class)
			.single());
	}

}
