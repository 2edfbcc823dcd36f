package org.familymatters.directory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.FamilyMattersApplication;
import org.familymatters.directory.internal.OpenReferralImport;
import org.familymatters.identity.Role;
import org.familymatters.support.Browserless;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing an Open Referral UK feed — good services kept, each bad one refused with its
 * reason and written not at all, the same feed twice changing nothing — and the exported
 * directory imported into an empty database answering the API exactly as this one does.
 */
@IntegrationTest
// The round trip compares every service on record: nothing else may add one meanwhile.
@Isolated
class DirectoryTransferTest {

	static final String KINSHIP = "f1ee0000-0000-4000-8000-000000000001";

	static final String HOMEWORK = "f1ee0000-0000-4000-8000-000000000006";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OpenReferralImport imports;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	@TempDir
	Path directory;

	private OpenReferralImport.Report importTestFeed() throws Exception {
		try (var in = new ClassPathResource("directory/feed.json").getInputStream()) {
			return imports.importFile(in, "feed.json");
		}
	}

	@Test
	void goodServicesAreKeptAndEachBadOneIsRefusedWithItsReason() throws Exception {
		var report = importTestFeed();
		assertThat(report.problems()).extracting(OpenReferralImport.Problem::position).containsExactly(2, 3, 4, 5, 7);
		assertThat(report.problems()).extracting(OpenReferralImport.Problem::reason)
			.containsExactly("minimum_age must not be more than maximum_age",
					"status must be one of active, inactive, defunct, temporarily closed",
					"schedules[1].opens_at must be a time such as 09:30",
					"organization is missing: each service needs its organisation's id and name",
					report.problems().get(4).reason());
		assertThat(report.problems().get(4).reason()).startsWith("one of its ids is already used by another record");
		assertThat(report.added() + report.updated()).isEqualTo(2);
		assertThat(count("select count(*) from dir_service where id::text like 'f1ee0000-%' and id <> :a and id <> :b"))
			.as("nothing of a refused service is written")
			.isZero();
		assertThat(count("select count(*) from dir_organization where id = 'f1ee0000-0000-4000-8000-0000000000a2'"))
			.as("not even its organisation")
			.isZero();

		var kinship = imported(KINSHIP);
		assertThat(kinship.schedules()).extracting(s -> s.day().name())
			.containsExactly("MONDAY", "WEDNESDAY", "SATURDAY");
		assertThat(kinship.areas()).extracting(DirectoryService.Area::place)
			.containsExactlyInAnyOrder("Slough", "Berkshire");
		assertThat(kinship.areas()).filteredOn(a -> a.place().equals("Slough")).allMatch(a -> a.localityId() != null);
		assertThat(kinship.locations()).singleElement().satisfies(l -> {
			assertThat(l.postalCode()).isEqualTo("SL1 1AA");
			assertThat(l.latitude()).isEqualByComparingTo("51.5105");
		});
		assertThat(kinship.phones()).extracting(DirectoryService.Phone::number).containsExactly("01632 960000");
		assertThat(kinship.summary().lastCheckedOn()).hasToString("2026-10-01");
		assertThat(imported(HOMEWORK).terms()).extracting(DirectoryService.Term::name)
			.containsExactly("Education (import test)");

		var rows = childRows();
		var again = importTestFeed();
		assertThat(again.added()).as("importing the same feed again adds nothing").isZero();
		assertThat(again.updated()).isEqualTo(2);
		assertThat(again.refused()).isEqualTo(5);
		assertThat(childRows()).as("and changes nothing").isEqualTo(rows);

		mvc.perform(get("/support").param("q", "kinship carers"))
			.andExpect(content().string(containsString("Kinship carers drop-in (import test)")));
		assertThat(count(
				"select count(*) from audit_event where action = 'DIRECTORY_IMPORTED' and detail like 'feed.json: %'"))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aServiceWithABadEmailAddressIsRefusedWithItsReasonAndTheGoodOneKept() {
		var good = UUID.randomUUID();
		var bad = UUID.randomUUID();
		var feed = """
				[{"id": "%s", "name": "Good email (import test)", "email": "help@example.org",
				  "organization": {"id": "%s", "name": "Good email trust %s"}},
				 {"id": "%s", "name": "Bad email (import test)", "email": "help at example dot org",
				  "organization": {"id": "%s", "name": "Bad email trust %s"}}]
				""".formatted(good, UUID.randomUUID(), good, bad, UUID.randomUUID(), bad);
		var report = imports.importFile(new java.io.ByteArrayInputStream(feed.getBytes()), "emails.json");
		assertThat(report.added()).isEqualTo(1);
		assertThat(report.problems()).singleElement().satisfies(p -> {
			assertThat(p.position()).isEqualTo(2);
			assertThat(p.id()).isEqualTo(bad.toString());
			assertThat(p.reason()).isEqualTo("email must be an email address such as name@example.org");
		});
		assertThat(details.find(good))
			.hasValueSatisfying(s -> assertThat(s.summary().email()).isEqualTo("help@example.org"));
		assertThat(details.find(bad)).isEmpty();
	}

	@Test
	void aFeedThatIsNotJsonOrNotAFeedIsRefusedWhole() {
		var notJson = imports.importFile(new java.io.ByteArrayInputStream("{ not json".getBytes()), "broken.json");
		assertThat(notJson.problems()).singleElement()
			.satisfies(p -> assertThat(p.reason()).startsWith("The file is not JSON that can be read"));
		var notAFeed = imports.importFile(new java.io.ByteArrayInputStream("{\"hello\": 1}".getBytes()), "other.json");
		assertThat(notAFeed.problems()).singleElement()
			.satisfies(p -> assertThat(p.reason()).startsWith("The file is not an Open Referral UK feed"));
		var unreachable = imports.importApi(URI.create("http://127.0.0.1:1/openreferral"));
		assertThat(unreachable.problems()).singleElement()
			.satisfies(p -> assertThat(p.reason())
				.startsWith("Could not fetch http://127.0.0.1:1/openreferral/taxonomies"));
	}

	@Test
	void administratorsImportAndExportOnThePage() throws Exception {
		var admin = Browserless.signIn(mvc, TestUsers.demoUsername(Role.ADMINISTRATOR), TestUsers.DEMO_PASSWORD)
			.cookie();
		mvc.perform(get("/admin/directory").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Import and export the directory")));
		var feed = new ClassPathResource("directory/feed.json").getContentAsByteArray();
		mvc.perform(multipart("/admin/directory/import-file")
			.file(new MockMultipartFile("file", "feed.json", "application/json", feed))
			.cookie(admin)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("refused")))
			.andExpect(content().string(containsString("minimum_age must not be more than maximum_age")));
		mvc.perform(multipart("/admin/directory/import-file").cookie(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Choose an Open Referral UK JSON file to import")));
		mvc.perform(post("/admin/directory/import-address").param("address", "ftp://example.org")
			.cookie(admin)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a web address starting http:// or https://")));
		mvc.perform(get("/admin/directory/export").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("\"contents\"")));
		var support = Browserless.signIn(mvc, TestUsers.demoUsername(Role.SUPPORT_WORKER), TestUsers.DEMO_PASSWORD)
			.cookie();
		mvc.perform(get("/admin/directory/export").cookie(support)).andExpect(status().isForbidden());
	}

	@Test
	void anExportedDirectoryImportedIntoAnEmptyDatabaseAnswersTheApiIdentically() throws Exception {
		importTestFeed();
		var admin = Browserless.signIn(mvc, TestUsers.demoUsername(Role.ADMINISTRATOR), TestUsers.DEMO_PASSWORD)
			.cookie();
		var exported = mvc.perform(get("/admin/directory/export").cookie(admin))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var file = Files.write(directory.resolve("directory.json"), exported);
		var here = "http://127.0.0.1:" + port + "/openreferral";
		var ids = jdbc.sql("select id from dir_service order by id").query(UUID.class).list();
		assertThat(ids).contains(UUID.fromString(KINSHIP), UUID.fromString(HOMEWORK));

		try (var empty = new SpringApplicationBuilder(FamilyMattersApplication.class)
			.properties("spring.main.banner-mode=off")
			.run("--server.port=0", "--familymatters.database.embedded.data-directory=" + directory.resolve("postgres"),
					"--familymatters.demo.enabled=false", "--familymatters.directory.exit-after-command=false",
					// This service, on loopback, is the one directory the copy may import
					// from.
					"--familymatters.directory.import.trusted-origins=http://127.0.0.1:" + port,
					"--directory.import=" + file)) {
			var there = "http://127.0.0.1:" + ((WebServerApplicationContext) empty).getWebServer().getPort()
					+ "/openreferral";
			assertSameAnswers(here, there, ids);

			var fromApi = empty.getBean(OpenReferralImport.class).importApi(URI.create(here));
			assertThat(fromApi.problems()).as("importing this directory's API").isEmpty();
			assertThat(fromApi.added()).as("everything was already there").isZero();
			assertSameAnswers(here, there, ids);
		}
	}

	private void assertSameAnswers(String here, String there, List<UUID> ids) {
		var paths = new ArrayList<>(List.of("/services?per_page=100", "/services?per_page=100&page=2",
				"/service_at_locations?per_page=100", "/taxonomies", "/taxonomy_terms?per_page=100"));
		ids.forEach(id -> paths.add("/services/" + id));
		for (var path : paths) {
			assertThat(answer(there + path)).as(path).isEqualTo(answer(here + path));
		}
	}

	private JsonNode answer(String address) {
		return json.readTree(RestClient.create().get().uri(URI.create(address)).retrieve().body(String.class));
	}

	private DirectoryService imported(String id) {
		return details.find(UUID.fromString(id)).orElseThrow();
	}

	@Autowired
	ServiceDetails details;

	private List<Long> childRows() {
		return List.of(count("select count(*) from dir_schedule where service_id::text like 'f1ee0000-%'"),
				count("select count(*) from dir_service_area where service_id::text like 'f1ee0000-%'"),
				count("select count(*) from dir_service_at_location where service_id::text like 'f1ee0000-%'"),
				count("select count(*) from dir_phone where service_id::text like 'f1ee0000-%'"),
				count("select count(*) from dir_attribute where link_id::text like 'f1ee0000-%'"),
				count("select count(*) from dir_service where id::text like 'f1ee0000-%'"));
	}

	private long count(String sql) {
		var statement = jdbc.sql(sql);
		if (sql.contains(":a")) {
			statement = statement.param("a", UUID.fromString(KINSHIP)).param("b", UUID.fromString(HOMEWORK));
		}
		return statement.query(Long.class).single();
	}

}
