package org.familymatters.directory;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 3: search text is capped in length and in words before it reaches the
 * database, on the public page (a message by the field) and on the Open Referral API (400
 * naming the parameter).
 */
@IntegrationTest
class PublicSearchLimitsTest {

	/** The penetration test's search: 3,900 words. */
	static final String THOUSANDS_OF_WORDS = IntStream.range(0, 1300)
		.mapToObj(i -> "visiting prison helpline" + i)
		.collect(Collectors.joining(" "));

	@Autowired
	MockMvc mvc;

	@Test
	void theApiRefusesASearchOfThousandsOfWordsWith400NamingTheParameter() throws Exception {
		// How fast the refusal is (p95 under 50 ms) is measured by
		// SignInFloodBenchmarkTest
		// against the running service: docs/benchmarks.md.
		mvc.perform(get("/openreferral/services").param("search", THOUSANDS_OF_WORDS))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("search"))
			.andExpect(jsonPath("$.detail").value("search must be no more than 200 characters"));
	}

	@Test
	void theApiRefusesTooManyWordsAndControlCharacters() throws Exception {
		mvc.perform(get("/openreferral/services").param("search", "a b c d e f g h i j k l m n o p"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("search"))
			.andExpect(jsonPath("$.detail").value("search must be no more than 15 words"));
		mvc.perform(get("/openreferral/services").param("search", "help\u0000line"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("search"));
		mvc.perform(get("/openreferral/service_at_locations").param("search", THOUSANDS_OF_WORDS))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("search"));
		mvc.perform(get("/openreferral/services").param("search", "a b c d e f g h i j k l m n o"))
			.andExpect(status().isOk());
	}

	@Test
	void thePageSaysByTheFieldWhenASearchHasTooManyWordsOrCharacters() throws Exception {
		mvc.perform(get("/support").param("q", "a b c d e f g h i j k l m n o p"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter no more than 15 words")))
			.andExpect(content().string(not(containsString("services found"))));
		mvc.perform(get("/support").param("q", THOUSANDS_OF_WORDS))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter no more than 200 characters")));
	}

}
