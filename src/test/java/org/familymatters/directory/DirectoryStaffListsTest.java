package org.familymatters.directory;

import java.util.List;
import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, item 6 and "Bad input": the directory's staff lists page through all they
 * find and filter by what is typed, with any characters; a page number that is not one
 * shows the first page, and one past the last says so. Never a 500. At 375 px each row is
 * a short list with its key column and its action (stackedTable).
 */
@IntegrationTest
class DirectoryStaffListsTest {

	static final List<String> LISTS = List.of("/directory/services", "/directory/organisations",
			"/directory/resources");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void anyCharactersInASearchAreAnsweredNeverA500() throws Exception {
		for (var list : LISTS) {
			for (var q : List.of("%", "_", "\\", "'; drop table dir_service; --", "<script>", "名前", "%00")) {
				mvc.perform(get(list).param("q", q).with(users.as(Role.SUPPORT_WORKER)))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("<script>"))));
			}
			mvc.perform(get(list).param("q", "club\u0000").with(users.as(Role.SUPPORT_WORKER)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("There is a problem")))
				.andExpect(content().string(containsString("Remove the hidden control characters")));
			mvc.perform(get(list).param("q", "x".repeat(201)).with(users.as(Role.SUPPORT_WORKER)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Enter no more than 200 characters")));
		}
	}

	@Test
	void anyPageNumberIsAnsweredAndOnePastTheLastSaysSo() throws Exception {
		for (var list : List.of("/directory/services", "/directory/organisations", "/directory/resources",
				"/directory/services/review")) {
			for (var page : List.of("abc", "0", "-3", "\u0000", "99999999999999999999")) {
				mvc.perform(get(list).param("page", page).with(users.as(Role.ADMINISTRATOR)))
					.andExpect(status().isOk());
			}
			mvc.perform(get(list).param("page", "20000").with(users.as(Role.ADMINISTRATOR)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("There is no page 20000")))
				.andExpect(content().string(containsString("Go to the first page")));
		}
	}

	@Test
	void theOrganisationsAndResourcesFilterByWhatIsTyped() throws Exception {
		var name = "Filtered trust " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/directory/organisations/new").param("name", name)
			.with(users.as(Role.SUPPORT_WORKER))
			.with(csrf()));
		mvc.perform(get("/directory/organisations").param("q", name.substring(9)).with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("1 organisation")))
			.andExpect(content().string(not(containsString("Prison Reform Trust"))));
		mvc.perform(get("/directory/resources").param("q", "hidden sent").with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(content().string(containsString("Hidden Sentence")))
			.andExpect(content().string(not(containsString("i-HOP"))));
	}

	@Test
	void everyTableIsOneListPerRowOnAPhoneWithItsKeyAndAction() throws Exception {
		for (var list : List.of("/directory/services", "/directory/organisations", "/directory/resources",
				"/directory/guides", "/directory/services/review")) {
			mvc.perform(get(list).with(users.as(Role.ADMINISTRATOR)))
				.andExpect(content().string(containsString("fm-table--stacked")))
				.andExpect(content().string(containsString("<th scope=\"row\" class=\"govuk-table__header\">")))
				.andExpect(content().string(not(containsString("fm-table-wrapper"))));
		}
	}

}
