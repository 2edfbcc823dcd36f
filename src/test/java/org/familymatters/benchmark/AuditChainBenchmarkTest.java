package org.familymatters.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.familymatters.audit.internal.AuditChainSealer;
import org.familymatters.audit.internal.AuditChainVerification;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the audit trail's hash chain costs (ADR 0019): the time of one audit event's
 * insert, each in its own transaction, from 1 and from 8 threads, into (a) the table as
 * it was before the chain, (b) the table as it is, sealed later by the job, and (c) a
 * prototype that chains each event in the inserting transaction under a lock — bare, and
 * with 2 ms of the request's other work after the event in the same transaction, which
 * the lock then holds; then how fast the sealing and the verification go over 200,000
 * events. Run with {@code ./mvnw -Pbenchmark test -Dtest=AuditChainBenchmarkTest}; see
 * docs/benchmarks.md.
 */
@IntegrationTest
@Tag("benchmark")
@TestPropertySource(properties = "familymatters.database.embedded.data-directory=target/benchmark-audit-postgres")
class AuditChainBenchmarkTest {

	static final int INSERTS = 4_000;

	static final int VOLUME = 200_000;

	private static final String COLUMNS = "(occurred_at, actor_username, action, outcome, record_type, record_id, basis, "
			+ "basis_reference, detail)";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	AuditChainSealer sealer;

	@Autowired
	AuditChainVerification verification;

	@Test
	void theCostOfTheChain() throws Exception {
		prototypes();
		var lines = new ArrayList<String>();
		lines.add("| table | threads | other work in the transaction | events a second | p50 | p95 |");
		lines.add("|---|---|---|---|---|---|");
		for (var table : List.of("bench_audit_before", "audit_event", "bench_audit_chained")) {
			for (int threads : new int[] { 1, 8 }) {
				for (int workMillis : new int[] { 0, 2 }) {
					lines.add(measure(table, threads, workMillis));
				}
			}
		}
		long unsealed = jdbc.sql("select count(*) from audit_event where hash is null").query(Long.class).single();
		jdbc.sql("insert into audit_event " + COLUMNS
				+ """
						 select now() - make_interval(secs => :n - g), 'bench-' || (g % 500), 'FAMILY_VIEWED', 'ALLOWED', 'family',
						        gen_random_uuid()::text, 'ROLE', 'SUPPORT_WORKER', 'a detail of about forty characters, like most'
						 from generate_series(1, :n) g
						""")
			.param("n", VOLUME)
			.update();
		long started = System.nanoTime();
		long sealed = sealer.sealAll();
		double sealSeconds = (System.nanoTime() - started) / 1e9;
		started = System.nanoTime();
		var report = verification.verify();
		double verifySeconds = (System.nanoTime() - started) / 1e9;
		assertThat(report.unbroken()).as(report.summary()).isTrue();
		lines.add("");
		lines.add("Sealing %,d events (%,d of them from the runs above): %.1f s, %,.0f events a second"
			.formatted(sealed, unsealed, sealSeconds, sealed / sealSeconds));
		lines.add("Verifying the whole chain, %,d events: %.1f s, %,.0f events a second".formatted(report.checked(),
				verifySeconds, report.checked() / verifySeconds));
		System.out.println(String.join("\n", lines));
	}

	private String measure(String table, int threads, int workMillis) throws Exception {
		var sql = "insert into " + table + " " + COLUMNS + " values (?, ?, 'FAMILY_VIEWED', 'ALLOWED', 'family', ?, "
				+ "'ROLE', 'SUPPORT_WORKER', 'a detail of about forty characters, like most')";
		var times = Collections.synchronizedList(new ArrayList<Long>());
		var pool = Executors.newFixedThreadPool(threads);
		int each = INSERTS / threads;
		// Warm up.
		insert(sql, 200, workMillis, new ArrayList<>());
		long started = System.nanoTime();
		var tasks = new ArrayList<Callable<Void>>();
		for (int t = 0; t < threads; t++) {
			tasks.add(() -> {
				insert(sql, each, workMillis, times);
				return null;
			});
		}
		for (var done : pool.invokeAll(tasks)) {
			done.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		var sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return "| %s | %d | %d ms | %,.0f | %.2f ms | %.2f ms |".formatted(table, threads, workMillis,
				sorted.size() / seconds, sorted.get(sorted.size() / 2) / 1e6,
				sorted.get(sorted.size() * 95 / 100) / 1e6);
	}

	private void insert(String sql, int count, int workMillis, List<Long> times) {
		for (int i = 0; i < count; i++) {
			long started = System.nanoTime();
			transactions.executeWithoutResult(status -> {
				jdbc.sql(sql)
					.params(Timestamp.from(Instant.now()), "bench-user", java.util.UUID.randomUUID().toString())
					.update();
				if (workMillis > 0) {
					jdbc.sql("select pg_sleep(" + (workMillis / 1000.0) + ")").query((rs, n) -> n).list();
				}
			});
			times.add(System.nanoTime() - started);
		}
	}

	/**
	 * The table as it was before the chain, and the prototype that chains in the
	 * inserting transaction: a trigger that locks the chain's head row, hashes the event
	 * after the head's hash and moves the head, the lock held until the commit.
	 */
	private void prototypes() throws Exception {
		var password = Files.readString(Path.of("target/benchmark-audit-postgres/familymatters-password")).strip();
		try (var owner = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "familymatters"), "postgres",
				password); var statement = owner.createStatement()) {
			for (var table : List.of("bench_audit_before", "bench_audit_chained")) {
				statement.execute("drop table if exists " + table);
				statement.execute(
						"""
								create table %s (
								    id bigint generated always as identity primary key, occurred_at timestamptz not null default now(),
								    actor_id uuid, actor_username text not null, action text not null, outcome text not null,
								    record_type text, record_id text, basis text not null, basis_reference text, detail text,
								    api_token_id uuid %s)
								"""
							.formatted(table, table.endsWith("chained")
									? ", chain_position bigint, prev_hash bytea, hash bytea" : ""));
				statement.execute("create index on " + table + " (occurred_at desc)");
				statement.execute("create index on " + table + " (record_type, record_id)");
				statement.execute("create index on " + table + " (actor_username, occurred_at desc)");
				statement.execute("grant select, insert on " + table + " to familymatters_app");
			}
			statement.execute("drop table if exists bench_chain_head");
			statement.execute(
					"create table bench_chain_head (id int primary key, position bigint not null, hash bytea not null)");
			statement.execute("insert into bench_chain_head values (1, 0, '\\x00')");
			statement.execute("grant select, update on bench_chain_head to familymatters_app");
			statement.execute(
					"""
							create or replace function bench_chain() returns trigger language plpgsql as $$
							declare head record;
							begin
							    select position, hash into head from bench_chain_head where id = 1 for update;
							    new.chain_position := head.position + 1;
							    new.prev_hash := head.hash;
							    new.hash := sha256(head.hash || convert_to(concat_ws(E'\\n', new.chain_position, new.id,
							        new.occurred_at, new.actor_username, new.action, new.outcome, new.record_type, new.record_id,
							        new.basis, new.basis_reference, new.detail), 'UTF8'));
							    update bench_chain_head set position = new.chain_position, hash = new.hash where id = 1;
							    return new;
							end $$
							""");
			statement.execute(
					"create trigger bench_chain before insert on bench_audit_chained for each row execute function bench_chain()");
		}
	}

}
