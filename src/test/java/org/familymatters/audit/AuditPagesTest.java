package org.familymatters.audit;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestAuditAction;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit page over HTTP: filters chosen from lists (every action in words, the kinds
 * of record, the outcome), paging without a cap, the export of everything a search finds
 * as a formula-safe spreadsheet (audited), and any characters, page numbers and dates
 * answered with a message by the field or a page that says so.
 */
@IntegrationTest
class AuditPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditSearch search;

	@Autowired
	Clock clock;

	private StaffPrincipal admin;

	@BeforeEach
	void anAdministratorOfTheirOwn() {
		var created = users.create(Role.ADMINISTRATOR).account();
		users.passwordChosen(created.id());
		admin = users.principal(created.username());
	}

	/** Events of a record of this test's own: some allowed, one refused. */
	private String eventsOfARecord(int allowed, String detail) {
		var id = UUID.randomUUID().toString();
		for (int i = 0; i < allowed; i++) {
			audit.recordAs(null, "someone",
					AuditEntry.allowed(TestAuditAction.named("TEST_PAGES_SEEN"), "test_pages", id, Basis.SYSTEM, null)
						.withDetail(detail));
		}
		audit.recordAs(null, "someone",
				AuditEntry.refused(TestAuditAction.named("TEST_PAGES_SEEN"), "test_pages", id, Basis.ROLE, "VOLUNTEER")
					.withDetail("refused " + detail));
		return id;
	}

	@Test
	void everyActionIsChosenInWordsAndEveryKindOfRecordFromTheTrail() throws Exception {
		eventsOfARecord(1, "seen");
		mvc.perform(get("/admin/audit").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<select class=\"govuk-select\" id=\"action\" name=\"action\"")))
			.andExpect(content().string(containsString(
					"<option value=\"ROLE_GRANT_APPROVED\">Approved a role another administrator asked for</option>")))
			.andExpect(content().string(containsString(
					"<option value=\"AUDIT_EVENTS_EXPORTED\">Exported audit events as a spreadsheet (CSV)</option>")))
			.andExpect(content().string(containsString("<option value=\"test_pages\">test pages</option>")))
			.andExpect(content().string(containsString("<option value=\"REFUSED\">Refused</option>")));
	}

	@Test
	void theFiltersFindTheEventsOfARecordByOutcomeAndDay() throws Exception {
		var id = eventsOfARecord(2, "seen");
		var today = LocalDate.now(clock);
		mvc.perform(get("/admin/audit").with(user(admin))
			.param("action", "test_pages_seen")
			.param("recordType", "test_pages")
			.param("recordId", id)
			.param("outcome", "REFUSED")
			.param("from.day", String.valueOf(today.getDayOfMonth()))
			.param("from.month", String.valueOf(today.getMonthValue()))
			.param("from.year", String.valueOf(today.getYear())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 1 to 1 of 1 event, newest first")))
			.andExpect(content().string(containsString("refused seen")))
			.andExpect(content().string(containsString("<option value=\"TEST_PAGES_SEEN\" selected=\"selected\">")))
			.andExpect(content().string(containsString("data-label=\"Basis and detail\"")))
			.andExpect(content().string(containsString("Download this event as a spreadsheet (CSV)")));
		mvc.perform(get("/admin/audit").with(user(admin)).param("recordId", id).param("outcome", "ALLOWED"))
			.andExpect(content().string(containsString("Showing 1 to 2 of 2 events")));
		mvc.perform(get("/admin/audit").with(user(admin))
			.param("recordId", id)
			.param("from.day", "1")
			.param("from.month", "1")
			.param("from.year", String.valueOf(today.getYear() + 1)))
			.andExpect(content().string(containsString("No events match.")));
	}

	@Test
	void theExportHoldsEveryEventTheSearchFindsAsTextAndIsAudited() throws Exception {
		var id = eventsOfARecord(60, "=HYPERLINK(\"http://evil.example\")");
		var response = mvc.perform(get("/admin/audit/events.csv").with(user(admin)).param("recordId", id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andExpect(header().string("Content-Disposition",
					allOf(containsString("attachment"), containsString("filename=\"audit-events-"),
							containsString(".csv\""))))
			.andReturn()
			.getResponse();
		var rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(response.getContentAsString()))
			.getRecords();
		assertThat(rows).as("every event, not one page").hasSize(61);
		assertThat(rows.get(0).get("Outcome")).as("newest first").isEqualTo("Refused");
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.get("Record id")).isEqualTo(id);
			assertThat(row.get("Detail")).doesNotStartWith("=");
		});
		assertThat(rows.get(1).get("Detail")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
		assertThat(search
			.search(new AuditQuery(admin.username(), "AUDIT_EVENTS_EXPORTED", "audit_event", null, null, null, 1, 10))
			.items()).singleElement()
			.satisfies(event -> assertThat(event.detail()).isEqualTo("61 events; filters: recordId=" + id));
	}

	@Test
	void pagesReachEveryEventAndAPagePastTheLastSaysSo() throws Exception {
		var id = eventsOfARecord(60, "seen");
		mvc.perform(get("/admin/audit").with(user(admin)).param("recordId", id))
			.andExpect(content().string(containsString("Showing 1 to 50 of 61 events")))
			.andExpect(content().string(containsString("recordId=" + id + "&amp;page=2")));
		mvc.perform(get("/admin/audit").with(user(admin)).param("recordId", id).param("page", "2"))
			.andExpect(content().string(containsString("Showing 51 to 61 of 61 events")));
		mvc.perform(get("/admin/audit").with(user(admin)).param("recordId", id).param("page", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 7: there are 2 pages.")));
		for (var page : new String[] { "0", "-3", "two", "%00", "2147483648" }) {
			mvc.perform(get("/admin/audit").with(user(admin)).param("recordId", id).param("page", page))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Showing 1 to 50 of 61 events")));
		}
	}

	@Test
	void badFiltersAreAMessageByTheirFieldNeverAServerError() throws Exception {
		mvc.perform(get("/admin/audit").with(user(admin)).param("actor", "demo\u0000admin").param("action", "%00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#actor\"")))
			.andExpect(content().string(containsString("Remove the hidden control characters")))
			.andExpect(content().string(containsString("Choose an action from the list")))
			.andExpect(content().string(not(containsString("as a spreadsheet (CSV)</a>"))));
		mvc.perform(get("/admin/audit").with(user(admin))
			.param("from.day", "2")
			.param("from.month", "3")
			.param("from.year", "2026")
			.param("to.day", "1")
			.param("to.month", "3")
			.param("to.year", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#to\"")))
			.andExpect(content().string(containsString("the same as or after the &quot;from&quot; date")));
		mvc.perform(get("/admin/audit/events.csv?outcome=sometimes").with(user(admin)))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/admin/audit?outcome=sometimes"));
		mvc.perform(get("/admin/audit").with(user(admin)).param("recordId", "x".repeat(5000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter no more than 200 characters")));
	}

	@Test
	void onlyAdministratorsSearchOrExport() throws Exception {
		mvc.perform(get("/admin/audit/events.csv").with(users.as(Role.MANAGER))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(users.as(Role.SUPPORT_WORKER))).andExpect(status().isForbidden());
	}

}
