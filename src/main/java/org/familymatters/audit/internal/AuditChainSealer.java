package org.familymatters.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.StringJoiner;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed audit events into the hash chain, on the cron of
 * {@code familymatters.audit.sealing.cron} (every 10 seconds by default; {@code -} turns
 * it off), on one instance at a time (ShedLock): the events not yet sealed, in the order
 * of their ids, a thousand to a transaction, each after the chain's end (ADR 0019).
 * Events are recorded as before, without waiting for one another; an event committed
 * after a later one was sealed is sealed after it. The sealing takes the chain's advisory
 * lock and writes through {@code audit_seal}, which refuses seals that do not continue
 * the chain.
 */
@Service
public class AuditChainSealer {

	private static final Logger log = LoggerFactory.getLogger(AuditChainSealer.class);

	static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	AuditChainSealer(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${familymatters.audit.sealing.cron:*/10 * * * * *}", zone = "Europe/London")
	@SchedulerLock(name = "audit-chain-sealing", lockAtMostFor = "PT10M")
	public void sealOnSchedule() {
		long sealed = sealAll();
		if (sealed > 0) {
			log.debug("Sealed {} audit events into the chain", sealed);
		}
	}

	/** Seals every event committed and not yet sealed; how many. */
	public long sealAll() {
		long total = 0;
		int sealed;
		do {
			sealed = transaction.execute(status -> sealBatch());
			total += sealed;
		}
		while (sealed == BATCH);
		return total;
	}

	private int sealBatch() {
		jdbc.sql(ChainEvents.LOCK).query((rs, n) -> n).list();
		var head = head();
		var events = jdbc
			.sql("select " + ChainEvents.COLUMNS + " from audit_event where hash is null order by id limit " + BATCH)
			.query(ChainEvents::map)
			.list();
		if (events.isEmpty()) {
			return 0;
		}
		var ids = new StringJoiner(",", "{", "}");
		var positions = new StringJoiner(",", "{", "}");
		var prevHashes = new StringJoiner(",", "{", "}");
		var hashes = new StringJoiner(",", "{", "}");
		long position = head.position();
		byte[] previous = head.hash();
		for (var event : events) {
			position++;
			var hash = AuditChain.hash(previous, event, position);
			ids.add(Long.toString(event.id()));
			positions.add(Long.toString(position));
			prevHashes.add(AuditChain.hex(previous));
			hashes.add(AuditChain.hex(hash));
			previous = hash;
		}
		return jdbc
			.sql("""
					select audit_seal(cast(:ids as bigint[]), cast(:positions as bigint[]),
					                  array(select decode(h, 'hex') from unnest(cast(:prevHashes as text[])) with ordinality as p(h, i) order by i),
					                  array(select decode(h, 'hex') from unnest(cast(:hashes as text[])) with ordinality as s(h, i) order by i))
					""")
			.param("ids", ids.toString())
			.param("positions", positions.toString())
			.param("prevHashes", prevHashes.toString())
			.param("hashes", hashes.toString())
			.query(Integer.class)
			.single();
	}

	/**
	 * The chain's end: its last sealed event's position and hash; after a removal of
	 * every sealed event, the anchor's; at the very start, 0 and
	 * {@link AuditChain#GENESIS}.
	 */
	Head head() {
		return head(jdbc);
	}

	static Head head(JdbcClient jdbc) {
		return jdbc.sql("""
				select chain_position, hash from audit_event where chain_position is not null
				order by chain_position desc limit 1
				""")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
			.optional()
			.or(() -> anchor(jdbc).map(anchor -> new Head(anchor.firstPosition() - 1, anchor.prevHash())))
			.orElseGet(() -> new Head(0, AuditChain.GENESIS));
	}

	/** Where the chain starts after the last removal of its oldest events, if any. */
	static Optional<Anchor> anchor(JdbcClient jdbc) {
		return jdbc.sql("""
				select first_position, prev_hash, removed_before from audit_chain_anchor
				order by first_position desc limit 1
				""")
			.query((rs, n) -> new Anchor(rs.getLong(1), rs.getBytes(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** The chain's end. */
	record Head(long position, byte[] hash) {
	}

	/**
	 * Where the chain starts after a removal: the first position kept, the hash its event
	 * carries, and the day before which events were removed.
	 */
	record Anchor(long firstPosition, byte[] prevHash, Instant removedBefore) {
	}

}
