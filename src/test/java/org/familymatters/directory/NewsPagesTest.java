package org.familymatters.directory;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * News and newsletters: drafts stay hidden, Markdown's raw HTML is shown as text, and the
 * Atom feed carries each published item.
 */
@IntegrationTest
class NewsPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Test
	void aDraftIsHiddenUntilPublishedThenShownEscapedAndInTheFeed() throws Exception {
		var title = "Spring workshops " + UUID.randomUUID();
		var body = "## Dates\n\nBook a place. <script>alert('x')</script>\n\n[More](javascript:alert(1))";
		mvc.perform(write("/news/manage/new", Map.of("kind", "newsletter", "title", title, "summary",
				"Workshops in the spring.", "body", body, "status", "draft"), Role.MANAGER))
			.andExpect(redirectedUrl("/news/manage"));
		var saved = jdbc.sql("select id, slug, version from dir_news where title = :title")
			.param("title", title)
			.query((rs,
					n) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("slug"), rs.getLong("version") })
			.single();
		var id = (UUID) saved[0];
		var slug = (String) saved[1];
		assertThat(slug).startsWith("spring-workshops-");

		mvc.perform(get("/news/" + slug)).andExpect(status().isNotFound());
		mvc.perform(get("/news")).andExpect(content().string(not(containsString(title))));
		assertThat(feed().getEntries()).extracting(Entry::getTitle).doesNotContain(title);

		mvc.perform(write("/news/manage/" + id + "/edit",
				Map.of("kind", "newsletter", "title", title, "slug", slug, "summary", "Workshops in the spring.",
						"body", body, "status", "published", "version", String.valueOf(saved[2])),
				Role.TRAINING_COORDINATOR))
			.andExpect(redirectedUrl("/news/manage"));

		var page = mvc.perform(get("/news/" + slug))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(
				"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Family Matters news\" href=\"/news/feed.atom\">")
			.contains("&lt;script&gt;alert")
			.doesNotContain("<script>alert")
			.doesNotContain("href=\"javascript:")
			.contains("<h2 class=\"govuk-heading-m\">Dates</h2>");
		mvc.perform(get("/news"))
			.andExpect(content().string(containsString("href=\"/news/" + slug + "\"")))
			.andExpect(content().string(containsString("href=\"/news/feed.atom\"")));

		var feed = feed();
		assertThat(feed.getId()).startsWith("urn:uuid:");
		assertThat(feed.getTitle()).isEqualTo("Family Matters news");
		assertThat(feed.getUpdated()).isNotNull();
		assertThat(feed.getOtherLinks()).anySatisfy(link -> {
			assertThat(link.getRel()).isEqualTo("self");
			assertThat(link.getHref()).endsWith("/news/feed.atom");
		});
		var entry = feed.getEntries().stream().filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow();
		assertThat(entry.getId()).isEqualTo("urn:uuid:" + id);
		assertThat(entry.getUpdated()).isNotNull();
		assertThat(entry.getSummary().getValue()).isEqualTo("Workshops in the spring.");
		assertThat(entry.getAlternateLinks()).singleElement()
			.satisfies(link -> assertThat(link.getHref()).startsWith("http").endsWith("/news/" + slug));
		assertThat(entry.getContents()).singleElement().satisfies(content -> {
			assertThat(content.getType()).isEqualTo(Content.HTML);
			assertThat(content.getValue()).contains("&lt;script&gt;").doesNotContain("<script>");
		});
		assertThat(feed.getEntries()).extracting(Entry::getId)
			.contains("urn:uuid:de000000-0000-4000-8000-000000000701", "urn:uuid:de000000-0000-4000-8000-000000000702");
	}

	@Test
	void badInputIsRefusedByTheFieldAndNothingIsSaved() throws Exception {
		var title = "Refused " + UUID.randomUUID();
		var good = Map.of("kind", "news", "title", title, "summary", "A summary.", "body", "Some text.", "status",
				"published");
		expectRefused(with(good, "title", "  "), "Enter the title");
		expectRefused(with(good, "title", title + "x".repeat(150)), "Title must be 150 characters or fewer");
		expectRefused(with(good, "slug", "demo-new-resource-pack"), "Another news item has this page address");
		expectRefused(with(good, "slug", "Not An Address"), "Enter a page address of lower-case letters");
		expectRefused(with(good, "body", "Text\u0000"), "Remove the hidden control characters");
		expectRefused(with(good, "body", "x".repeat(50_001)), "The text must be 50,000 characters or fewer");
		expectRefused(with(good, "status", ""), "Choose draft or published");
		assertThat(jdbc.sql("select count(*) from dir_news where title like :title")
			.param("title", title + "%")
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/news/manage").with(users.as(Role.VOLUNTEER))).andExpect(status().isForbidden());
		mvc.perform(write("/news/manage/new", good, Role.SUPPORT_WORKER)).andExpect(status().isForbidden());
	}

	private void expectRefused(Map<String, String> fields, String message) throws Exception {
		mvc.perform(write("/news/manage/new", fields, Role.ADMINISTRATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString(message)));
	}

	private static Map<String, String> with(Map<String, String> fields, String field, String value) {
		var changed = new HashMap<>(fields);
		changed.put(field, value);
		return changed;
	}

	private MockHttpServletRequestBuilder write(String path, Map<String, String> fields, Role role) {
		var request = post(path).with(csrf()).with(users.as(role));
		fields.forEach(request::param);
		return request;
	}

	private Feed feed() throws Exception {
		var xml = mvc.perform(get("/news/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/atom+xml")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return (Feed) new WireFeedInput().build(new StringReader(xml));
	}

}
