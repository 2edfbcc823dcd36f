package org.familymatters.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.plan.internal.HeadlineOutcome;
import org.familymatters.plan.internal.OutcomeGroup;
import org.familymatters.plan.internal.Outcomes;
import org.familymatters.plan.internal.OutcomesPeriod;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outcomes report on known data, each test in a locality of its own: which families
 * it counts, what it shows of small counts on the page and in the CSV, and what it
 * audits.
 */
@IntegrationTest
class OutcomesTest {

	private static final OutcomesPeriod PERIOD = new OutcomesPeriod(LocalDate.of(2025, 6, 1),
			LocalDate.of(2026, 5, 31));

	@Autowired
	OutcomeFixtures fixtures;

	@Autowired
	Outcomes outcomes;

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void aFamilyClosedInThePeriodIsCountedOnceAndOneClosedOutsideItNot() {
		var locality = fixtures.locality("Outcomes town");
		var worker = fixtures.supportWorker(locality.id());
		// Closed in the period, with a review assessment between its first and its
		// closing one.
		var counted = fixtures.family(locality.id());
		var first = fixtures.assessment(counted, null, LocalDate.of(2025, 9, 1), "first", worker,
				Map.of(OutcomeFixtures.MONEY, 2, OutcomeFixtures.HOUSING, 3, OutcomeFixtures.EDUCATION, 4));
		fixtures.assessment(counted, null, LocalDate.of(2025, 12, 1), "review", worker,
				Map.of(OutcomeFixtures.MONEY, 1, OutcomeFixtures.HOUSING, 1));
		// A child assessed on their own is not the family's first or closing assessment.
		fixtures.assessment(counted, counted.child(), LocalDate.of(2025, 8, 1), "first", worker,
				Map.of(OutcomeFixtures.EDUCATION, 1));
		var closing = fixtures.assessment(counted, null, LocalDate.of(2026, 3, 15), "closing", worker,
				Map.of(OutcomeFixtures.MONEY, 4, OutcomeFixtures.HOUSING, 3, OutcomeFixtures.EDUCATION, 3));
		fixtures.closedPlan(counted, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 15), closing, worker);
		assertThat(first).isNotEqualTo(closing);
		// Closed before the period, and a plan still open: neither counted.
		fixtures.closedWith(locality.id(), LocalDate.of(2024, 1, 10), worker,
				Map.of(OutcomeFixtures.MONEY, new int[] { 1, 5 }));
		var open = fixtures.family(locality.id());
		fixtures.assessment(open, null, LocalDate.of(2025, 10, 1), "first", worker, Map.of(OutcomeFixtures.MONEY, 1));
		fixtures.assessment(open, null, LocalDate.of(2026, 1, 1), "review", worker, Map.of(OutcomeFixtures.MONEY, 5));
		fixtures.openPlan(open, LocalDate.of(2025, 10, 1), worker);

		var report = asManager(() -> outcomes.view(PERIOD, locality.id()));

