package org.familymatters.courtdesk.web;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.familymatters.courtdesk.CourtDeskContactData;
import org.familymatters.courtdesk.RotaTestData;
import org.familymatters.courtdesk.internal.Count;
import org.familymatters.courtdesk.internal.CourtDeskStatistics;
import org.familymatters.courtdesk.internal.Measure;
import org.familymatters.family.FamilyRole;
import org.familymatters.identity.Role;
import org.familymatters.referral.NewReferral;
import org.familymatters.referral.ReferralIntake;
import org.familymatters.referral.ReferralOutcomes;
import org.familymatters.referral.ReferralSource;
import org.familymatters.referral.ReferralStatus;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The court desk statistics against contacts recorded at two courts of the test's own in
 * 2019: the numbers by court and month (counted in Europe/London), the court and period
 * filters, referrals accepted through triage, small-number suppression (the manager and
 * the CSV see "fewer than 5" for 1 to 4, 0 for none and the number from 5; the
 * coordinator sees exact counts), bad filters answered with errors, and who may see the
 * statistics at all.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourtDeskStatisticsTest {

	static final String FEWER = "fewer than 5";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RotaTestData rota;

	@Autowired
	CourtDeskContactData data;

	RotaTestData.Staff staff;

	@Autowired
	ReferralIntake intake;

	@Autowired
	ReferralOutcomes referralOutcomes;

	UUID thames;

	String thamesName;

	UUID kennet;

	String kennetName;

	UUID volunteer;

	UUID housing;

	String housingName;

	UUID money;

	String moneyName;

	UUID acceptedReferral;

	UUID waitingReferral;

	@BeforeAll
	void recordContacts() throws Exception {
		var suffix = UUID.randomUUID().toString().substring(0, 8);
		thamesName = "Thames statistics test court " + suffix;
		kennetName = "Kennet statistics test court " + suffix;
		thames = court(thamesName);
		kennet = court(kennetName);
		staff = rota.staff();
		volunteer = rota.volunteerAt(null).id();
		var terms = jdbc.sql("select id from dir_taxonomy_term order by name limit 2").query(UUID.class).list();
		housing = terms.get(0);
		money = terms.get(1);
		housingName = termName(housing);
		moneyName = termName(money);

		acceptedReferral = referral();
		waitingReferral = referral();
		var support = data.sloughSupportWorker();
		var version = jdbc.sql("select version from referral where id = :id")
			.param("id", acceptedReferral)
			.query(Long.class)
			.single();
		mvc.perform(post("/referrals/" + acceptedReferral + "/accept").param("version", version.toString())
			.with(data.as(support))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(referralOutcomes.statuses(List.of(acceptedReferral, waitingReferral, UUID.randomUUID())))
			.containsExactlyInAnyOrderEntriesOf(java.util.Map.of(acceptedReferral, ReferralStatus.ACCEPTED,
					waitingReferral, ReferralStatus.RECEIVED));

		// Thames, March 2019: six contacts. Five immediate custody, one remand; three
		// with two
		// children (one under 5, one 5 to 11); housing raised five times, money once;
		// emotional
		// support five times; the helpline card five times, the Family Matters leaflet
		// four times;
		// two referrals, one of them accepted.
		for (int i = 0; i < 6; i++) {
			var contact = contact(thames, at("2019-03-0" + (i + 1) + "T10:00:00Z"),
					(i < 5) ? "immediate_custody" : "remand", (i < 3) ? 2 : 0, (i < 3) ? 1 : 0, (i < 3) ? 1 : 0, 0,
					(i < 4) ? new String[] { "helpline", "family_matters" } : new String[] { "helpline" }, i < 5,
					(i != 0) ? (i == 1) ? waitingReferral : null : acceptedReferral);
			if (i < 5) {
				concern(contact, housing);
			}
			if (i == 5) {
				concern(contact, money);
			}
		}
		// Thames, April 2019: four adjourned hearings, one of them at 00:30 on 1 April in
		// London
		// (23:30 on 31 March in UTC), which counts in April; and one at 23:30 on 28
		// February 2019
		// in London and UTC alike, which counts in February.
		contact(thames, at("2019-03-31T23:30:00Z"), "adjourned", 1, 0, 0, 1, new String[0], false, null);
		for (int i = 0; i < 3; i++) {
			contact(thames, at("2019-04-1" + i + "T09:00:00Z"), "adjourned", 0, 0, 0, 0, new String[0], false, null);
		}
		contact(thames, at("2019-02-28T23:30:00Z"), "acquitted", 0, 0, 0, 0, new String[0], false, null);
		// Kennet, March 2019: five community orders.
		for (int i = 0; i < 5; i++) {
			contact(kennet, at("2019-03-1" + i + "T14:00:00Z"), "community_order", 0, 0, 0, 0, new String[0], true,
					null);
		}
	}

	private UUID court(String name) {
		var id = UUID.randomUUID();
		jdbc.sql("insert into court (id, name, town) values (:id, :name, 'Testbury')")
			.param("id", id)
			.param("name", name)
			.update();
		return id;
	}

	private String termName(UUID term) {
		return jdbc.sql("select name from dir_taxonomy_term where id = :id")
			.param("id", term)
			.query(String.class)
			.single();
	}

	private static OffsetDateTime at(String instant) {
		return Instant.parse(instant).atOffset(ZoneOffset.UTC);
	}

	/**
	 * A court desk referral to Slough, as the contact form makes one when the person
	 * agrees.
	 */
	private UUID referral() {
		var slough = data.locality("Slough");
		var person = new NewReferral.Person("Robin",
				"Qstatistics" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x"), null, null,
				"Partner", FamilyRole.IN_CUSTODY, null, null, null, null);
		return intake
			.receive(new NewReferral(ReferralSource.COURT_DESK, "Court desk volunteer", null, null, null,
					"Family Matters court desk", slough, List.of(person),
					"Met at the court desk on the day of sentence.", List.of(), List.of(), true))
			.id();
	}

	private UUID contact(UUID court, OffsetDateTime occurredAt, String outcome, int children, int under5, int from5To11,
			int from12To17, String[] leaflets, boolean emotionalSupport, UUID referral) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into court_desk_contact (id, idempotency_key, recorded_by, court_id, occurred_at, relationship,
				    outcome, children_count, children_under_5, children_5_to_11, children_12_to_17, leaflets,
				    emotional_support, agrees_to_contact, referral_id)
				values (:id, :key, :by, :court, :at, 'partner', :outcome, :children, :under5, :from5, :from12,
				    cast(:leaflets as text[]), :support, :agrees, :referral)
				""")
			.param("id", id)
			.param("key", UUID.randomUUID())
			.param("by", volunteer)
			.param("court", court)
			.param("at", occurredAt)
			.param("outcome", outcome)
			.param("children", children)
			.param("under5", under5)
			.param("from5", from5To11)
			.param("from12", from12To17)
			.param("leaflets", leaflets)
			.param("support", emotionalSupport)
			.param("agrees", referral != null)
			.param("referral", referral)
			.update();
		return id;
	}

	private void concern(UUID contact, UUID term) {
		jdbc.sql("insert into court_desk_contact_concern (contact_id, term_id) values (:c, :t)")
			.param("c", contact)
			.param("t", term)
			.update();
	}

	private MvcResult page(Role role, String court, String from, String to) throws Exception {
		var request = get("/court-desk/statistics").with(staff.as(role));
		if (court != null) {
			request.param("court", court);
		}
		if (from != null) {
			request.param("from", from);
		}
		if (to != null) {
			request.param("to", to);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn();
	}

	@SuppressWarnings("unchecked")
	private static List<StatisticsTables.Table> tables(MvcResult result) {
		return (List<StatisticsTables.Table>) result.getModelAndView().getModel().get("tables");
	}

	/**
	 * The cell of a table shown on the page, by the table's id, the row's label and the
	 * column's header.
	 */
	private static String cell(MvcResult result, String table, String row, String column) {
		var found = tables(result).stream()
			.filter(t -> t.id().equals(table))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No table " + table));
		int index = found.headers().indexOf(column);
		assertThat(index).as("column %s of %s in %s", column, table, found.headers()).isPositive();
		return found.rows()
			.stream()
			.filter(r -> r.label().equals(row))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row " + row + " in " + table))
			.cells()
			.get(index - 1);
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	@Test
	void theCoordinatorSeesExactCountsByCourtAndMonth() throws Exception {
		var result = page(Role.COURT_DESK_COORDINATOR, thames.toString(), "2019-02", "2019-04");
		assertThat(cell(result, "contacts", "February 2019", thamesName)).isEqualTo("1");
		assertThat(cell(result, "contacts", "March 2019", thamesName)).isEqualTo("6");
		assertThat(cell(result, "contacts", "April 2019", thamesName)).isEqualTo("4");
		assertThat(cell(result, "contacts", "All months", thamesName)).isEqualTo("11");
		assertThat(cell(result, "outcomes", "Immediate custody", thamesName)).isEqualTo("5");
		assertThat(cell(result, "outcomes", "Remanded in custody", thamesName)).isEqualTo("1");
		assertThat(cell(result, "outcomes", "Adjourned", thamesName)).isEqualTo("4");
		assertThat(cell(result, "outcomes", "Acquitted", thamesName)).isEqualTo("1");
		assertThat(cell(result, "outcomes", "Community order", thamesName)).isEqualTo("0");
		assertThat(cell(result, "outcomes", "All outcomes", thamesName)).isEqualTo("11");
		assertThat(cell(result, "children", "All children", thamesName)).isEqualTo("7");
		assertThat(cell(result, "children", "Under 5", thamesName)).isEqualTo("3");
		assertThat(cell(result, "children", "5 to 11", thamesName)).isEqualTo("3");
		assertThat(cell(result, "children", "12 to 17", thamesName)).isEqualTo("1");
		assertThat(cell(result, "children", "Contacts with at least one child", thamesName)).isEqualTo("4");
		assertThat(cell(result, "concerns", housingName, thamesName)).isEqualTo("5");
		assertThat(cell(result, "concerns", moneyName, thamesName)).isEqualTo("1");
		assertThat(cell(result, "support", "Emotional support given", thamesName)).isEqualTo("5");
		assertThat(cell(result, "support", "Offenders' Families Helpline card", thamesName)).isEqualTo("6");
		assertThat(cell(result, "support", "Family Matters: support for your family", thamesName)).isEqualTo("4");
		assertThat(cell(result, "support", "Visiting someone in prison", thamesName)).isEqualTo("0");
		assertThat(cell(result, "referrals", "Referrals made", thamesName)).isEqualTo("2");
		assertThat(cell(result, "referrals", "Referrals accepted", thamesName)).isEqualTo("1");

		var page = html(result);
		assertThat(page).contains("You see exact counts")
			.contains("<svg")
			.contains("role=\"img\"")
			.contains("Contacts per month, " + thamesName + ", February 2019 to April 2019")
			.contains("February 2019: 1; March 2019: 6; April 2019: 4")
			.doesNotContain("Robin")
			.doesNotContain("Qstatistics");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'COURT_DESK_STATISTICS_VIEWED' and actor_username = :who
				and basis = 'ROLE' and detail like :detail
				""")
			.param("who", staff.get(Role.COURT_DESK_COORDINATOR).getUsername())
			.param("detail", "2019-02 to 2019-04, " + thamesName + ", exact counts")
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void theManagerSeesFewerThanFiveForCountsFromOneToFourZeroAndTheNumberFromFive() throws Exception {
		var result = page(Role.MANAGER, "", "2019-03", "2019-04");
		assertThat(cell(result, "contacts", "March 2019", thamesName)).isEqualTo("6");
		assertThat(cell(result, "contacts", "April 2019", thamesName)).isEqualTo(FEWER);
		assertThat(cell(result, "contacts", "March 2019", kennetName)).isEqualTo("5");
		assertThat(cell(result, "contacts", "April 2019", kennetName)).as("none is 0 to everyone").isEqualTo("0");
		assertThat(cell(result, "outcomes", "Acquitted", kennetName)).isEqualTo("0");
		assertThat(cell(result, "outcomes", "Remanded in custody", thamesName)).isEqualTo(FEWER);
		assertThat(cell(result, "outcomes", "Immediate custody", thamesName)).isEqualTo("5");
		assertThat(cell(result, "outcomes", "Community order", kennetName)).isEqualTo("5");
		assertThat(cell(result, "concerns", moneyName, thamesName)).isEqualTo(FEWER);
		assertThat(cell(result, "support", "Family Matters: support for your family", thamesName)).isEqualTo(FEWER);
		assertThat(cell(result, "referrals", "Referrals accepted", thamesName)).isEqualTo(FEWER);
		var page = html(result);
		assertThat(page).contains("A count from 1 to 4 is shown as")
			.doesNotContain("You see exact counts")
			.contains("March 2019: 11; April 2019: " + FEWER);
		var manager = page(Role.MANAGER, kennet.toString(), "2019-03", "2019-04");
		assertThat(html(manager)).as("the chart says 0 for none").contains("March 2019: 5; April 2019: 0");

		var coordinator = page(Role.COURT_DESK_COORDINATOR, "", "2019-03", "2019-04");
		assertThat(cell(coordinator, "contacts", "April 2019", thamesName)).isEqualTo("4");
		assertThat(cell(coordinator, "contacts", "April 2019", kennetName)).isEqualTo("0");
	}

	@Test
	void theCourtFilterCountsOneCourtAndThePeriodFilterItsMonths() throws Exception {
		var kennetOnly = page(Role.COURT_DESK_COORDINATOR, kennet.toString(), "2019-03", "2019-03");
		var contacts = tables(kennetOnly).get(0);
		assertThat(contacts.headers()).containsExactly("Month", kennetName);
		assertThat(contacts.rows()).extracting(StatisticsTables.Row::label).containsExactly("March 2019");
		assertThat(cell(kennetOnly, "contacts", "March 2019", kennetName)).isEqualTo("5");
		assertThat(cell(kennetOnly, "referrals", "Referrals made", kennetName)).isEqualTo("0");

		var april = page(Role.COURT_DESK_COORDINATOR, thames.toString(), "2019-04", "2019-04");
		assertThat(cell(april, "contacts", "April 2019", thamesName)).isEqualTo("4");
		assertThat(cell(april, "referrals", "Referrals made", thamesName)).isEqualTo("0");

		var defaults = page(Role.COURT_DESK_COORDINATOR, null, null, null);
		var thisMonth = YearMonth.now(ServiceTime.ZONE);
		var report = (CourtDeskStatistics.Report) defaults.getModelAndView().getModel().get("report");
		assertThat(report.period().from()).isEqualTo(thisMonth.minusMonths(11));
		assertThat(report.period().to()).isEqualTo(thisMonth);
		assertThat(report.court()).isNull();
		assertThat(report.count(report.category(Measure.CONTACTS, CourtDeskStatistics.ALL), thames, null))
			.isEqualTo(Count.ZERO);
	}

	@Test
	void theCsvIsAlwaysSuppressedWithARowPerCourtMonthMeasureAndCategory() throws Exception {
		for (var role : List.of(Role.COURT_DESK_COORDINATOR, Role.MANAGER)) {
			var response = mvc
				.perform(get("/court-desk/statistics.csv").param("court", thames.toString())
					.param("from", "2019-03")
					.param("to", "2019-04")
					.with(staff.as(role)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(response.getContentType()).startsWith("text/csv").contains("UTF-8");
			assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
				.isEqualTo("attachment; filename=\"court-desk-statistics-2019-03-to-2019-04.csv\"");
			var records = new ArrayList<CSVRecord>();
			try (var parser = CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)))) {
				assertThat(parser.getHeaderNames()).containsExactly("court", "month", "measure", "category", "count");
				parser.forEach(records::add);
			}
			assertThat(records).extracting(r -> r.get("court")).containsOnly(thamesName);
			assertThat(records).extracting(r -> r.get("month")).containsOnly("2019-03", "2019-04");
			assertThat(value(records, "2019-03", "contacts", "Contacts")).isEqualTo("6");
			assertThat(value(records, "2019-04", "contacts", "Contacts")).isEqualTo(FEWER);
			assertThat(value(records, "2019-03", "outcome", "Immediate custody")).isEqualTo("5");
			assertThat(value(records, "2019-03", "outcome", "Remanded in custody")).isEqualTo(FEWER);
			assertThat(value(records, "2019-03", "outcome", "Acquitted")).as("none is 0").isEqualTo("0");
			assertThat(value(records, "2019-04", "outcome", "Adjourned")).isEqualTo(FEWER);
			assertThat(value(records, "2019-03", "concern", housingName)).isEqualTo("5");
			assertThat(value(records, "2019-03", "referrals", "Referrals made")).isEqualTo(FEWER);
			assertThat(value(records, "2019-03", "leaflet", "Offenders' Families Helpline card")).isEqualTo("6");
			assertThat(records).extracting(r -> r.get("count"))
				.allMatch(
						count -> count.equals(FEWER) || count.equals("0") || Long.parseLong(count) >= Count.THRESHOLD);
		}
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'COURT_DESK_STATISTICS_EXPORTED' and basis = 'ROLE'
				and detail = :detail
				""")
			.param("detail", "2019-03 to 2019-04, " + thamesName + ", counts from 1 to 4 suppressed")
			.query(Long.class)
			.single()).isEqualTo(2L);
	}

	@Test
	void theCsvNeverStartsACellWithAFormula() throws Exception {
		var name = "=HYPERLINK(\"http://example.org\") statistics test court "
				+ UUID.randomUUID().toString().substring(0, 8);
		var formula = court(name);
		var csv = mvc
			.perform(get("/court-desk/statistics.csv").param("court", formula.toString())
				.param("from", "2019-03")
				.param("to", "2019-03")
				.with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		try (var parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))) {
			assertThat(parser.getRecords()).isNotEmpty().allSatisfy(r -> {
				assertThat(r.get("court")).isEqualTo("'" + name);
				assertThat(r.get("count")).as("nothing was met at this court").isEqualTo("0");
			});
		}
	}

	private static String value(List<CSVRecord> records, String month, String measure, String category) {
		return records.stream()
			.filter(r -> r.get("month").equals(month) && r.get("measure").equals(measure)
					&& r.get("category").equals(category))
			.map(r -> r.get("count"))
			.reduce((a, b) -> {
				throw new AssertionError("More than one row for " + month + " " + measure + " " + category);
			})
			.orElseThrow(() -> new AssertionError("No row for " + month + " " + measure + " " + category));
	}

	@Test
	void badFiltersAreAnsweredWithErrorsNotServerErrors() throws Exception {
		record Case(String court, String from, String to, String field, String message) {
		}
		var manager = rota.newUser(Role.MANAGER);
		var cases = List.of(
				new Case("", "March", "2019-04", "from",
						"Enter the first month as a year and month, for example 2026-01"),
				new Case("", "2019-13", "2019-04", "from", "Enter the first month as a year and month"),
				new Case("", "2019-03", "x".repeat(500), "to", "Enter the last month as a year and month"),
				new Case("", "2019-05", "2019-04", "to", "The last month must be the same as or after the first month"),
				new Case("", "2019-01", "2024-02", "to", "The period can be at most 60 months"),
				new Case("not-a-court", "2019-03", "2019-04", "court", "Choose a court from the list"),
				new Case(UUID.randomUUID().toString(), "2019-03", "2019-04", "court", "Choose a court from the list"));
		for (var c : cases) {
			var result = mvc
				.perform(get("/court-desk/statistics").param("court", c.court())
					.param("from", c.from())
					.param("to", c.to())
					.with(RotaTestData.as(manager)))
				.andExpect(status().isOk())
				.andReturn();
			var page = html(result);
			assertThat(page).as("%s", c)
				.contains("<title>Error: Court desk statistics")
				.contains("There is a problem")
				.contains("href=\"#" + c.field() + "\"")
				.contains(c.message())
				.doesNotContain("<svg");
			assertThat(result.getModelAndView().getModel().get("tables")).isNull();

			var csv = mvc
				.perform(get("/court-desk/statistics.csv").param("court", c.court())
					.param("from", c.from())
					.param("to", c.to())
					.with(RotaTestData.as(manager)))
				.andExpect(status().isSeeOther())
				.andReturn();
			assertThat(csv.getResponse().getRedirectedUrl()).startsWith("/court-desk/statistics?");
		}
		var audited = "select count(*) from audit_event where action like 'COURT_DESK_STATISTICS_%' and actor_username = :who";
		var before = jdbc.sql(audited).param("who", manager.getUsername()).query(Long.class).single();
		mvc.perform(get("/court-desk/statistics").param("from", "2019-05")
			.param("to", "2019-04")
			.with(RotaTestData.as(manager))).andExpect(status().isOk());
		assertThat(jdbc.sql(audited).param("who", manager.getUsername()).query(Long.class).single())
			.as("nothing counted, nothing audited")
			.isEqualTo(before);
	}

	@Test
	void onlyCoordinatorsAndManagersSeeTheStatistics() throws Exception {
		for (var path : List.of("/court-desk/statistics", "/court-desk/statistics.csv")) {
			for (var role : List.of(Role.VOLUNTEER, Role.SUPPORT_WORKER, Role.ADMINISTRATOR, Role.AGENCY_PRACTITIONER,
					Role.SAFEGUARDING_LEAD, Role.TRAINING_COORDINATOR)) {
				mvc.perform(get(path).with(staff.as(role))).andExpect(status().isForbidden());
			}
			mvc.perform(get(path)).andExpect(status().isUnauthorized());
			mvc.perform(get(path).with(staff.as(Role.MANAGER))).andExpect(status().isOk());
			mvc.perform(get(path).with(staff.as(Role.COURT_DESK_COORDINATOR))).andExpect(status().isOk());
		}
	}

}
