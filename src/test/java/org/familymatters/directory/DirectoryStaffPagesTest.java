package org.familymatters.directory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.familymatters.directory.internal.ServiceWriter;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff keep the directory: a support worker adds an organisation and a service that
 * families find at once, changes it, archives and restores it; mistakes are shown by the
 * field with nothing saved; a stale change is refused; the review queue lists what nobody
 * has checked for a year. Every change is audited with the role that allowed it.
 */
@IntegrationTest
class DirectoryStaffPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Localities localities;

	@Autowired
	ServiceWriter writer;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestUsers users;

	@Autowired
	Clock clock;

	/** A support worker made for each test, so that no test depends on demo users. */
	RequestPostProcessor supportWorker;

	@BeforeEach
	void signIn() {
		supportWorker = signedIn(Role.SUPPORT_WORKER);
	}

	/**
	 * A user of the role made for the test, signed in as if they had chosen their own
	 * password, so that no test depends on the demo users.
	 */
	private RequestPostProcessor signedIn(Role role) {
		var account = users.create(role).account();
		return user(new StaffPrincipal(account.id(), account.username(), account.displayName(),
				account.organisationId(), "Test organisation", account.roles(), true, false, account.passwordHash()));
	}

	/**
	 * Test services go to Bicester on Sundays, out of the way of the searches other tests
	 * count.
	 */
	private String bicester() {
		return "locality:" + localities.findByNameIgnoringCase("Bicester").orElseThrow().id();
	}

	private UUID addOrganisation(String name) throws Exception {
		mvc.perform(post("/directory/organisations/new").param("name", name)
			.param("description", "Test organisation.")
			.param("website", "https://example.org")
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from dir_organization where name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

	private MockHttpServletRequestBuilder serviceForm(String path, UUID organisation, String name) {
		return post(path).param("organisationId", organisation.toString())
			.param("name", name)
			.param("description", "Homework help and a listening ear for children with a parent in prison.")
			.param("status", "active")
			.param("url", "https://example.org/homework")
			.param("email", "club@example.org")
			.param("phone", "01632 960123")
			.param("phoneDescription", "Club leader, weekdays")
			.param("placeName", "Library")
			.param("placeAddress", "1 Market Place")
			.param("placeTown", "Banbury")
			.param("placePostcode", "ox16 5qb")
			.param("areas", bicester())
			.param("minimumAge", "8")
			.param("maximumAge", "14")
			.param("needs", "5c0f3a52-6e0b-4f4b-9d4a-000000000111")
			.param("opens[6]", "14:00")
			.param("closes[6]", "16:00")
			.param("languages", "Polish, Urdu")
			.with(supportWorker)
			.with(csrf());
	}

	private UUID serviceNamed(String name) {
		return jdbc.sql("select id from dir_service where name = :name").param("name", name).query(UUID.class).single();
	}

	private long servicesOf(UUID organisation) {
		return jdbc.sql("select count(*) from dir_service where organization_id = :id")
			.param("id", organisation)
			.query(Long.class)
			.single();
	}

	private long version(UUID id) {
		return jdbc.sql("select version from dir_service where id = :id").param("id", id).query(Long.class).single();
	}

	@Test
	void aSupportWorkerAddsAServiceThatFamiliesFindAtOnceThenChangesIt() throws Exception {
		var organisation = addOrganisation("Homework clubs trust (staff test)");
		mvc.perform(serviceForm("/directory/services/new", organisation, "Homework club (staff test)"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/directory/services/*/edit"));
		var id = serviceNamed("Homework club (staff test)");

		mvc.perform(get("/support").param("q", "homework club")
			.param("place", bicester().substring(9))
			.param("age", "10")
			.param("weekends", "true")).andExpect(content().string(containsString("Homework club (staff test)")));
		var service = jdbc.sql("select last_checked_on, last_checked_by, status from dir_service where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(service.get("last_checked_on")).hasToString(LocalDate.now(clock).toString());
		assertThat(service.get("last_checked_by")).isNotNull();

		mvc.perform(get("/directory/services/" + id + "/edit").with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"OX16 5QB\"")))
			.andExpect(content().string(containsString("value=\"Polish, Urdu\"")));
		mvc.perform(
				serviceForm("/directory/services/" + id + "/edit", organisation, "Homework and games club (staff test)")
					.param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/support").param("q", "games"))
			.andExpect(content().string(containsString("Homework and games club (staff test)")));
		mvc.perform(get("/openreferral/services/" + id))
			.andExpect(content().string(containsString("\"byday\":\"SU\"")))
			.andExpect(content().string(containsString("Polish")));

		assertThat(jdbc.sql("""
				select action || ' ' || basis || ' ' || basis_reference from audit_event
				where record_id = :id order by occurred_at, id
				""").param("id", id.toString()).query(String.class).list())
			.containsExactly("SERVICE_CREATED ROLE SUPPORT_WORKER", "SERVICE_UPDATED ROLE SUPPORT_WORKER");
	}

	@Test
	void mistakesAreShownByTheFieldAndNothingIsSaved() throws Exception {
		var organisation = addOrganisation("Mistakes trust (staff test)");
		long before = servicesOf(organisation);
		mvc.perform(post("/directory/services/new").param("organisationId", organisation.toString())
			.param("name", " ")
			.param("description", "Something")
			.param("status", "open")
			.param("url", "javascript:alert(1)")
			.param("email", "not an email")
			.param("phoneDescription", "A number with no number")
			.param("placeTown", "Banbury")
			.param("minimumAge", "16")
			.param("maximumAge", "5")
			.param("areas", "locality:" + UUID.randomUUID())
			.param("needs", "not-a-need")
			.param("opens[0]", "09:00")
			.param("opens[1]", "17:00")
			.param("closes[1]", "09:00")
			.param("opens[2]", "25:61")
			.param("closes[2]", "26:00")
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter the name of the service")))
			.andExpect(content().string(containsString("Choose whether the service is running")))
			.andExpect(content().string(containsString("Enter a web address starting http:// or https://")))
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("Enter the phone number, or remove what it is for")))
			.andExpect(content().string(containsString("Enter the first line of the address")))
			.andExpect(content().string(containsString("The oldest age must be the same as or more than the youngest")))
			.andExpect(content().string(containsString("Choose places from the list")))
			.andExpect(content().string(containsString("Choose needs from the list")))
			.andExpect(content().string(containsString("Enter both the opening and the closing time, or neither")))
			.andExpect(content().string(containsString("The closing time must be after the opening time")))
			.andExpect(content().string(containsString("Enter a time on the 24-hour clock")))
			.andExpect(content().string(containsString("value=\"not an email\"")));
		assertThat(servicesOf(organisation)).isEqualTo(before);
	}

	@Test
	void aChangeToAServiceSomeoneElseSavedMeanwhileIsRefused() throws Exception {
		var organisation = addOrganisation("Stale trust (staff test)");
		mvc.perform(serviceForm("/directory/services/new", organisation, "Stale club (staff test)"));
		var id = serviceNamed("Stale club (staff test)");
		var seen = version(id);
		mvc.perform(serviceForm("/directory/services/" + id + "/edit", organisation, "First change (staff test)")
			.param("version", String.valueOf(seen))).andExpect(status().is3xxRedirection());
		mvc.perform(serviceForm("/directory/services/" + id + "/edit", organisation, "Second change (staff test)")
			.param("version", String.valueOf(seen)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record while you were editing it")));
		assertThat(jdbc.sql("select name from dir_service where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("First change (staff test)");
	}

	@Test
	void anArchivedServiceLeavesTheSearchAndComesBackWhenRestored() throws Exception {
		var organisation = addOrganisation("Archive trust (staff test)");
		mvc.perform(serviceForm("/directory/services/new", organisation, "Zebra crossing club (staff test)"));
		var id = serviceNamed("Zebra crossing club (staff test)");
		mvc.perform(post("/directory/services/" + id + "/archive").param("version", String.valueOf(version(id)))
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/support").param("q", "zebra crossing"))
			.andExpect(content().string(not(containsString("Zebra crossing club (staff test)"))));
		mvc.perform(get("/directory/services/" + id + "/edit").with(supportWorker))
			.andExpect(content().string(containsString("This service is archived")))
			.andExpect(content().string(containsString("Restore the service")));
		mvc.perform(get("/directory/services").param("q", "zebra").with(supportWorker))
			.andExpect(content().string(not(containsString("Zebra crossing club (staff test)"))));
		mvc.perform(get("/directory/services").param("q", "zebra").param("archived", "true").with(supportWorker))
			.andExpect(content().string(containsString("Zebra crossing club (staff test)")))
			.andExpect(content().string(containsString("Archived")));
		mvc.perform(post("/directory/services/" + id + "/restore").param("version", String.valueOf(version(id)))
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/support").param("q", "zebra crossing"))
			.andExpect(content().string(containsString("Zebra crossing club (staff test)")));

		mvc.perform(post("/directory/organisations/" + organisation + "/archive").param("version", "0")
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.sql("select status from dir_service where id = :id").param("id", id).query(String.class).single())
			.as("archiving the organisation archives its services")
			.isEqualTo("defunct");
		mvc.perform(get("/directory/organisations/" + organisation + "/edit").with(supportWorker))
			.andExpect(content().string(containsString("This organisation is archived")))
			.andExpect(content().string(containsString("Restore the organisation")));
		assertThat(jdbc.sql(
				"select count(*) from audit_event where record_id = :id and action = 'DIRECTORY_ORGANISATION_ARCHIVED'")
			.param("id", organisation.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theReviewQueueListsServicesNotCheckedForAYearUntilSomeoneChecksThem() throws Exception {
		var organisation = addOrganisation("Review trust (staff test)");
		mvc.perform(serviceForm("/directory/services/new", organisation, "Aardvark advice (staff test)"));
		var id = serviceNamed("Aardvark advice (staff test)");
		jdbc.sql("update dir_service set last_checked_on = current_date - 400, version = version + 1 where id = :id")
			.param("id", id)
			.update();
		mvc.perform(get("/directory/services/review").with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aardvark advice (staff test)")));
		mvc.perform(
				post("/directory/services/" + id + "/checked").param("version", "0").with(supportWorker).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem",
					containsString("Someone else changed Aardvark advice (staff test) just now")));
		mvc.perform(get("/directory/services/review").with(supportWorker))
			.andExpect(content().string(containsString("Aardvark advice (staff test)")));
		mvc.perform(post("/directory/services/" + id + "/checked").param("version", String.valueOf(version(id)))
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/directory/services/review").with(supportWorker))
			.andExpect(content().string(not(containsString("/directory/services/" + id + "/edit"))));
		assertThat(jdbc.sql("select count(*) from audit_event where record_id = :id and action = 'SERVICE_CHECKED'")
			.param("id", id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void organisationNamesAreUniqueAndChecked() throws Exception {
		addOrganisation("Unique trust (staff test)");
		mvc.perform(post("/directory/organisations/new").param("name", "unique TRUST (staff test)")
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another organisation in the directory already has this name")));
		mvc.perform(post("/directory/organisations/new").param("name", "")
			.param("website", "example")
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the organisation&#39;s name")))
			.andExpect(content().string(containsString("Enter a web address starting http:// or https://")));
	}

	@Test
	void savingTheFormKeepsWhatItDoesNotShow() throws Exception {
		var organisation = addOrganisation("Imported trust (staff test)");
		var id = UUID.randomUUID();
		var summary = new ServiceSummary(id, organisation, null, null, "Two places service (staff test)", "Imported.",
				null, null, "active", null, null, null, null, null, null, null, Instant.now());
		var location = new DirectoryService.Location(UUID.randomUUID(), UUID.randomUUID(), "physical", "First place",
				null, null, "1 High Street", "Slough", null, null, "GB", null, null);
		var other = new DirectoryService.Location(UUID.randomUUID(), UUID.randomUUID(), "physical", "Second place",
				null, null, "2 High Street", "Slough", null, null, "GB", new BigDecimal("51.500000"),
				new BigDecimal("-0.600000"));
		var contact = new DirectoryService.Contact(UUID.randomUUID(), "Intake team", null, "intake@example.org");
		transactions
			.executeWithoutResult(tx -> writer.saveService(
					new DirectoryService(summary,
							List.of(new DirectoryService.Schedule(UUID.randomUUID(), DayOfWeek.MONDAY,
									LocalTime.of(9, 0), LocalTime.of(17, 0), "Weekdays")),
							List.of(), List.of(location, other), List.of(contact), List.of(), List.of(), List.of()),
					Instant.now()));

		mvc.perform(get("/directory/services/" + id + "/edit").with(supportWorker))
			.andExpect(content().string(containsString("It is also offered at 1 other place from an import")));
		mvc.perform(post("/directory/services/" + id + "/edit").param("organisationId", organisation.toString())
			.param("name", "Two places service, changed (staff test)")
			.param("description", "Imported, then changed.")
			.param("status", "active")
			.param("placeName", "First place")
			.param("placeAddress", "1 High Street")
			.param("placeTown", "Slough")
			.param("areas", "county:National")
			.param("opens[0]", "09:00")
			.param("closes[0]", "17:00")
			.param("version", String.valueOf(version(id)))
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		var saved = jdbc.sql("select count(*) from dir_service_at_location where service_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(saved).as("both places are kept").isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from dir_contact where service_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).as("the contact is kept").isEqualTo(1);
		assertThat(jdbc.sql("select id from dir_service_at_location where service_id = :id and location_id = :l")
			.param("id", id)
			.param("l", location.id())
			.query(UUID.class)
			.single()).as("the first place keeps its ids").isEqualTo(location.serviceAtLocationId());
		assertThat(jdbc.sql("select description from dir_schedule where service_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Weekdays");
	}

	@Test
	void otherRolesCannotChangeTheDirectory() throws Exception {
		var practitioner = signedIn(Role.AGENCY_PRACTITIONER);
		var organisation = addOrganisation("Refusing trust (staff test)");
		mvc.perform(serviceForm("/directory/services/new", organisation, "Refused club (staff test)"));
		var service = serviceNamed("Refused club (staff test)");
		mvc.perform(post("/directory/organisations/new").param("name", "Refused (staff test)")
			.with(practitioner)
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(
				post("/directory/services/" + service + "/archive").param("version", String.valueOf(version(service)))
					.with(practitioner)
					.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from dir_organization where name = 'Refused (staff test)'")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select status from dir_service where id = :id")
			.param("id", service)
			.query(String.class)
			.single()).isEqualTo("active");
	}

}
