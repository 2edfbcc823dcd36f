package org.familymatters.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.familymatters.audit.internal.AuditChainSealer;
import org.familymatters.audit.internal.AuditChainVerification;
import org.familymatters.audit.internal.ChainReport;
import org.familymatters.audit.internal.ChainWalk.Problem;
import org.familymatters.identity.Role;
import org.familymatters.shared.privacy.RetentionCutoff;
import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.privacy.RetentionRule;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestAuditAction;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail nobody can quietly change (ADR 0019): the service's database role may
 * only add events; the trigger refuses changes and removals whoever asks; every event is
 * sealed into a hash chain whose verification names the first break. The tampering is
 * done as the owner with triggers off, in a transaction of its own that is rolled back
 * after the verification has read the tampered rows through it: other tests, running
 * beside this one on the same database, never see it, and the chain stays whole.
 */
@IntegrationTest
class AuditChainTest {

	private static final Path DATA = Path.of("target/test-postgres");

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditChainSealer sealer;

	@Autowired
	AuditChainVerification verification;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	List<RetentionRule> rules;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void theServicesRoleMayAddAndReadAuditEventsButNeverChangeOrRemoveThem() {
		assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("familymatters_app");
		var id = record(UUID.randomUUID().toString()).get(0);
		assertThat(
				jdbc.sql("select count(*) from audit_event where id = :id").param("id", id).query(Long.class).single())
			.as("insert works")
			.isEqualTo(1);
		for (var sql : List.of("update audit_event set detail = 'changed' where id = :id",
				"delete from audit_event where id = :id", "truncate audit_event",
				"insert into audit_chain_anchor (first_position, prev_hash, events_removed, removed_before, removed_at) "
						+ "values (:id, '\\x00', 1, now(), now())")) {
			assertThatThrownBy(() -> jdbc.sql(sql).param("id", id).update()).as(sql)
				.rootCause()
				.hasMessageContaining("permission denied");
		}
		assertThat(jdbc
			.sql("select has_table_privilege('audit_event', 'UPDATE') or has_table_privilege('audit_event', "
					+ "'DELETE') or has_table_privilege('audit_event', 'TRUNCATE')")
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(jdbc
			.sql("select has_table_privilege('locality', 'UPDATE') and has_table_privilege('locality', 'DELETE')")
			.query(Boolean.class)
			.single()).as("the other tables are the service's to change").isTrue();
	}

	@Test
	void theTriggerRefusesTheOwnerTooUnlessTriggersAreTurnedOff() throws SQLException {
		var id = record(UUID.randomUUID().toString()).get(0);
		try (var owner = owner()) {
			owner.setAutoCommit(false);
			var asOwner = JdbcClient.create(new SingleConnectionDataSource(owner, true));
			assertThatThrownBy(() -> asOwner.sql("update audit_event set detail = 'changed' where id = :id")
				.param("id", id)
				.update()).rootCause()
				.hasMessageContaining("The audit trail only takes new events: event " + id + " cannot be changed");
			owner.rollback();
			assertThatThrownBy(() -> asOwner.sql("delete from audit_event where id = :id").param("id", id).update())
				.rootCause()
				.hasMessageContaining("cannot be removed");
			owner.rollback();
			assertThatThrownBy(() -> asOwner.sql("truncate audit_event").update()).rootCause()
				.hasMessageContaining("it cannot be emptied");
			owner.rollback();
		}
	}

	@Test
	void aTamperedAuditRowIsDetectedByTheVerification() throws SQLException {
		var ids = record(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
				UUID.randomUUID().toString(), UUID.randomUUID().toString());
		sealer.sealAll();
		long from = position(ids.get(0));
		assertThat(AuditChainVerification.verify(jdbc, from).unbroken()).isTrue();

		// A detail rewritten, and a later event deleted: the first break is the rewritten
		// one.
		var report = tampered(from, "update audit_event set detail = 'nothing to see' where id = " + ids.get(1),
				"delete from audit_event where id = " + ids.get(3));
		assertThat(report.firstBreak().eventId()).isEqualTo(ids.get(1));
		assertThat(report.firstBreak().problem()).isEqualTo(Problem.CONTENT_CHANGED);
		assertThat(report.summary()).contains("Broken at event " + ids.get(1))
			.contains("its content was changed after it was recorded");

		// An event deleted: the one after it says so.
		report = tampered(from, "delete from audit_event where id = " + ids.get(3));
		assertThat(report.firstBreak().eventId()).as("the event after the one missing")
			.isEqualTo(eventAt(position(ids.get(3)) + 1));
		assertThat(report.firstBreak().problem()).isEqualTo(Problem.MISSING);
		assertThat(report.firstBreak().words())
			.isEqualTo("the event before it is missing (position " + position(ids.get(3)) + ")");

		// A hash altered to hide a change: the event after it no longer carries it.
		report = tampered(from,
				"update audit_event set detail = 'quietly', hash = sha256('forged') where id = " + ids.get(2));
		assertThat(report.firstBreak().eventId()).isEqualTo(ids.get(2));
		assertThat(report.firstBreak().problem()).isEqualTo(Problem.HASH_ALTERED);

		// The hash an event carries of the one before, altered.
		report = tampered(from, "update audit_event set prev_hash = sha256('forged') where id = " + ids.get(4));
		assertThat(report.firstBreak().eventId()).isEqualTo(ids.get(4));
		assertThat(report.firstBreak().problem()).isEqualTo(Problem.LINK_BROKEN);

		// Rolled back: whole again.
		assertThat(AuditChainVerification.verify(jdbc, from).unbroken()).isTrue();
	}

	@Test
	void anAdministratorSeesTheWholeChainUnbrokenAndTheCheckIsItselfAudited() throws Exception {
		var created = users.create(Role.ADMINISTRATOR).account();
		users.passwordChosen(created.id());
		var admin = users.principal(created.username());
		record(UUID.randomUUID().toString());
		mvc.perform(get("/admin/audit-chain").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unbroken: ")))
			.andExpect(
					content().string(containsString("Nobody has changed or removed an event since it was recorded.")));
		var detail = jdbc.sql("""
				select detail from audit_event
				where action = 'AUDIT_CHAIN_VERIFIED' and actor_username = :admin and basis_reference = 'ADMINISTRATOR'
				""").param("admin", admin.username()).query(String.class).single();
		assertThat(detail).startsWith("Unbroken: ");
		var report = verification.verify();
		assertThat(report.unbroken()).as(report.summary()).isTrue();
		assertThat(report.checked()).isPositive();
	}

	@Test
	void theRetentionOfTheTrailRemovesOnlyTheChainsOldestEventsAndTheChainStillVerifies() throws SQLException {
		var rule = rules.stream().filter(r -> r.kind() == RetentionKind.AUDIT_EVENTS).findFirst().orElseThrow();
		record(UUID.randomUUID().toString());
		sealer.sealAll();
		var first = jdbc
			.sql("select occurred_at from audit_event where chain_position is not null "
					+ "order by chain_position limit 1")
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
		var before = first.plusNanos(1_000);
		var cutoff = new RetentionCutoff(java.time.LocalDate.now(), RetentionKind.AUDIT_EVENTS.defaultMonths(), before);
		var due = rule.due(cutoff);
		assertThat(due.count()).isPositive();
		assertThat(due.examples()).singleElement().asString().startsWith("Audit events ");
		assertThat(rule.due(new RetentionCutoff(java.time.LocalDate.now(), 312, first.minusSeconds(1))).count())
			.isZero();

		// Removed through the application's own connection, in a transaction rolled back
		// after.
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			var app = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			try {
				var firstPosition = app
					.sql("select min(chain_position) from audit_event where chain_position is not null")
					.query(Long.class)
					.single();
				int removed = app.sql("select audit_prune(:before, 1000, now())")
					.param("before", Timestamp.from(before))
					.query(Integer.class)
					.single();
				assertThat((long) removed).isEqualTo(due.count());
				assertThat(app.sql("select count(*) from audit_event where chain_position < :p")
					.param("p", firstPosition + removed)
					.query(Long.class)
					.single()).isZero();
				var report = AuditChainVerification.verify(app, null);
				assertThat(report.unbroken()).as(report.summary()).isTrue();
				assertThat(report.firstPosition()).isEqualTo(firstPosition + removed);
				assertThat(report.removedBefore()).isEqualTo(before);
			}
			finally {
				connection.rollback();
			}
		}
	}

	/**
	 * Tampers as the owner with triggers off, verifies through that connection, rolls
	 * back.
	 */
	private ChainReport tampered(long from, String... changes) throws SQLException {
		try (var owner = owner()) {
			owner.setAutoCommit(false);
			try (var statement = owner.createStatement()) {
				statement.execute("set local session_replication_role = replica");
				for (var change : changes) {
					assertThat(statement.executeUpdate(change)).as(change).isEqualTo(1);
				}
				var report = AuditChainVerification
					.verify(JdbcClient.create(new SingleConnectionDataSource(owner, true)), from);
				assertThat(report.unbroken()).as("tampered: " + String.join("; ", changes)).isFalse();
				return report;
			}
			finally {
				owner.rollback();
			}
		}
	}

	private List<Long> record(String... recordIds) {
		var ids = new ArrayList<Long>();
		for (var recordId : recordIds) {
			transactions.executeWithoutResult(status -> audit
				.record(AuditEntry.allowed(TestAuditAction.named("TEST_CHAINED"), "test", recordId, Basis.ROLE, "TEST")
					.withDetail("chained " + recordId)));
			ids.add(jdbc.sql("select id from audit_event where record_type = 'test' and record_id = :id")
				.param("id", recordId)
				.query(Long.class)
				.single());
		}
		return ids;
	}

	private long position(long id) {
		return jdbc.sql("select chain_position from audit_event where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private long eventAt(long position) {
		return jdbc.sql("select id from audit_event where chain_position = :p")
			.param("p", position)
			.query(Long.class)
			.single();
	}

	private Connection owner() throws SQLException {
		try {
			var password = Files.readString(DATA.resolve("familymatters-password")).strip();
			return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "familymatters"), "postgres", password);
		}
		catch (java.io.IOException ex) {
			throw new SQLException(ex);
		}
	}

}
