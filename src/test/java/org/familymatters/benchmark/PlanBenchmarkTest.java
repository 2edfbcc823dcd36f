package org.familymatters.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Support plans at 1,000,000 families ({@link PlanBenchmarkData}): the support worker's
 * caseload page and an agency practitioner's list of actions, each a whole page (access
 * decision, queries, audit events, template) through MockMvc for a user chosen at random,
 * at the 95th percentile, with the query plans of their reads. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=PlanBenchmarkTest}; the data is generated once
 * and kept in {@code target/benchmark-postgres} for the next run; see docs/benchmarks.md.
 */
@IntegrationTest
@Tag("benchmark")
@TestPropertySource(properties = { "familymatters.database.embedded.clean-on-start=false",
		"familymatters.database.embedded.data-directory=target/benchmark-postgres",
		// Generating the data turns triggers off and vacuums: the owner's work (ADR
		// 0019).
		"familymatters.database.embedded.application-role=" })
class PlanBenchmarkTest {

	static final int WARM_UP = 200;

	static final int MEASURED = 1_000;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	WebApplicationContext context;

	/**
	 * Without the shared MockMvc's printing of every result, which costs more than a
	 * page.
	 */
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void plansAtAMillionFamilies() throws Exception {
		long started = System.nanoTime();
		if (PlanBenchmarkData.generate(jdbc, transactions)) {
			System.out.printf("%nGENERATED plans in %.0f s%n", (System.nanoTime() - started) / 1e9);
		}
		for (var table : new String[] { "family", "plan_support_plan", "plan_goal", "plan_action", "plan_assessment",
				"plan_assessment_score" }) {
			System.out.printf("%s: %,d rows%n", table,
					jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		var random = new Random(13);

		var caseload = measure("CASELOAD PAGE (/plans/caseload, a key worker of 40 families)",
				n -> get("/plans/caseload").with(user(users.principal(
						PlanBenchmarkData.keyWorkerUsername(1 + random.nextInt(PlanBenchmarkData.KEY_WORKERS))))));
		var actions = measure("AN AGENCY'S ACTIONS (/actions, 675 actions an agency, about half open)",
				n -> get("/actions").with(user(users.principal(
						PlanBenchmarkData.practitionerUsername(1 + random.nextInt(PlanBenchmarkData.AGENCIES))))));

		var manager = users.principal(TestUsers.demoUsername(Role.MANAGER));
		var outcomes = measure("OUTCOMES REPORT (/outcomes, plans closed in the last 12 months, every locality)",
				n -> get("/outcomes").with(user(manager)));

		var keyWorker = PlanBenchmarkData.keyWorkerId(1 + random.nextInt(PlanBenchmarkData.KEY_WORKERS));
		var families = jdbc.sql("select id from family where key_worker_id = :id")
			.param("id", keyWorker)
			.query(UUID.class)
			.list();
		var ids = families.stream().map(UUID::toString).toArray(String[]::new);
		var agency = PlanBenchmarkData.agencyId(1 + random.nextInt(PlanBenchmarkData.AGENCIES));
		System.out.println("QUERY PLANS of the reads:");
		explain("select f.id, f.reference, f.status, f.created_at from family f where f.key_worker_id = :p", keyWorker);
		explain("select family_id, status, next_review_on from plan_support_plan where family_id = any(cast(:p as uuid[]))",
				ids);
		explain("""
				select a.family_id, count(*) as n from plan_action a join plan_support_plan p on p.id = a.plan_id
				where a.family_id = any(cast(:p as uuid[])) and p.status = 'open'
				  and a.status in ('not_started', 'in_progress') and a.due_on < current_date
				group by a.family_id""", ids);
		explain("""
				select a.id, a.due_on from plan_action a
				where a.owner_organisation_id = :p and a.status in ('not_started', 'in_progress')
				  and a.owner_user_id is null
				order by a.due_on, a.created_at, a.id limit 25""", agency);

		assertThat(caseload).as("95th percentile of the caseload page, in ms").isLessThanOrEqualTo(25.0);
		assertThat(actions).as("95th percentile of an agency's actions, in ms").isLessThanOrEqualTo(25.0);
		assertThat(outcomes).as("95th percentile of the outcomes report, in ms").isLessThanOrEqualTo(300.0);
	}

	private double measure(String what, IntFunction<RequestBuilder> request) throws Exception {
		var timings = new long[MEASURED];
		for (int i = 0; i < WARM_UP + MEASURED; i++) {
			var built = request.apply(i);
			long start = System.nanoTime();
			var status = mvc.perform(built).andReturn().getResponse().getStatus();
			long took = System.nanoTime() - start;
			assertThat(status).as(what).isEqualTo(200);
			if (i >= WARM_UP) {
				timings[i - WARM_UP] = took;
			}
		}
		Arrays.sort(timings);
		System.out.printf("%n%s, %,d requests: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, MEASURED,
				timings[MEASURED / 2] / 1e6, timings[(int) (MEASURED * 0.95)] / 1e6,
				timings[(int) (MEASURED * 0.99)] / 1e6, timings[MEASURED - 1] / 1e6);
		return timings[(int) (MEASURED * 0.95)] / 1e6;
	}

	private void explain(String sql, Object parameter) {
		System.out.println("-- " + sql.replaceAll("\\s+", " "));
		List<String> plan = jdbc.sql("explain (analyze, costs off) " + sql)
			.param("p", parameter)
			.query(String.class)
			.list();
		plan.forEach(System.out::println);
	}

}
