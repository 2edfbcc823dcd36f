package org.familymatters.family;

import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A timeline entry sent twice with the idempotency key its form was shown with (the
 * answer to the first was lost) is stored once, and both answers lead to the family; a
 * new form has a new key.
 */
@IntegrationTest
class IdempotentTimelineTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FamilyTestData data;

	@Test
	void theSameKeyTwiceAddsOneEntry() throws Exception {
		var worker = user(data.user(
				data.organisation("Family Matters Banbury", OrganisationType.VOLUNTARY, FamilyTestData.BANBURY),
				Role.SUPPORT_WORKER));
		var family = data.family(FamilyTestData.BANBURY, "OX16 2ZZ");
		mvc.perform(get("/families/" + family + "/timeline/new").with(worker))
			.andExpect(content().string(containsString("name=\"idempotencyKey\"")));
		var key = UUID.randomUUID().toString();
		var summary = "Called about the visit, test " + key;
		for (int i = 0; i < 2; i++) {
			mvc.perform(entry(family, key, summary).with(worker)).andExpect(redirectedUrl("/families/" + family));
		}
		mvc.perform(entry(family, UUID.randomUUID().toString(), summary).with(worker))
			.andExpect(redirectedUrl("/families/" + family));
		assertThat(jdbc.sql("select idempotency_key from timeline_entry where family_id = :family and summary = :s")
			.param("family", family)
			.param("s", summary)
			.query(UUID.class)
			.list()).hasSize(2).contains(UUID.fromString(key));
	}

	private static MockHttpServletRequestBuilder entry(UUID family, String key, String summary) {
		return post("/families/" + family + "/timeline/new").param("kind", "call")
			.param("occurredOn.day", "2")
			.param("occurredOn.month", "3")
			.param("occurredOn.year", "2026")
			.param("summary", summary)
			.param("idempotencyKey", key)
			.with(csrf());
	}

}
