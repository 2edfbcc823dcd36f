package org.familymatters.audit.internal;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the audit trail's hash chain (ADR 0019): walks every sealed event from where
 * the chain starts (its first event, or the anchor the last removal of its oldest events
 * recorded) to its end, in one repeatable-read snapshot, and reports the first break or
 * that it is unbroken. Events not yet sealed are counted, not checked.
 */
@Service
public class AuditChainVerification {

	static final int BATCH = 2_000;

	private final JdbcClient jdbc;

	private final AuditChainSealer sealer;

	private final AuditTrail trail;

	private final TransactionTemplate snapshot;

	AuditChainVerification(JdbcClient jdbc, AuditChainSealer sealer, AuditTrail trail,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.trail = trail;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	/**
	 * Seals what has been committed, verifies the whole chain and records the
	 * verification with its result ({@link AuditAudit#AUDIT_CHAIN_VERIFIED}; the record
	 * id is the event at the first break).
	 */
	public ChainReport check(Basis basis, String reference) {
		sealer.sealAll();
		var report = verify();
		trail.record(new AuditEntry(AuditAudit.AUDIT_CHAIN_VERIFIED, true, "audit_event",
				(report.firstBreak() != null) ? Long.toString(report.firstBreak().eventId()) : null, basis, reference,
				report.summary()));
		return report;
	}

	/** The whole chain, from its start. */
	public ChainReport verify() {
		return snapshot.execute(status -> verify(jdbc, null));
	}

	/**
	 * The chain read through the connection given, from its start or from a position
	 * (trusting the hash the event before that position carries): the same walk, for a
	 * caller that holds its own transaction.
	 */
	public static ChainReport verify(JdbcClient jdbc, Long from) {
		var anchor = AuditChainSealer.anchor(jdbc);
		long start = anchor.map(AuditChainSealer.Anchor::firstPosition).orElse(1L);
		byte[] startHash = anchor.map(AuditChainSealer.Anchor::prevHash).orElse(AuditChain.GENESIS);
		if (from != null && from > start) {
			var before = jdbc.sql("select hash from audit_event where chain_position = :position")
				.param("position", from - 1)
				.query(byte[].class)
				.optional();
			if (before.isPresent()) {
				start = from;
				startHash = before.get();
			}
		}
		var walk = new ChainWalk(start, startHash);
		long after = start - 1;
		ChainWalk.Break found = null;
		while (found == null) {
			var events = jdbc
				.sql("select " + ChainEvents.COLUMNS
						+ " from audit_event where chain_position > :after order by chain_position limit " + BATCH)
				.param("after", after)
				.query(ChainEvents::map)
				.list();
			for (var event : events) {
				found = walk.next(event).orElse(null);
				if (found != null) {
					break;
				}
			}
			if (events.size() < BATCH) {
				break;
			}
			after = events.get(events.size() - 1).position();
		}
		if (found == null) {
			found = walk.finish().orElse(null);
		}
		long unsealed = jdbc.sql("select count(*) from audit_event where hash is null").query(Long.class).single();
		return new ChainReport(walk.checked(), start, walk.lastPosition(), walk.upTo(), found, unsealed,
				anchor.map(AuditChainSealer.Anchor::removedBefore).orElse(null));
	}

}
