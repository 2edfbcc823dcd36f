package org.familymatters.directory;

import org.familymatters.directory.internal.ServiceWriter;
import org.familymatters.identity.Localities;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Open Referral API's filters and its answers to bad parameters. */
@IntegrationTest
class OpenReferralApiTest {

	static final String HELPLINE = "5c0f3a52-6e0b-4f4b-9d4a-000000000110";

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceWriter writer;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Localities localities;

	@BeforeEach
	void saturdayClub() {
		SaturdayClub.ensure(writer, transactions, localities);
	}

	@Test
	void searchFindsWordsWithStemmingAndTypingErrors() throws Exception {
		mvc.perform(get("/openreferral/services").param("search", "helplines"))
			.andExpect(jsonPath("$.contents[*].name").value(hasItem("Families Outside helpline")));
		mvc.perform(get("/openreferral/services").param("search", "helpine"))
			.andExpect(jsonPath("$.contents[*].name").value(hasItem("Families Outside helpline")));
		mvc.perform(get("/openreferral/services").param("search", "court desks"))
			.andExpect(jsonPath("$.contents[0].name").value("Family Matters court desks"));
	}

	@Test
	void filtersByTaxonomyTermAgeDayAndTime() throws Exception {
		// The starting content's helplines: Prisoners' Families Helpline, Families
		// Outside, the
		// Prison Reform Trust's advice line and Pact's (V40).
		mvc.perform(get("/openreferral/services").param("taxonomy_term_id", HELPLINE))
			.andExpect(jsonPath("$.total_items").value(4));
		mvc.perform(get("/openreferral/services").param("minimum_age", "5")
			.param("maximum_age", "16")
			.param("per_page", "100"))
			.andExpect(jsonPath("$.contents[*].minimum_age").value(everyItem(greaterThanOrEqualTo(5))))
			.andExpect(jsonPath("$.contents[*].maximum_age").value(everyItem(lessThanOrEqualTo(16))))
			.andExpect(jsonPath("$.contents[*].name").value(hasItem(SaturdayClub.NAME)));
		mvc.perform(get("/openreferral/services").param("search", SaturdayClub.WORD)
			.param("day", "SA")
			.param("start_time", "09:30")
			.param("end_time", "12:30")).andExpect(jsonPath("$.total_items").value(1));
		mvc.perform(get("/openreferral/services").param("search", SaturdayClub.WORD)
			.param("day", "saturday")
			.param("start_time", "10:30")).andExpect(jsonPath("$.total_items").value(0));
	}

	@Test
	void pagesAreCappedAndDescribed() throws Exception {
		mvc.perform(get("/openreferral/services").param("per_page", "2").param("page", "2"))
			.andExpect(jsonPath("$.page_number").value(2))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.first_page").value(false));
		mvc.perform(get("/openreferral/taxonomy_terms").param("per_page", "100000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contents.length()").value(lessThanOrEqualTo(100)));
		mvc.perform(get("/openreferral/services").param("page", "999"))
			.andExpect(jsonPath("$.empty").value(true))
			.andExpect(jsonPath("$.last_page").value(true));
	}

	@Test
	void badParametersAnswer400NamingTheParameterAndUnknownOnesAreIgnored() throws Exception {
		for (var bad : new String[][] { { "page", "0" }, { "page", "two" }, { "per_page", "-1" },
				{ "minimum_age", "old" }, { "maximum_age", "200" }, { "start_time", "9 o'clock" },
				{ "end_time", "25:00" }, { "day", "someday" }, { "taxonomy_term_id", "helpline" } }) {
			mvc.perform(get("/openreferral/services").param(bad[0], bad[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.parameter").value(bad[0]));
		}
		mvc.perform(get("/openreferral/service_at_locations").param("postcode", "OX16 5QA"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("postcode"));
		mvc.perform(get("/openreferral/services").param("colour", "blue")).andExpect(status().isOk());
	}

	@Test
	void unknownAndMalformedIdsAnswerProblems() throws Exception {
		mvc.perform(get("/openreferral/services/00000000-0000-4000-8000-000000000000"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/openreferral/services/not-an-id")).andExpect(status().isBadRequest());
	}

	@Test
	void itsOpenApiDescriptionIsWhereTheRootSays() throws Exception {
		mvc.perform(get("/v3/api-docs/open-referral"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/openreferral/services']").exists())
			.andExpect(jsonPath("$.paths['/openreferral/taxonomy_terms/{id}']").exists());
	}

	@Test
	void itIsReadOnly() throws Exception {
		mvc.perform(post("/openreferral/services")).andExpect(status().is4xxClientError());
	}

}