		assertThat(report.headline().closed()).isEqualTo(1);
		assertThat(report.headline().compared()).isEqualTo(1);
		assertThat(report.headline().improvedInAny()).isEqualTo(1);
		assertThat(report.headline().shownClosed()).isEqualTo("fewer than 5");
		assertThat(group(report.byNeedArea(), OutcomeFixtures.MONEY.toString()))
			.extracting(OutcomeGroup::assessed, OutcomeGroup::improved, OutcomeGroup::same, OutcomeGroup::worse,
					OutcomeGroup::totalChange)
			.containsExactly(1L, 1L, 0L, 0L, 2L);
		assertThat(group(report.byNeedArea(), OutcomeFixtures.HOUSING.toString()))
			.extracting(OutcomeGroup::assessed, OutcomeGroup::same)
			.containsExactly(1L, 1L);
		assertThat(group(report.byNeedArea(), OutcomeFixtures.EDUCATION.toString()))
			.extracting(OutcomeGroup::assessed, OutcomeGroup::worse, OutcomeGroup::totalChange)
			.containsExactly(1L, 1L, -1L);
		assertThat(group(report.byOutcome(), HeadlineOutcome.FINANCIAL_STABILITY.name()).improved()).isEqualTo(1);
		assertThat(group(report.byOutcome(), HeadlineOutcome.GOOD_EDUCATION.name()).worse()).isEqualTo(1);
		assertThat(group(report.byOutcome(), HeadlineOutcome.DOMESTIC_ABUSE.name()).assessed()).isZero();
		assertThat(report.localities()).singleElement().satisfies(l -> {
			assertThat(l.group().label()).isEqualTo(locality.name());
			assertThat(l.closed()).isEqualTo(1);
			// 2 + 0 - 1: better overall.
			assertThat(l.group().totalChange()).isEqualTo(1);
			assertThat(l.group().improved()).isEqualTo(1);
		});
	}

	@Test
	void thePageAndTheCsvShowSmallCountsAsFewerThanFiveAndAreAudited() throws Exception {
		var locality = fixtures.locality("Suppressed town");
		var worker = fixtures.supportWorker(locality.id());
		for (int i = 0; i < 4; i++) {
			fixtures.closedWith(locality.id(), LocalDate.of(2026, 1, 10 + i), worker,
					Map.of(OutcomeFixtures.MONEY, new int[] { 1, 2 }));
		}
		fixtures.closedWith(locality.id(), LocalDate.of(2026, 2, 1), worker,
				Map.of(OutcomeFixtures.MONEY, new int[] { 3, 1 }, OutcomeFixtures.HOUSING, new int[] { 2, 2 }));
		var manager = users.principal(TestUsers.demoUsername(Role.MANAGER));

		var page = mvc
			.perform(get("/outcomes").with(user(manager))
				.param("from.day", "1")
				.param("from.month", "6")
				.param("from.year", "2025")
				.param("to.day", "31")
				.param("to.month", "5")
				.param("to.year", "2026")
				.param("locality", locality.id().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("5 family plans closed").contains("fewer than 5").contains("+0.4");
		// Housing: one family compared, shown as fewer than 5, and no average.
		assertThat(page).contains("not shown");

		var csv = mvc
			.perform(get("/outcomes.csv").with(user(manager))
				.param("from.day", "1")
				.param("from.month", "6")
				.param("from.year", "2025")
				.param("to.day", "31")
				.param("to.month", "5")
				.param("to.year", "2026")
				.param("locality", locality.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("period_from,period_to,locality_filter,table,group,families_compared,");
		assertThat(csv).contains("2025-06-01,2026-05-31," + locality.name() + ",need_area,Money and debt,5,"
				+ "fewer than 5,0,fewer than 5,'+0.4,");
		assertThat(csv).contains(",need_area,Housing,fewer than 5,0,fewer than 5,0,not shown,");
		assertThat(csv).doesNotContain(",1,").doesNotContain(",4,");
		assertThat(audited("OUTCOMES_VIEWED", locality.name())).isEqualTo(1);
		assertThat(audited("OUTCOMES_EXPORTED", locality.name())).isEqualTo(1);
	}

	@Test
	void aPlanReopenedIsNoLongerCountedAndOneClosedWithItsScoresWrittenAfterIs() {
		var locality = fixtures.locality("Reopened town");
		var worker = fixtures.supportWorker(locality.id());
		var reopened = fixtures.closedWith(locality.id(), LocalDate.of(2026, 2, 1), worker,
				Map.of(OutcomeFixtures.MONEY, new int[] { 1, 4 }));
		jdbc.sql("update plan_support_plan set status = 'open', closed_on = null, closed_reason = null,"
				+ " closing_assessment_id = null where family_id = :family")
			.param("family", reopened.id())
			.update();
		// Closed in one transaction: the plan first, the closing assessment's scores
		// after.
		var later = fixtures.family(locality.id());
		fixtures.assessment(later, null, LocalDate.of(2025, 7, 1), "first", worker, Map.of(OutcomeFixtures.HOUSING, 2));
		var plan = fixtures.openPlan(later, LocalDate.of(2025, 7, 1), worker);
		transactions.executeWithoutResult(status -> {
			var closing = fixtures.assessment(later, null, LocalDate.of(2026, 3, 1), "closing", worker, Map.of());
			jdbc.sql("update plan_support_plan set status = 'closed', closed_on = :on, closed_reason = 'Moved away',"
					+ " closing_assessment_id = :closing where id = :id")
				.param("on", LocalDate.of(2026, 3, 1))
				.param("closing", closing)
				.param("id", plan)
				.update();
			jdbc.sql("insert into plan_assessment_score (assessment_id, need_area_id, score) values (:a, :n, 5)")
				.param("a", closing)
				.param("n", OutcomeFixtures.HOUSING)
				.update();
		});

		var report = asManager(() -> outcomes.view(PERIOD, locality.id()));

		assertThat(report.headline().closed()).isEqualTo(1);
		assertThat(group(report.byNeedArea(), OutcomeFixtures.MONEY.toString()).assessed()).isZero();
		assertThat(group(report.byNeedArea(), OutcomeFixtures.HOUSING.toString()))
			.extracting(OutcomeGroup::assessed, OutcomeGroup::improved, OutcomeGroup::totalChange)
			.containsExactly(1L, 1L, 3L);
	}

	@Test
	void badFiltersAreShownOnThePageAndTheCsvSendsThemThere() throws Exception {
		var manager = users.principal(TestUsers.demoUsername(Role.MANAGER));
		mvc.perform(get("/outcomes").with(user(manager))
			.param("from.day", "31")
			.param("from.month", "2")
			.param("from.year", "2026")
			.param("locality", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the first day as a real date")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Choose a locality from the list")));
		mvc.perform(get("/outcomes.csv").with(user(manager)).param("to.day", "x")).andExpect(status().is(303));
	}

	@Test
	void theManagersHomeShowsTheHeadline() throws Exception {
		mvc.perform(get("/home").with(users.as(Role.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Outcomes for families")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("improved in at least one need area")));
	}

	private long audited(String action, String detail) {
		return jdbc.sql("""
				select count(*) from audit_event
				where action = :action and record_type = 'report' and basis = 'ROLE' and detail like :detail
				""").param("action", action).param("detail", "%" + detail + "%").query(Long.class).single();
	}

	private static OutcomeGroup group(java.util.List<OutcomeGroup> groups, String key) {
		return groups.stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
	}

	private <T> T asManager(Supplier<T> work) {
		StaffPrincipal manager = users.principal(TestUsers.demoUsername(Role.MANAGER));
		var before = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(before);
		}
	}

}
