package org.familymatters.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.RetentionCutoff;
import org.familymatters.shared.privacy.RetentionDue;
import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.privacy.RetentionRule;
import org.familymatters.shared.privacy.RetentionSchedule;
import org.familymatters.shared.time.ServiceTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly retention run (ADR 0016), on the cron of
 * {@code familymatters.retention.cron} (02:30 every night, Europe/London, by default;
 * {@code -} turns it off), on one instance at a time (ShedLock). For each
 * {@link RetentionRule} the modules provide, in the schedule's order, it works out the
 * cutoff from the period in force and the service's clock, and has the rule delete or
 * anonymise what is due in batches of {@code familymatters.retention.batch-size} (500)
 * until none is left. Each batch is the rule's own transaction, so a run stopped half-way
 * leaves every record whole or gone, and the next run finishes the job; a rule that fails
 * is recorded and the others still run. Each run is kept ({@code privacy_retention_run})
 * with its counts per kind and audited as {@code RETENTION_RUN} (basis SYSTEM) with them.
 */
@Service
public class RetentionRun {

	private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

	private final List<RetentionRule> rules;

	private final RetentionSchedule schedule;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final int batchSize;

	RetentionRun(List<RetentionRule> rules, RetentionSchedule schedule, JdbcClient jdbc, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactions,
			@Value("${familymatters.retention.batch-size:500}") int batchSize) {
		this.rules = rules.stream().sorted(Comparator.comparing(RetentionRule::kind)).toList();
		this.schedule = schedule;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.batchSize = batchSize;
	}

	/**
	 * The point before which a kind's records are due on {@code today}: the start of the
	 * day {@code months} before it, in the service's time zone (a day that month lacks,
	 * such as 31 September, is the month's last day). A record whose period started on
	 * that day is kept that day and is due the next.
	 */
	public static RetentionCutoff cutoff(LocalDate today, int months) {
		return new RetentionCutoff(today, months, today.minusMonths(months).atStartOfDay(ServiceTime.ZONE).toInstant());
	}

