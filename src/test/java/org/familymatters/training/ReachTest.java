package org.familymatters.training;

import java.time.LocalDate;

import org.familymatters.identity.Role;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reach report on known data in a locality of its own (so that other tests' sessions
 * never count): who is counted on the page, what the CSV writes of small counts, what is
 * audited, and who may see it.
 */
@IntegrationTest
class ReachTest {

	@Autowired
	TrainingFixtures training;

	@Autowired
	PlanFixtures plans;

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReportCountsThoseWhoAttendedAndTheCsvWritesSmallCountsAsFewerThanFive() throws Exception {
		var locality = plans.locality("Reach town");
		var trainer = training.trainer();
		var course = training.course("WORKSHOP", trainer);
		var held = training.session(course, LocalDate.of(2025, 3, 10), 20, locality.id(), trainer);
		var head = training.booking(held, "BOOKED", "HEAD_TEACHER", "STATUTORY", "SENIOR_MANAGER",
				"Reach primary school");
		var probation = training.booking(held, "BOOKED", "PROBATION_OFFICER", "STATUTORY", "FRONT_LINE",
				"Reach probation");
		var absent = training.booking(held, "BOOKED", "SENCO", "STATUTORY", "FRONT_LINE", "Reach academy");
		training.attended(head.id(), trainer);
		training.attended(probation.id(), trainer);
		training.feedback(head.id(), 2, 4);
		training.feedback(probation.id(), 3, 4);
		// A session cancelled (its attendance marked all the same) and a session outside
		// the period: nobody of either counted.
		var cancelled = training.session(course, LocalDate.of(2025, 4, 10), 20, locality.id(), trainer);
		var police = training.booking(cancelled, "BOOKED", "POLICE", "STATUTORY", "FRONT_LINE", "Reach police");
		training.attended(police.id(), trainer);
		training.cancelled(cancelled, trainer);
		var earlier = training.session(course, LocalDate.of(2024, 6, 10), 20, locality.id(), trainer);
		training.attended(training.booking(earlier, "BOOKED", "SENCO", "VOLUNTARY", "SUPERVISOR", "Reach charity").id(),
				trainer);
		assertThat(absent.id()).isNotNull();

		var page = mvc.perform(filtered(get("/training/reach"), locality.id().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ");
		assertThat(page).contains("Training reach in " + locality.name() + ", 1 January 2025 to 31 December 2025");
		assertThat(value(page, "People trained")).isEqualTo("2");
		assertThat(value(page, "Organisations reached")).isEqualTo("2");
		assertThat(value(page, "Sessions run")).isEqualTo("1");
		assertThat(value(page, "Priority roles covered")).isEqualTo("1 of 3");
		assertThat(value(page, "Priority roles with nobody trained yet"))
			.isEqualTo("Special educational needs coordinator (SENCO), Home–school link worker");
		assertThat(value(page, "People who gave feedback")).isEqualTo("2");
		assertThat(value(page, "Average confidence before (1 to 5)")).isEqualTo("2.5");
		assertThat(value(page, "Average confidence after (1 to 5)")).isEqualTo("4.0");
		assertThat(value(page, "Confidence rose by one point or more")).isEqualTo("2");
		// The chart and the table beside it.
		assertThat(page).contains("role=\"img\"")
			.contains("Head teacher (priority): 1; Special educational needs coordinator (SENCO) (priority): 0")
			.contains("Probation officer: 1")
			.contains("Police: 0")
			.contains("to share outside the service")
			.contains("fewer than 5");

		var csv = mvc.perform(filtered(get("/training/reach.csv"), locality.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(
					header().string("Content-Disposition", containsString("training-reach-2025-01-01-to-2025-12-31")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var start = "2025-01-01,2025-12-31," + locality.name() + ",\"all sectors, all roles, all seniorities\",";
		assertThat(csv).startsWith("period_from,period_to,locality_filter,people_filter,table,group,priority_role,");
		assertThat(csv).contains(start + "all,Everyone counted,,fewer than 5,fewer than 5,fewer than 5,"
				+ "fewer than 5,not shown,not shown,fewer than 5");
		assertThat(csv).contains(
				start + "role,Head teacher,yes,fewer than 5,,,fewer than 5,not shown,not shown," + "fewer than 5");
		assertThat(csv).contains(start + "role,Police,no,0,,,0,none,none,0");
		assertThat(csv).contains(start + "seniority,Senior manager,,fewer than 5,");
		assertThat(csv).doesNotContain(",1,").doesNotContain(",2,").doesNotContain("2.5");

		assertThat(audited("REACH_VIEWED", locality.name())).isEqualTo(1);
		assertThat(audited("REACH_EXPORTED", locality.name())).isEqualTo(1);

		// One role at a time.
		var probationOnly = mvc
			.perform(filtered(get("/training/reach"), locality.id().toString()).param("role", "PROBATION_OFFICER"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ");
		assertThat(value(probationOnly, "People trained")).isEqualTo("1");
		assertThat(value(probationOnly, "Average confidence before (1 to 5)")).isEqualTo("3.0");
	}

	@Test
	void badFiltersAreShownByTheirFieldsAndTheCsvSendsThemThere() throws Exception {
		var next = LocalDate.now(ServiceTime.ZONE).plusDays(2);
		mvc.perform(get("/training/reach").with(users.as(Role.MANAGER))
			.param("from.day", String.valueOf(next.getDayOfMonth()))
			.param("from.month", String.valueOf(next.getMonthValue()))
			.param("from.year", String.valueOf(next.getYear()))
			.param("role", "HEADMASTER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The first day must be today or in the past")))
			.andExpect(content().string(containsString("Choose a role from the list, or all roles")));
		mvc.perform(get("/training/reach.csv").with(users.as(Role.MANAGER)).param("to.day", "x"))
			.andExpect(status().is(303));
	}

	@Test
	void onlyTrainingCoordinatorsAndManagersSeeItAndTheirHomePagesLeadToIt() throws Exception {
		for (var role : new Role[] { Role.SUPPORT_WORKER, Role.AGENCY_PRACTITIONER, Role.VOLUNTEER }) {
			mvc.perform(get("/training/reach").with(users.as(role))).andExpect(status().isForbidden());
			mvc.perform(get("/training/reach.csv").with(users.as(role))).andExpect(status().isForbidden());
		}
		for (var role : new Role[] { Role.TRAINING_COORDINATOR, Role.MANAGER }) {
			mvc.perform(get("/home").with(users.as(role)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Training reach")))
				.andExpect(content().string(containsString("href=\"/training/reach\"")));
		}
		mvc.perform(get("/home").with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/training/reach"))));
	}

	private MockHttpServletRequestBuilder filtered(MockHttpServletRequestBuilder request, String locality) {
		return request.with(users.as(Role.TRAINING_COORDINATOR))
			.param("from.day", "1")
			.param("from.month", "1")
			.param("from.year", "2025")
			.param("to.day", "31")
			.param("to.month", "12")
			.param("to.year", "2025")
			.param("locality", locality);
	}

	/**
	 * A summary list row's value, from a page whose white space is made single spaces.
	 */
	private static String value(String page, String key) {
		var pattern = java.util.regex.Pattern
			.compile(java.util.regex.Pattern.quote(key + "</dt>") + " <dd class=\"[^\"]*\">([^<]*)</dd>");
		var found = pattern.matcher(page);
		assertThat(found.find()).as(key).isTrue();
		return found.group(1).strip();
	}

	private long audited(String action, String detail) {
		return jdbc.sql("""
				select count(*) from audit_event
				where action = :action and record_type = 'report' and basis = 'ROLE' and detail like :detail
				""").param("action", action).param("detail", "%" + detail + "%").query(Long.class).single();
	}

}
