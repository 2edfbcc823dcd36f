package org.familymatters.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.familymatters.directory.internal.ServiceWriter;
import org.familymatters.identity.Localities;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Real answers of every Open Referral endpoint, validated against the Open Referral UK
 * profile's JSON Schemas, kept in {@code src/test/resources/openreferral-uk/} (draft
 * 2020-12, formats asserted).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenReferralSchemaTest {

	static final Path STANDARD = Path.of("src", "test", "resources", "openreferral-uk", "schema");

	/**
	 * The compiled folder has no taxonomy schema; this is HSDS 3.0's taxonomy, its
	 * required fields.
	 */
	static final String TAXONOMY = """
			{"type": "object", "required": ["id", "name", "description"],
			 "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"},
			  "description": {"type": "string"}, "uri": {"type": "string", "format": "uri"},
			  "version": {"type": "string"}}}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWriter writer;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Localities localities;

	private final JsonMapper json = JsonMapper.builder().build();

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private JsonNode openapi;

	@BeforeAll
	void makeAServiceWithEverything() {
		SaturdayClub.ensure(writer, transactions, localities);
	}

	@BeforeAll
	void readTheStandard() throws IOException {
		assertThat(STANDARD).as("the Open Referral UK schemas kept with the tests").isDirectory();
		openapi = json.readTree(Files.readString(STANDARD.resolve("openapi.json")));
	}

	@Test
	void theRootSaysWhatThisApiIs() throws Exception {
		var root = getJson("/openreferral/");
		assertValid(schema(openapi.at("/paths/~1/get/responses/200/content/application~1json/schema")), root, "/");
		assertThat(root.get("version").asString()).isEqualTo("HSDS-UK-3.0");
		assertThat(root.get("openapi_url").asString()).endsWith("/v3/api-docs/open-referral");
	}

	@Test
	void servicesAndEachService() throws Exception {
		var list = getJson("/openreferral/services?per_page=100");
		assertPage(list, compiled("service_list.json"), "/services");
		assertThat(list.get("total_items").asLong()).isGreaterThanOrEqualTo(6);
		var service = compiled("service.json");
		for (var item : list.get("contents")) {
			var id = item.get("id").asString();
			assertValid(service, getJson("/openreferral/services/" + id), "/services/" + id);
		}
	}

	@Test
	void serviceAtLocationsAndEachOne() throws Exception {
		var list = getJson("/openreferral/service_at_locations?per_page=100");
		assertPage(list, compiled("service_at_location_list.json"), "/service_at_locations");
		assertThat(list.get("contents")).as("the test fixture has a location").isNotEmpty();
		var schema = compiled("service_at_location.json");
		for (var item : list.get("contents")) {
			var id = item.get("id").asString();
			var one = getJson("/openreferral/service_at_locations/" + id);
			assertValid(schema, one, "/service_at_locations/" + id);
			assertThat(one.get("service").get("schedules")).as("the whole service").isNotNull();
		}
	}

	@Test
	void taxonomiesAndTheirTerms() throws Exception {
		var taxonomySchema = registry.getSchema(TAXONOMY);
		var taxonomies = getJson("/openreferral/taxonomies");
		assertPage(taxonomies, taxonomySchema, "/taxonomies");
		for (var item : taxonomies.get("contents")) {
			assertValid(taxonomySchema, getJson("/openreferral/taxonomies/" + item.get("id").asString()),
					"/taxonomies/{id}");
		}
		var termSchema = schema(json.readTree(Files.readString(STANDARD.resolve("compiled/service.json")))
			.at("/properties/attributes/items/properties/taxonomy_term"));
		var terms = getJson("/openreferral/taxonomy_terms?per_page=100");
		assertPage(terms, termSchema, "/taxonomy_terms");
		assertThat(terms.get("total_items").asLong()).isGreaterThanOrEqualTo(15);
		for (var item : terms.get("contents")) {
			assertValid(termSchema, getJson("/openreferral/taxonomy_terms/" + item.get("id").asString()),
					"/taxonomy_terms/{id}");
		}
	}

	@Test
	void everyAnswerIsOpenToOtherSites() throws Exception {
		for (var path : List.of("/openreferral/", "/openreferral/services", "/openreferral/taxonomies",
				"/openreferral/taxonomy_terms", "/openreferral/service_at_locations",
				"/openreferral/services?page=x")) {
			mvc.perform(get(path)).andExpect(header().string("Access-Control-Allow-Origin", "*"));
		}
	}

	private void assertPage(JsonNode page, Schema items, String where) {
		assertValid(schema(openapi.at("/components/schemas/Page")), page, where + " page");
		for (var field : List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page",
				"empty", "contents")) {
			assertThat(page.has(field)).as("%s has %s", where, field).isTrue();
		}
		for (var item : page.get("contents")) {
			assertValid(items, item, where + " item " + item.get("id"));
		}
	}

	private void assertValid(Schema schema, JsonNode node, String where) {
		List<Error> errors = schema.validate(node,
				context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
		assertThat(errors).as("%s against the Open Referral UK schema:%n%s", where, node).isEmpty();
	}

	private Schema compiled(String file) throws IOException {
		return registry.getSchema(Files.readString(STANDARD.resolve("compiled").resolve(file)));
	}

	private Schema schema(JsonNode node) {
		return registry.getSchema(node.toString());
	}

	private JsonNode getJson(String path) throws Exception {
		var body = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return json.readTree(body);
	}

}
