package org.familymatters.shared.web;

import java.util.ArrayList;
import java.util.regex.Pattern;

import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages ask for their styles and scripts by addresses that carry a hash of the content,
 * which browsers keep; the pages themselves are never kept.
 */
@IntegrationTest
class StaticAssetAddressesTest {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:govuk|css|js|assets)/[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void thePagesFilesAreAskedForByTheirContentAndKeptForAYear() throws Exception {
		var page = mvc.perform(get("/")).andReturn().getResponse();
		assertThat(page.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		var files = new ArrayList<String>();
		var links = ASSET.matcher(page.getContentAsString());
		while (links.find()) {
			files.add(links.group(1));
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(5)
			.allMatch(file -> file.matches(".*-[0-9a-f]{32}\\.[a-z]+$"), "carries a content hash");
		for (var file : files) {
			var answer = mvc.perform(get(file)).andReturn().getResponse();
			assertThat(answer.getStatus()).as(file).isEqualTo(200);
			assertThat(answer.getHeader(HttpHeaders.CACHE_CONTROL)).as(file)
				.isEqualTo("public, max-age=31536000, immutable");
		}
	}

	@Test
	void aFileAtItsPlainAddressIsCheckedAndAnswered304WhenUnchanged() throws Exception {
		var first = mvc.perform(get("/govuk/govuk-frontend.min.js")).andReturn().getResponse();
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
		var lastModified = first.getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(lastModified).isNotNull();
		var again = mvc.perform(get("/govuk/govuk-frontend.min.js").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
	}

	@Test
	void aFileThatIsNotThereIsNeverKept() throws Exception {
		var missing = mvc.perform(get("/css/app-0123456789abcdef0123456789abcdef.css")).andReturn().getResponse();
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getHeader(HttpHeaders.CACHE_CONTROL)).doesNotContain("max-age").contains("no-store");
	}

}
