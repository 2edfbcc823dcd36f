package org.familymatters.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.privacy.RetentionPeriods;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The privacy notice and the self-referral start page say what the service does: the
 * retention period in force (an administrator's setting, not a period written into the
 * page) and who the access rule lets see a family's record.
 */
@IntegrationTest
class PrivacyNoticeTest {

	/**
	 * Tests that change a retention setting hold this lock, so that none sees another's
	 * period.
	 */
	static final String SETTINGS_LOCK = "privacy_retention_setting";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@ResourceLock(SETTINGS_LOCK)
	void aPeriodSetByAnAdministratorIsWhatTheNoticeAndTheSelfReferralPageSay() throws Exception {
		var kind = RetentionKind.UNACCEPTED_REQUESTS.name();
		var before = jdbc.sql("select months from privacy_retention_setting where kind = :kind")
			.param("kind", kind)
			.query(Integer.class)
			.optional();
		int months = (before.orElse(RetentionKind.UNACCEPTED_REQUESTS.defaultMonths()) == 18) ? 20 : 18;
		String words = (months == 18) ? "1 year and 6 months" : "1 year and 8 months";
		set(kind, Optional.of(months));
		try {
			assertThat(page(get("/privacy"))).contains("Requests for support that were never accepted")
				.contains("Kept for " + words + " from the day the request arrived, then deleted.")
				.contains("Kept for 6 years from the day the family")
				.contains("then made anonymous.");
			assertThat(page(get("/ask-for-support"))).contains("we delete your request " + words + " after it arrived")
				.doesNotContain("12 months after");
		}
		finally {
			set(kind, before);
		}
		assertThat(page(get("/ask-for-support")))
			.contains("we delete your request " + RetentionPeriods.inWords(before.orElse(12)) + " after it arrived");
	}

	@Test
	void theNoticeNamesWhoTheRuleLetsSee() throws Exception {
		assertThat(page(get("/privacy"))).contains("Who can see your family")
			.contains("Agency practitioners and designated safeguarding leads of an organisation you agreed may see it")
			.contains("A school sees, of its own pupils only, who they are and how to contact them")
			.contains("A data protection officer, only to answer a request you made");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return html.replaceAll("\\s+", " ");
	}

	private void set(String kind, Optional<Integer> months) {
		if (months.isEmpty()) {
			jdbc.sql("delete from privacy_retention_setting where kind = :kind").param("kind", kind).update();
			return;
		}
		jdbc.sql("""
				insert into privacy_retention_setting (kind, months, changed_by, changed_at)
				values (:kind, :months, :by, :at)
				on conflict (kind) do update set months = excluded.months""")
			.param("kind", kind)
			.param("months", months.get())
			.param("by", UUID.randomUUID())
			.param("at", Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
			.update();
	}

}
