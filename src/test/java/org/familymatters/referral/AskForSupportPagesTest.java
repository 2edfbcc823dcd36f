package org.familymatters.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.familymatters.referral.internal.SelfReferralAnswers;
import org.familymatters.referral.internal.SelfReferralDrafts;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Ask for support" over HTTP, as question pages: bad input on each page is shown by its
 * field (never a server error) and nothing becomes a referral until Send; the answers are
 * kept in a draft found only by the browser's cookie, changed from "Check your answers"
 * and back there; the locality's criteria are never shown to the family but worked out
 * for the support workers; Send makes one referral and deletes the draft.
 */
@IntegrationTest
class AskForSupportPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferralTestData data;

	@Autowired
	SelfReferralDrafts drafts;

	@Autowired
	Clock clock;

	/** Starts a draft by choosing Banbury; returns its cookie. */
	private Cookie startInBanbury() throws Exception {
		var result = mvc
			.perform(ReferralTestData.page("where", null, "localityId", data.locality("Banbury").toString()))
			.andExpect(redirectedUrl("/ask-for-support/you"))
			.andExpect(header().string(HttpHeaders.SET_COOKIE, containsString("HttpOnly")))
			.andExpect(header().string(HttpHeaders.SET_COOKIE, containsString("Path=/ask-for-support")))
			.andReturn();
		return result.getResponse().getCookie(ReferralTestData.DRAFT_COOKIE);
	}

	private long drafts(Cookie draft) throws Exception {
		var hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(draft.getValue().getBytes(StandardCharsets.UTF_8)));
		return jdbc.sql("select count(*) from referral_draft where token_hash = :hash")
			.param("hash", hash)
			.query(Long.class)
			.single();
	}

	@Test
	void eachPageRefusesBadInputByItsFieldAndNothingIsAReferralUntilSend() throws Exception {
		var name = ReferralTestData.familyName();
		mvc.perform(ReferralTestData.page("where", null, "localityId", "\u0000"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andExpect(content().string(containsString("href=\"#localityId\"")))
			.andExpect(content().string(containsString("Choose where you live from the list")));
		mvc.perform(ReferralTestData.page("where", null, "localityId", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose where you live from the list")));
		mvc.perform(ReferralTestData.page("where", null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose where you live")));

		var draft = startInBanbury();
		mvc.perform(ReferralTestData.page("you", draft, "givenName", "Al\u0000ex", "familyName", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#givenName\"")))
			.andExpect(content().string(containsString("Remove the hidden control characters")))
			.andExpect(content().string(containsString("href=\"#role\"")))
			.andExpect(content().string(containsString("Choose which of these describes you")));
		mvc.perform(ReferralTestData.page("you", draft, "givenName", "Alex", "familyName", name, "role", "KING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose which of these describes you")));
		mvc.perform(
				ReferralTestData.page("you", draft, "givenName", "Alex", "familyName", name, "role", "PARENT_OR_CARER"))
			.andExpect(redirectedUrl("/ask-for-support/contact"));
		mvc.perform(ReferralTestData.page("contact", draft, "bestTimeToCall", "Evenings"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#phone\"")))
			.andExpect(content().string(containsString("Enter an email address or a phone number")));
		mvc.perform(ReferralTestData.page("contact", draft, "phone", "call me", "email", "%00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a phone number using digits")))
			.andExpect(content().string(containsString("Enter an email address in the correct format")));
		mvc.perform(
				ReferralTestData.page("contact", draft, "phone", "07700 900123", "bestTimeToCall", "Evenings after 6"))
			.andExpect(redirectedUrl("/ask-for-support/address"));
		mvc.perform(ReferralTestData.page("address", draft, "addressLine1", "12 High Street", "postcode", "nowhere"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your town or city")))
			.andExpect(content().string(containsString("Enter a full UK postcode")));
		mvc.perform(ReferralTestData.page("address", draft, "addressLine1", "12 High Street", "town", "Banbury",
				"postcode", "ox16 5qb"))
			.andExpect(redirectedUrl("/ask-for-support/people"));
		mvc.perform(ReferralTestData.page("people/new", draft, "familyName", name, "dateOfBirth.day", "31",
				"dateOfBirth.month", "2", "dateOfBirth.year", "2015"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter their first name")))
			.andExpect(content().string(containsString("Choose who they are in your family")))
			.andExpect(content().string(containsString("Enter a real date")));
		mvc.perform(ReferralTestData.page("people/new", draft, "givenName", "Dale", "familyName", name, "role",
				"IN_CUSTODY"))
			.andExpect(redirectedUrl("/ask-for-support/people"));
		mvc.perform(ReferralTestData.page("people/new", draft, "givenName", "Jules", "familyName", name, "role",
				"CHILD", "dateOfBirth.day", "3", "dateOfBirth.month", "4", "dateOfBirth.year", "2017"))
			.andExpect(redirectedUrl("/ask-for-support/people"));
		mvc.perform(get("/ask-for-support/people").cookie(draft))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dale " + name)))
			.andExpect(content().string(containsString("Child, born 3 April 2017")))
			.andExpect(content().string(containsString("href=\"/ask-for-support/story\"")));
		mvc.perform(ReferralTestData.page("story", draft, "story", " ", "needs", "%00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tell us what is happening, in a few words")))
			.andExpect(content().string(containsString("href=\"#needs\"")));
		mvc.perform(ReferralTestData.page("story", draft, "story",
				"Dale was sent to prison on Friday and Jules will not go to school."))
			.andExpect(redirectedUrl("/ask-for-support/check"));
		mvc.perform(get("/ask-for-support/check").cookie(draft))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alex " + name)))
			.andExpect(content().string(containsString("12 High Street, Banbury, OX16 5QB")))
			.andExpect(content().string(containsString("Evenings after 6")))
			.andExpect(content().string(containsString("href=\"/ask-for-support/contact?returnTo=check\"")))
			.andExpect(content().string(not(containsString("There are children under 18"))));
		mvc.perform(ReferralTestData.page("check", draft))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#agree\"")))
			.andExpect(content().string(containsString("Tick the box to agree")));
		assertThat(data.referralsNaming(name)).as("nothing is a referral until Send").isZero();
		assertThat(drafts(draft)).isOne();

		var sent = mvc.perform(ReferralTestData.page("check", draft, "agree", "true"))
			.andExpect(redirectedUrl("/ask-for-support/sent"))
			.andReturn();
		assertThat(sent.getResponse().getCookie(ReferralTestData.DRAFT_COOKIE).getMaxAge()).as("the cookie is cleared")
			.isZero();
		assertThat(drafts(draft)).as("the draft is deleted when sent").isZero();
		var id = data.referralNaming(name);
		var row = jdbc
			.sql("""
					select r.referrer_name, r.referrer_phone, r.best_time_to_call, r.consent_to_contact, r.source,
					       (select count(*) from referral_criterion_met m where m.referral_id = r.id) as criteria,
					       (select address || ' ' || postcode from referral_person p where p.referral_id = r.id and p.position = 0)
					           as address,
					       (select string_agg(given_name, ',' order by position) from referral_person p where p.referral_id = r.id)
					           as people
					from referral r where r.id = :id
					""")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row).containsEntry("referrer_name", "Alex " + name)
			.containsEntry("referrer_phone", "07700 900123")
			.containsEntry("best_time_to_call", "Evenings after 6")
			.containsEntry("consent_to_contact", true)
			.containsEntry("source", "self")
			.containsEntry("criteria", 4L)
			.containsEntry("address", "12 High Street\nBanbury OX16 5QB")
			.containsEntry("people", "Alex,Dale,Jules");

		mvc.perform(ReferralTestData.page("check", draft, "agree", "true"))
			.andExpect(redirectedUrl("/ask-for-support?expired"));
		assertThat(data.referralsNaming(name)).as("sent once").isOne();
	}

	@Test
	void aPageWithoutItsDraftGoesBackToTheStartAndCheckAsksWhatIsMissing() throws Exception {
		mvc.perform(get("/ask-for-support/you")).andExpect(redirectedUrl("/ask-for-support?expired"));
		mvc.perform(get("/ask-for-support/check").cookie(new Cookie(ReferralTestData.DRAFT_COOKIE, "not-a-draft")))
			.andExpect(redirectedUrl("/ask-for-support?expired"));
		mvc.perform(ReferralTestData.page("story", new Cookie(ReferralTestData.DRAFT_COOKIE, "x".repeat(500)), "story",
				"Help"))
			.andExpect(redirectedUrl("/ask-for-support?expired"));
		mvc.perform(get("/ask-for-support").param("expired", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your answers were not kept")));
		var draft = startInBanbury();
		mvc.perform(get("/ask-for-support/check").cookie(draft)).andExpect(redirectedUrl("/ask-for-support/you"));
		mvc.perform(get("/ask-for-support/people/7").cookie(draft)).andExpect(redirectedUrl("/ask-for-support/people"));
		mvc.perform(get("/ask-for-support/people/0").cookie(draft)).andExpect(redirectedUrl("/ask-for-support/people"));
	}

	@Test
	void changeFromCheckYourAnswersGoesBackThere() throws Exception {
		var name = ReferralTestData.familyName();
		var draft = startInBanbury();
		mvc.perform(ReferralTestData.page("you", draft, "givenName", "Sam", "familyName", name, "role", "PARTNER"));
		mvc.perform(ReferralTestData.page("contact", draft, "email", "sam@example.org"));
		mvc.perform(ReferralTestData.page("address", draft));
		mvc.perform(ReferralTestData.page("people/new", draft, "givenName", "Robin", "familyName", name, "role",
				"IN_CUSTODY"));
		mvc.perform(ReferralTestData.page("story", draft, "story", "Robin went to prison."));

		mvc.perform(get("/ask-for-support/contact").param("returnTo", "check").cookie(draft))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/ask-for-support/check\"")))
			.andExpect(content().string(containsString("name=\"returnTo\" value=\"check\"")))
			.andExpect(content().string(containsString("value=\"sam@example.org\"")));
		mvc.perform(ReferralTestData.page("contact", draft, "email", "sam@example.org", "phone", "01632 960000",
				"returnTo", "check"))
			.andExpect(redirectedUrl("/ask-for-support/check"));
		mvc.perform(ReferralTestData.page("people/1", draft, "givenName", "Robyn", "familyName", name, "role",
				"IN_CUSTODY", "returnTo", "check"))
			.andExpect(redirectedUrl("/ask-for-support/check"));
		mvc.perform(ReferralTestData.page("people/new", draft, "givenName", "Ash", "familyName", name, "role", "CHILD",
				"returnTo", "check"))
			.andExpect(redirectedUrl("/ask-for-support/check"));
		mvc.perform(ReferralTestData.page("people/2/remove", draft, "returnTo", "check"))
			.andExpect(redirectedUrl("/ask-for-support/people?returnTo=check"));
		mvc.perform(ReferralTestData.page("you", draft, "givenName", "Sam", "familyName", name, "role", "PARTNER",
				"returnTo", "https://evil.example"))
			.andExpect(redirectedUrl("/ask-for-support/contact"));
		mvc.perform(get("/ask-for-support/check").cookie(draft))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("01632 960000")))
			.andExpect(content().string(containsString("Robyn " + name)))
			.andExpect(content().string(not(containsString("Ash " + name))))
			.andExpect(content().string(containsString("Not given")));
		assertThat(data.referralsNaming(name)).isZero();
	}

	@Test
	void everyQuestionPagesFormCarriesItsCsrfToken() throws Exception {
		var draft = startInBanbury();
		for (var path : List.of("/where", "/you", "/contact", "/address", "/people/new", "/story")) {
			mvc.perform(get("/ask-for-support" + path).cookie(draft))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"_csrf\"")));
		}
		mvc.perform(get("/ask-for-support/where")).andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void theFamilyNeverSeesTheLocalitysCriteria() throws Exception {
		var draft = startInBanbury();
		for (var path : List.of("", "/where", "/you", "/contact", "/address", "/people", "/people/new", "/story")) {
			mvc.perform(get("/ask-for-support" + path).cookie(draft))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("riteria"))))
				.andExpect(content().string(not(containsString("There are children under 18 in the family"))));
		}
	}

	@Test
	void draftsLeftForADayAreNeitherReadNorKept() throws Exception {
		var secret = SelfReferralDrafts.newSecret();
		var answers = new SelfReferralAnswers();
		answers.setGivenName("Old");
		drafts.save(secret, answers);
		assertThat(drafts.find(secret)).isPresent();
		var hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		jdbc.sql("update referral_draft set updated_at = :at where token_hash = :hash")
			.param("at", Timestamp.from(clock.instant().minus(Duration.ofDays(1)).minusSeconds(5)))
			.param("hash", hash)
			.update();
		assertThat(drafts.find(secret)).isEmpty();
		assertThat(drafts.purge()).isPositive();
		assertThat(jdbc.sql("select count(*) from referral_draft where token_hash = :hash")
			.param("hash", hash)
			.query(Long.class)
			.single()).isZero();
	}

}
