package org.familymatters.referral;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A referral sent twice with the idempotency key its form was shown with (the answer to
 * the first was lost, the service crashed) is stored once, and the second answer is the
 * first's: the staff form, and the public "ask for support" form even after its draft is
 * gone.
 */
@IntegrationTest
class IdempotentReferralsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferralTestData data;

	@Test
	void aStaffReferralSentTwiceWithItsKeyIsStoredOnce() throws Exception {
		var practitioner = data.signIn(mvc, Role.AGENCY_PRACTITIONER);
		mvc.perform(get("/referrals/new").param("localityId", data.locality("Banbury").toString()).cookie(practitioner))
			.andExpect(content().string(containsString("name=\"idempotencyKey\"")));
		var name = ReferralTestData.familyName();
		var key = UUID.randomUUID().toString();
		var first = mvc
			.perform(data.staffReferral(practitioner, name, "twice@example.org").param("idempotencyKey", key))
			.andExpect(redirectedUrl("/referrals/sent"))
			.andReturn()
			.getFlashMap()
			.get("reference");
		mvc.perform(data.staffReferral(practitioner, name, "twice@example.org").param("idempotencyKey", key))
			.andExpect(redirectedUrl("/referrals/sent"))
			.andExpect(flash().attribute("reference", first));
		assertThat(referralsNaming(name)).isEqualTo(1);
	}

	@Test
	void anAskForSupportRequestSentAgainAfterItsDraftIsGoneIsStoredOnce() throws Exception {
		var name = ReferralTestData.familyName();
		var where = mvc
			.perform(post("/ask-for-support/where").param("localityId", data.locality("Banbury").toString())
				.with(csrf()))
			.andReturn();
		Cookie draft = where.getResponse().getCookie(ReferralTestData.DRAFT_COOKIE);
		mvc.perform(
				ReferralTestData.page("you", draft, "givenName", "Sam", "familyName", name, "role", "PARENT_OR_CARER"));
		mvc.perform(ReferralTestData.page("contact", draft, "phone", "01632 960000"));
		mvc.perform(ReferralTestData.page("address", draft));
		mvc.perform(ReferralTestData.page("story", draft, "story", "My partner went to prison last week."));
		mvc.perform(get("/ask-for-support/check").cookie(draft))
			.andExpect(content().string(containsString("name=\"idempotencyKey\"")));
		var key = UUID.randomUUID().toString();
		var first = mvc.perform(ReferralTestData.page("check", draft, "agree", "true", "idempotencyKey", key))
			.andExpect(redirectedUrl("/ask-for-support/sent"))
			.andReturn()
			.getFlashMap()
			.get("reference");
		mvc.perform(ReferralTestData.page("check", draft, "agree", "true", "idempotencyKey", key))
			.andExpect(redirectedUrl("/ask-for-support/sent"))
			.andExpect(flash().attribute("reference", first));
		assertThat(referralsNaming(name)).isEqualTo(1);
	}

	private long referralsNaming(String familyName) {
		return jdbc.sql("""
				select count(distinct r.id) from referral r join referral_person p on p.referral_id = r.id
				where p.family_name = :name
				""").param("name", familyName).query(Long.class).single();
	}

}