	@Scheduled(cron = "${familymatters.retention.cron:0 30 2 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "privacy-retention-run", lockAtMostFor = "PT3H", lockAtLeastFor = "PT1M")
	public void nightly() {
		run(clock);
	}

	/** Runs every rule as of the day of this clock. */
	public Result run(Clock at) {
		return run(at, rules, batchSize);
	}

	/**
	 * Runs these rules as of the day of this clock, {@code batch} records to a
	 * transaction.
	 */
	public Result run(Clock at, List<RetentionRule> these, int batch) {
		var today = LocalDate.now(at.withZone(ServiceTime.ZONE));
		var id = UUID.randomUUID();
		jdbc.sql("insert into privacy_retention_run (id, run_on, started_at) values (:id, :today, :now)")
			.param("id", id)
			.param("today", today)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		var counts = new LinkedHashMap<RetentionKind, Long>();
		var failures = new ArrayList<String>();
		for (var rule : these) {
			var kind = rule.kind();
			var cutoff = cutoff(today, schedule.months(kind));
			jdbc.sql("""
					insert into privacy_retention_run_kind (run_id, kind, months, cutoff)
					values (:id, :kind, :months, :cutoff) on conflict do nothing
					""")
				.param("id", id)
				.param("kind", kind.name())
				.param("months", cutoff.months())
				.param("cutoff", cutoff.before().atOffset(ZoneOffset.UTC))
				.update();
			counts.putIfAbsent(kind, 0L);
			try {
				int done;
				do {
					done = rule.apply(cutoff, batch);
					if (done > 0) {
						counts.merge(kind, (long) done, Long::sum);
						jdbc.sql("""
								update privacy_retention_run_kind set processed = processed + :done
								where run_id = :id and kind = :kind
								""").param("done", done).param("id", id).param("kind", kind.name()).update();
					}
				}
				while (done > 0);
			}
			catch (RuntimeException ex) {
				log.error("Retention run {}: {} failed", id, kind, ex);
				failures.add(kind.name() + " (" + ex.getClass().getSimpleName() + ")");
				jdbc.sql("update privacy_retention_run_kind set failed = true where run_id = :id and kind = :kind")
					.param("id", id)
					.param("kind", kind.name())
					.update();
			}
		}
		var result = new Result(id, today, counts, failures);
		transaction.executeWithoutResult(status -> {
			jdbc.sql("""
					update privacy_retention_run set finished_at = :now, status = :status, failure = :failure
					where id = :id
					""")
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.param("status", failures.isEmpty() ? "FINISHED" : "FAILED")
				.param("failure", failures.isEmpty() ? null : String.join(", ", failures))
				.param("id", id)
				.update();
			audit.record(new AuditEntry(PrivacyAudit.RETENTION_RUN, failures.isEmpty(), "retention_run", id.toString(),
					Basis.SYSTEM, null, result.summary()));
		});
		log.info("Retention run {} on {}: {}", id, today, result.summary());
		return result;
	}

	/** What each rule would delete or anonymise if the run were today, by this clock. */
	public List<Preview> preview(Clock at) {
		var today = LocalDate.now(at.withZone(ServiceTime.ZONE));
		return rules.stream().map(rule -> {
			var cutoff = cutoff(today, schedule.months(rule.kind()));
			return new Preview(rule.kind(), cutoff, rule.due(cutoff));
		}).toList();
	}

	/** The last runs, newest first, with their counts per kind. */
	public List<PastRun> lastRuns(int limit) {
		var runs = new LinkedHashMap<UUID, PastRun>();
		jdbc.sql("""
				select id, run_on, started_at, finished_at, status, failure from privacy_retention_run
				order by started_at desc limit :limit
				""").param("limit", limit).query((RowCallbackHandler) rs -> {
			var finished = rs.getObject("finished_at", OffsetDateTime.class);
			runs.put(rs.getObject("id", UUID.class),
					new PastRun(rs.getObject("id", UUID.class), rs.getObject("run_on", LocalDate.class),
							rs.getObject("started_at", OffsetDateTime.class).toInstant(),
							(finished != null) ? finished.toInstant() : null, rs.getString("status"),
							rs.getString("failure"), new LinkedHashMap<>()));
		});
		if (!runs.isEmpty()) {
			jdbc.sql("""
					select run_id, kind, processed from privacy_retention_run_kind
					where run_id = any(cast(:ids as uuid[])) order by kind
					""")
				.param("ids", runs.keySet().stream().map(UUID::toString).toArray(String[]::new))
				.query((RowCallbackHandler) rs -> {
					var run = runs.get(rs.getObject("run_id", UUID.class));
					var name = rs.getString("kind");
					long processed = rs.getLong("processed");
					java.util.Arrays.stream(RetentionKind.values())
						.filter(k -> k.name().equals(name))
						.findFirst()
						.ifPresent(k -> run.counts().put(k, processed));
				});
		}
		return List.copyOf(runs.values());
	}

	/**
	 * What a run did.
	 *
	 * @param id the run
	 * @param today the day it ran as
	 * @param counts how many records of each kind it deleted or made anonymous
	 * @param failures the kinds whose rule failed, with what went wrong
	 */
	public record Result(UUID id, LocalDate today, Map<RetentionKind, Long> counts, List<String> failures) {

		/** The counts in words, for the audit trail and the log: nobody is named. */
		public String summary() {
			var parts = new ArrayList<String>();
			counts.forEach((kind, count) -> parts.add(kind.name() + " " + count + " " + kind.action().words()));
			var text = "Run as of " + today + ": " + (parts.isEmpty() ? "no rules" : String.join(", ", parts));
			return failures.isEmpty() ? text : text + "; failed: " + String.join(", ", failures);
		}

		public long count(RetentionKind kind) {
			return counts.getOrDefault(kind, 0L);
		}

	}

	/**
	 * What the next run would do for one rule.
	 *
	 * @param kind the kind of record
	 * @param cutoff the cutoff it would use
	 * @param due how many records, and a few examples naming nobody
	 */
	public record Preview(RetentionKind kind, RetentionCutoff cutoff, RetentionDue due) {
	}

	/**
	 * A past run.
	 *
	 * @param id the run
	 * @param runOn the day it ran as
	 * @param startedAt when it started
	 * @param finishedAt when it finished; null when it is running or was stopped
	 * @param status RUNNING, FINISHED or FAILED
	 * @param failure the kinds that failed, or null
	 * @param counts how many records of each kind it processed
	 */
	public record PastRun(UUID id, LocalDate runOn, Instant startedAt, Instant finishedAt, String status,
			String failure, Map<RetentionKind, Long> counts) {

		/**
		 * How many records of this kind it processed; null when it did not run the kind.
		 */
		public Long count(RetentionKind kind) {
			return counts.get(kind);
		}

	}

}
