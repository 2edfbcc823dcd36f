package org.familymatters.benchmark;

import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Support plans at 1,000,000 families ({@link PlanBenchmarkData}). Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=PlanBenchmarkTest}; see docs/benchmarks.md.
 */
@IntegrationTest
@Tag("benchmark")
class PlanBenchmarkTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void plansAtAMillionFamilies() {
		long started = System.nanoTime();
		if (PlanBenchmarkData.generate(jdbc, transactions)) {
			System.out.printf("%nGENERATED plans in %.0f s%n", (System.nanoTime() - started) / 1e9);
		}
		for (var table : new String[] { "plan_support_plan", "plan_goal", "plan_action", "plan_assessment",
				"plan_assessment_score" }) {
			System.out.printf("%s: %,d rows%n", table,
					jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		assertThat(jdbc.sql("select count(*) from plan_support_plan").query(Long.class).single())
			.isGreaterThanOrEqualTo(900_000);
	}

}
