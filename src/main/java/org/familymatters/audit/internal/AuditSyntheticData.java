package org.familymatters.audit.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.familymatters.audit.AuditAction;
import org.familymatters.shared.generate.DataSize;
import org.familymatters.shared.generate.GeneratedIds;
import org.familymatters.shared.generate.GenerationProgress;
import org.familymatters.shared.generate.SyntheticData;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's part of {@code --generate}, last of all: twenty events a generated
 * family ({@link DataSize#auditEvents()}), by its key worker, spread from the day the
 * family was started to the day it closed (or today): the record started, viewed again
 * and again, added to its timeline, and a child's timeline or the barriers to contact
 * read. Each carries the detail {@value #DETAIL}, so that generated events are told from
 * real ones (and a run already done is found).
 * <p>
 * The events are written already sealed into the hash chain (ADR 0019): a batch takes the
 * chain's advisory lock, as the sealer does, reads where the chain ends, takes ids from
 * the table's sequence, hashes each event after the one before in Java
 * ({@link AuditChain#hash}) and streams the batch with PostgreSQL's {@code COPY} (which
 * the application's role may: it only adds rows). Events recorded meanwhile by the
 * service are sealed after them by the sealer, as any event committed late is.
 */
@Component
class AuditSyntheticData implements SyntheticData {

	private static final Logger log = LoggerFactory.getLogger(AuditSyntheticData.class);

	/** What every generated event carries as its detail. */
	static final String DETAIL = "generated";

	/** Events a family. */
	static final int PER_FAMILY = 20;

	/** Families whose events are written in one transaction. */
	static final int FAMILY_BATCH = 25_000;

	/**
	 * The family module's actions the events are made of, by the codes stored in the
	 * trail; each is looked up in the modules' catalogues, so a renamed action fails at
	 * once.
	 */
	static final List<String> ACTIONS = List.of("FAMILY_CREATED", "FAMILY_VIEWED", "TIMELINE_ENTRY_ADDED",
			"CHILD_TIMELINE_VIEWED", "CONTACT_BARRIERS_VIEWED");

	private static final String COPY = "copy audit_event (id, occurred_at, actor_id, actor_username, action, outcome, "
			+ "record_type, record_id, basis, basis_reference, detail, api_token_id, chain_position, prev_hash, hash) "
			+ "from stdin";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx")
		.withZone(ZoneOffset.UTC);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final AuditActions actions;

	private final Clock clock;

	AuditSyntheticData(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			AuditActions actions, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		this.actions = actions;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String describe() {
		return "audit events, sealed into the chain";
	}

	@Override
	public long rows(DataSize size) {
		return size.auditEvents();
	}

	@Override
	public void generate(DataSize size, GenerationProgress progress) {
		var kinds = ACTIONS.stream()
			.map(code -> actions.find(code)
				.orElseThrow(() -> new IllegalStateException("No module records the audit action " + code)))
			.toList();
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		long families = size.auditEvents() / PER_FAMILY;
		long started = System.nanoTime();
		for (long from = 1; from <= families; from += FAMILY_BATCH) {
			long to = Math.min(families, from + FAMILY_BATCH - 1);
			long first = from;
			if (!written(to)) {
				transaction.executeWithoutResult(status -> batch(size, kinds, first, to, now));
				progress.advance(PER_FAMILY * (to - from + 1));
			}
			else {
				progress.skip(PER_FAMILY * (to - from + 1));
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		jdbc.sql("analyze audit_event").update();
		log.info("Generated audit events: {} rows in {} s, {} rows/s (then {} s of statistics)", size.auditEvents(),
				"%.1f".formatted(seconds), "%.0f".formatted(size.auditEvents() / Math.max(seconds, 1e-3)),
				"%.1f".formatted((System.nanoTime() - started) / 1e9 - seconds));
	}

	private boolean written(long family) {
		return jdbc.sql("""
				select count(*) from audit_event
				where record_type = 'family' and record_id = :family and detail = :detail
				""")
			.param("family", GeneratedIds.family(family).toString())
			.param("detail", DETAIL)
			.query(Long.class)
			.single() > 0;
	}

	private void batch(DataSize size, List<AuditAction> kinds, long from, long to, Instant now) {
		jdbc.sql(ChainEvents.LOCK).query((rs, n) -> n).list();
		var head = AuditChainSealer.head(jdbc);
		int count = (int) ((to - from + 1) * PER_FAMILY);
		var ids = jdbc.sql("select nextval(pg_get_serial_sequence('audit_event', 'id')) from generate_series(1, :n)")
			.param("n", count)
			.query(Long.class)
			.list();
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
			try {
				var rows = new StringBuilder(1 << 20);
				long position = head.position();
				byte[] previous = head.hash();
				int i = 0;
				for (long family = from; family <= to; family++) {
					for (int j = 0; j < PER_FAMILY; j++) {
						position++;
						var event = event(size, kinds, family, j, ids.get(i++), now);
						var hash = AuditChain.hash(previous, event, position);
						row(rows, event, position, previous, hash);
						previous = hash;
					}
					if (rows.length() > (1 << 20) - 8192) {
						var bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
						copy.writeToCopy(bytes, 0, bytes.length);
						rows.setLength(0);
					}
				}
				var bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
				copy.writeToCopy(bytes, 0, bytes.length);
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not write the generated audit events", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * Event {@code j} (0 to {@link #PER_FAMILY} - 1) of family {@code family}: started,
	 * then viewed and added to in turn, last a child's timeline or the barriers read; at
	 * an even step of the family's time with us, in working hours.
	 */
	static ChainEvent event(DataSize size, List<AuditAction> kinds, long family, int j, long id, Instant now) {
		AuditAction action;
		if (j == 0) {
			action = kinds.get(0);
		}
		else if (j == PER_FAMILY - 1) {
			action = kinds.get(3 + (int) (family % 2));
		}
		else {
			action = kinds.get((j % 2 == 1) ? 1 : 2);
		}
		var today = now.truncatedTo(ChronoUnit.DAYS);
		var started = today.minus(Duration.ofDays(GeneratedIds.startedDaysAgo(family)));
		var ended = today.minus(Duration.ofDays(GeneratedIds.endedDaysAgo(family)));
		long days = Duration.between(started, ended).toDays();
		long day = days * (2L * j + 1) / (2L * PER_FAMILY);
		long micros = (8 * 3600 + Math.floorMod(family * 7919 + j * 104_729, 10 * 3600)) * 1_000_000L
				+ Math.floorMod(family * 31 + j, 1_000_000);
		var at = started.plus(Duration.ofDays(day)).plus(micros, ChronoUnit.MICROS);
		if (at.isAfter(now)) {
			at = now.minus(PER_FAMILY - j, ChronoUnit.MINUTES);
		}
		int worker = GeneratedIds.keyWorkerOf(size, family);
		UUID actor = GeneratedIds.supportWorker(worker);
		return new ChainEvent(id, at, actor, GeneratedIds.supportWorkerUsername(worker), action.name(), "ALLOWED",
				"family", GeneratedIds.family(family).toString(), "ROLE", "SUPPORT_WORKER", DETAIL, null, null, null,
				null);
	}

	private static void row(StringBuilder rows, ChainEvent event, long position, byte[] previous, byte[] hash) {
		rows.append(event.id())
			.append('\t')
			.append(WHEN.format(event.occurredAt()))
			.append('\t')
			.append(event.actorId())
			.append('\t')
			.append(event.actorUsername())
			.append('\t')
			.append(event.action())
			.append('\t')
			.append(event.outcome())
			.append('\t')
			.append(event.recordType())
			.append('\t')
			.append(event.recordId())
			.append('\t')
			.append(event.basis())
			.append('\t')
			.append(event.basisReference())
			.append('\t')
			.append(event.detail())
			.append("\t\\N\t")
			.append(position)
			.append("\t\\\\x")
			.append(AuditChain.hex(previous))
			.append("\t\\\\x")
			.append(AuditChain.hex(hash))
			.append('\n');
	}

}
