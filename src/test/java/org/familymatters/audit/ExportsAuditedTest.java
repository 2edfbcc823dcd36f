package org.familymatters.audit;

import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.familymatters.training.TrainingFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every export — each spreadsheet (CSV) and each PDF the service hands out — leaves an
 * event in the audit trail (issue 17). The members' copy of a network meeting's minutes
 * as a PDF is checked by {@code network.NetworkMeetingTest}, where minutes are published;
 * the subject access package by its own tests.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsAuditedTest {

	/** The demo family and an action of its plan (identity.internal.DemoData). */
	private static final String FAMILY = "fa000000-0000-4000-8000-000000000001";

	private static final String DEMO_ACTION = "fa000000-0000-4000-8000-000000000531";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrainingFixtures training;

	@BeforeAll
	void anAttendedBookingWithACertificate() {
		training.roleMatrixAttendance();
	}

	static List<Export> exports() {
		return List.of(new Export("/admin/audit/events.csv", Role.ADMINISTRATOR, "AUDIT_EVENTS_EXPORTED"),
				new Export("/admin/directory/export", Role.ADMINISTRATOR, "DIRECTORY_EXPORTED"),
				new Export("/court-desk/statistics.csv", Role.COURT_DESK_COORDINATOR, "COURT_DESK_STATISTICS_EXPORTED"),
				new Export("/outcomes.csv", Role.MANAGER, "OUTCOMES_EXPORTED"),
				new Export("/networks/activity.csv", Role.MANAGER, "NETWORK_ACTIVITY_EXPORTED"),
				new Export("/building-bridges/report.csv", Role.MANAGER, "BRIDGES_REPORT_EXPORTED"),
				new Export("/training/reach.csv", Role.TRAINING_COORDINATOR, "REACH_EXPORTED"),
				new Export("/families/" + FAMILY + "/plan/plan.pdf", Role.SUPPORT_WORKER, "PLAN_PRINTED"),
				new Export("/actions/" + DEMO_ACTION + "/action.pdf", Role.SUPPORT_WORKER, "PLAN_PRINTED"),
				new Export("/families/" + FAMILY + "/consent/form.pdf", Role.SUPPORT_WORKER, "CONSENT_FORM_PRINTED"),
				new Export("/training/feedback/" + TrainingFixtures.ROLE_MATRIX_FEEDBACK_SECRET + "/certificate.pdf",
						null, "CERTIFICATE_DOWNLOADED"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exports")
	void eachExportLeavesAnEventInTheAuditTrail(Export export) throws Exception {
		long before = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
		var request = get(export.path());
		if (export.role() != null) {
			request.with(users.as(export.role()));
		}
		mvc.perform(request).andExpect(status().isOk());
		var who = (export.role() != null) ? TestUsers.demoUsername(export.role()) : "anonymous";
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				where id > :before and action = :action and actor_username = :who and outcome = 'ALLOWED'
				""")
			.param("before", before)
			.param("action", export.action())
			.param("who", who)
			.query(Long.class)
			.single()).as("%s audited as %s", export.path(), export.action()).isPositive();
	}

	/**
	 * An export, who may take it (null: anyone with the link), and what it is audited as.
	 */
	record Export(String path, Role role, String action) {

		@Override
		public String toString() {
			return path + " -> " + action;
		}

	}

}
