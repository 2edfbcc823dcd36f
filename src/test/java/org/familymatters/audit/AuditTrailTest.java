package org.familymatters.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestAuditAction;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditTrailTest {

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditSearch search;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEventIsWrittenInTheSameTransactionAsTheChangeItRecords() {
		var committed = UUID.randomUUID().toString();
		var rolledBack = UUID.randomUUID().toString();
		transactions.executeWithoutResult(status -> audit.record(AuditEntry
			.allowed(TestAuditAction.named("TEST_CHANGE"), "test", committed, Basis.ROLE, "ADMINISTRATOR")));
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			audit.record(AuditEntry.allowed(TestAuditAction.named("TEST_CHANGE"), "test", rolledBack, Basis.ROLE,
					"ADMINISTRATOR"));
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(count(committed)).isEqualTo(1);
		assertThat(count(rolledBack)).as("an event for a change that was rolled back").isZero();
	}

	@Test
	void manyEventsAreWrittenAtOnceWithTheChangeTheyRecord() {
		var committed = UUID.randomUUID().toString();
		var rolledBack = UUID.randomUUID().toString();
		var system = UUID.randomUUID().toString();
		transactions.executeWithoutResult(status -> audit.recordAll(List.of(
				AuditEntry.allowed(TestAuditAction.named("TEST_LISTED"), "test", committed, Basis.ROLE, "KEY_WORKER"),
				AuditEntry.refused(TestAuditAction.named("TEST_LISTED"), "test", committed, Basis.ACTION, "CLOSED:1"),
				AuditEntry.allowed(TestAuditAction.named("TEST_LISTED"), "test", system, Basis.SYSTEM, "job"))));
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			audit.recordAll(List.of(AuditEntry.allowed(TestAuditAction.named("TEST_LISTED"), "test", rolledBack,
					Basis.ROLE, "KEY_WORKER")));
			throw new IllegalStateException("the page failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(jdbc.sql("""
				select outcome || ' ' || basis || ' ' || basis_reference from audit_event
				where record_type = 'test' and record_id = :id order by outcome
				""").param("id", committed).query(String.class).list()).containsExactly("ALLOWED ROLE KEY_WORKER",
				"REFUSED ACTION CLOSED:1");
		assertThat(jdbc.sql("select actor_username from audit_event where record_id = :id")
			.param("id", system)
			.query(String.class)
			.single()).isEqualTo("system");
		assertThat(count(rolledBack)).as("events of a page that failed").isZero();
		audit.recordAll(List.of());
	}

	@Test
	void searchFiltersByRecordActionAndDay() {
		var id = UUID.randomUUID().toString();
		audit.recordAs(null, "someone",
				AuditEntry.refused(TestAuditAction.named("TEST_VIEW"), "test", id, Basis.CONSENT, "consent-1")
					.withDetail("consent withdrawn"));
		var today = LocalDate.now(clock);

		var found = search.search(new AuditQuery(null, "test_view", "test", id, today, today, 1, 10));
		assertThat(found.total()).isEqualTo(1);
		assertThat(found.items()).singleElement().satisfies(event -> {
			assertThat(event.outcome()).isEqualTo("REFUSED");
			assertThat(event.basis()).isEqualTo("CONSENT");
			assertThat(event.basisReference()).isEqualTo("consent-1");
			assertThat(event.actorUsername()).isEqualTo("someone");
		});
		assertThat(search.search(new AuditQuery(null, null, "test", id, today.plusDays(1), null, 1, 10)).total())
			.isZero();
		assertThat(search.search(new AuditQuery("nobody", null, "test", id, null, null, 1, 10)).total()).isZero();
	}

	@Test
	void startUpRecordedTheFirstAdministratorAsTheSystem() {
		var found = search.search(new AuditQuery("system", "USER_CREATED", "user", null, null, null, 1, 50));
		assertThat(found.items()).isNotEmpty().allSatisfy(event -> assertThat(event.basis()).isEqualTo("SYSTEM"));
	}

	private long count(String recordId) {
		return jdbc.sql("select count(*) from audit_event where record_id = ?")
			.param(recordId)
			.query(Long.class)
			.single();
	}

}
