package org.familymatters.directory;

import java.util.List;

import org.familymatters.directory.internal.Guide;
import org.familymatters.directory.internal.GuideFeedback;
import org.familymatters.directory.internal.Guides;
import org.familymatters.support.Browserless;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public guides for families: no sign-in, every guide renders, and "Was this page
 * useful?" is counted.
 */
@IntegrationTest
class GuidePagesTest {

	static final List<String> SLUGS = List.of("arrest", "court-and-sentence", "first-days", "finding-someone",
			"visiting", "telling-the-children", "money-benefits-housing", "preparing-for-release");

	@Autowired
	MockMvc mvc;

	@Autowired
	Guides guides;

	@Autowired
	GuideFeedback feedback;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListShowsEveryGuideInJourneyOrder() throws Exception {
		var titles = guides.published().stream().map(Guide::title).toList();
		assertThat(guides.published()).extracting(Guide::slug).containsExactlyElementsOf(SLUGS);
		mvc.perform(get("/guides"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-xl\">Guides for families</h1>")))
			.andExpect(content().string(stringContainsInOrder(titles)))
			.andExpect(content().string(containsString("href=\"/guides/court-and-sentence\"")));
	}

	@Test
	void everyGuideRendersWithItsDateAndTheFeedbackForm() throws Exception {
		for (var slug : SLUGS) {
			var guide = guides.findPublished(slug).orElseThrow();
			mvc.perform(get("/guides/{slug}", slug))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(">" + guide.title().replace("'", "&#39;") + "</h1>")))
				.andExpect(content().string(containsString("<h2 class=\"govuk-heading-m\">")))
				.andExpect(content().string(containsString("<a href=\"/support?need=")))
				.andExpect(content().string(containsString("class=\"govuk-link\"")))
				.andExpect(content().string(containsString("Last updated")))
				.andExpect(content().string(containsString("Was this page useful?")))
				.andExpect(content().string(containsString("name=\"_csrf\"")))
				.andExpect(content().string(not(containsString("Thank you for your feedback"))));
		}
	}

	@Test
	void theStartPageLinksToTheGuides() throws Exception {
		mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/guides\"")));
	}

	@Test
	void anUnknownGuideIsNotFound() throws Exception {
		mvc.perform(get("/guides/no-such-guide")).andExpect(status().isNotFound());
		mvc.perform(post("/guides/no-such-guide/feedback").param("answer", "yes").with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void answersAreCountedPerGuideAndThanked() throws Exception {
		var arrest = guides.findPublished("arrest").orElseThrow();
		var visiting = guides.findPublished("visiting").orElseThrow();
		var arrestBefore = feedback.counts(arrest.id());
		var visitingBefore = feedback.counts(visiting.id());

		var answered = mvc.perform(post("/guides/arrest/feedback").param("answer", "yes").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/guides/arrest"))
			.andExpect(flash().attribute("answered", true))
			.andReturn();
		mvc.perform(post("/guides/arrest/feedback").param("answer", "no").with(csrf()));
		mvc.perform(post("/guides/arrest/feedback").param("answer", "yes").with(csrf()));

		assertThat(feedback.counts(arrest.id()))
			.isEqualTo(new GuideFeedback.Counts(arrestBefore.yes() + 2, arrestBefore.no() + 1));
		assertThat(feedback.counts(visiting.id())).isEqualTo(visitingBefore);

		mvc.perform(get("/guides/arrest").cookie(Browserless.sessionCookie(answered)))
			.andExpect(content().string(containsString("Thank you for your feedback")))
			.andExpect(content().string(not(containsString("name=\"answer\""))));
	}

	@Test
	void aBadAnswerIsABadRequestAndNotCounted() throws Exception {
		var guide = guides.findPublished("first-days").orElseThrow();
		var before = feedback.counts(guide.id());
		mvc.perform(post("/guides/first-days/feedback").param("answer", "maybe").with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/guides/first-days/feedback").with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(post("/guides/first-days/feedback").param("answer", "YES").with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(feedback.counts(guide.id())).isEqualTo(before);
	}

	@Test
	void onlyTheCountsAreKept() {
		var columns = jdbc
			.sql("select column_name from information_schema.columns where table_name = 'dir_guide_feedback'")
			.query(String.class)
			.list();
		assertThat(columns).containsExactlyInAnyOrder("guide_id", "useful_yes", "useful_no");
	}

	@Test
	void anAnswerWithoutTheFormsTokenIsRefused() throws Exception {
		var guide = guides.findPublished("first-days").orElseThrow();
		var before = feedback.counts(guide.id());
		mvc.perform(post("/guides/first-days/feedback").param("answer", "yes")).andExpect(status().isForbidden());
		assertThat(feedback.counts(guide.id())).isEqualTo(before);
	}

}
