package org.familymatters.identity;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import jakarta.servlet.http.Cookie;
import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.support.Browserless;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Optional two-step sign-in (issue 12, item 2; RFC 6238): set up on the account page from
 * a QR code (or the key as text), then after the password a code from the app, each
 * accepted once, or a recovery code, each working once; until then the person holds no
 * role; turned off with their password. Isolated: the cases set the clock.
 */
@IntegrationTest
@Isolated
class TwoStepSignInTest {

	private static final Pattern KEY = Pattern.compile("id=\"two-step-key\">([A-Z2-7 ]+)<");

	private static final Pattern RECOVERY = Pattern
		.compile("<li>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</li>");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	AuditSearch audit;

	@Autowired
	IdentityFixtures fixtures;

	private long now;

	@BeforeEach
	void stopTheClock() {
		now = Instant.parse("2026-12-08T09:00:00Z").getEpochSecond();
		clock.set(Instant.ofEpochSecond(now));
	}

	@AfterEach
	void restartTheClock() {
		clock.reset();
	}

	private void nextCode() {
		now += 30;
		clock.set(Instant.ofEpochSecond(now));
	}

	static String code(String key, long epochSecond) throws Exception {
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(key, epochSecond / 30);
	}

	/** Sets up two-step sign-in through the pages; the key and the recovery codes. */
	static SetUp setUp(MockMvc mvc, Cookie session, long now) throws Exception {
		var page = mvc.perform(get("/account/two-step/set-up").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("src=\"data:image/png;base64,")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = KEY.matcher(page);
		assertThat(matcher.find()).as("the key is shown as text too").isTrue();
		var key = matcher.group(1).replace(" ", "");
		mvc.perform(post("/account/two-step/set-up").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the 6-digit code your authenticator app shows now")));
		var done = mvc
			.perform(post("/account/two-step/set-up").cookie(session).with(csrf()).param("code", code(key, now)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Two-step sign-in is on")))
			.andReturn()
			.getResponse();
		var codes = RECOVERY.matcher(done.getContentAsString()).results().map(match -> match.group(1)).toList();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		var renewed = done.getCookie(Browserless.SESSION_COOKIE);
		return new SetUp(key, codes, (renewed != null) ? renewed : session);
	}

	@Test
	void aCodeFromTheAppAfterThePasswordEachOnceAndRecoveryCodesEachOnce() throws Exception {
		var member = fixtures.member(Role.MANAGER);
		var first = Browserless.signIn(mvc, member.username(), IdentityFixtures.CHOSEN_PASSWORD);
		assertThat(first.redirectedTo()).isEqualTo("/home");
		var setUp = setUp(mvc, first.cookie(), now);

		var signIn = Browserless.signIn(mvc, member.username(), IdentityFixtures.CHOSEN_PASSWORD);
		assertThat(signIn.redirectedTo()).isEqualTo("/sign-in/two-step");
		var session = signIn.cookie();
		mvc.perform(get("/home").cookie(session)).andExpect(redirectedUrl("/sign-in/two-step"));
		mvc.perform(get("/court-desk/statistics").cookie(session)).andExpect(redirectedUrl("/sign-in/two-step"));
		mvc.perform(get("/sign-in/two-step").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the code from your authenticator app")));

		// The code that turned it on is not taken again.
		mvc.perform(post("/sign-in/two-step").cookie(session).with(csrf()).param("code", code(setUp.key(), now)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the 6-digit code your authenticator app shows now")));
		nextCode();
		var fresh = code(setUp.key(), now);
		var passed = mvc.perform(post("/sign-in/two-step").cookie(session).with(csrf()).param("code", fresh))
			.andExpect(redirectedUrl("/home"))
			.andReturn();
		var signedIn = passed.getResponse().getCookie(Browserless.SESSION_COOKIE);
		var cookie = (signedIn != null) ? signedIn : session;
		mvc.perform(get("/home").cookie(cookie)).andExpect(status().isOk());
		mvc.perform(get("/court-desk/statistics").cookie(cookie)).andExpect(status().isOk());

		// The same code in another session is refused.
		var again = Browserless.signIn(mvc, member.username(), IdentityFixtures.CHOSEN_PASSWORD).cookie();
		mvc.perform(post("/sign-in/two-step").cookie(again).with(csrf()).param("code", fresh))
			.andExpect(status().isOk());
		// A recovery code works, once, typed in capitals with spaces.
		var recovery = setUp.recoveryCodes().get(0);
		mvc.perform(post("/sign-in/two-step").cookie(again)
			.with(csrf())
			.param("code", recovery.toUpperCase().replace("-", " "))).andExpect(redirectedUrl("/home"));
		var third = Browserless.signIn(mvc, member.username(), IdentityFixtures.CHOSEN_PASSWORD).cookie();
		mvc.perform(post("/sign-in/two-step").cookie(third).with(csrf()).param("code", recovery))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("one of your recovery codes")));

		assertThat(audit
			.search(new AuditQuery(member.username(), "TWO_STEP_PASSED", "user", member.id().toString(), null, null, 1,
					10))
			.items()).extracting(event -> event.outcome()).contains("ALLOWED", "REFUSED");
	}

	@Test
	void twoStepSignInIsTurnedOffWithThePassword() throws Exception {
		var member = fixtures.member(Role.VOLUNTEER);
		var session = Browserless.signIn(mvc, member.username(), IdentityFixtures.CHOSEN_PASSWORD).cookie();
		setUp(mvc, session, now);
		mvc.perform(get("/account/two-step").cookie(session))
			.andExpect(content().string(containsString("Two-step sign-in is on. You have")));
		mvc.perform(post("/account/two-step/turn-off").cookie(session).with(csrf()).param("password", "wrong one"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your password is not correct")));
		mvc.perform(post("/account/two-step/turn-off").cookie(session)
			.with(csrf())
			.param("password", IdentityFixtures.CHOSEN_PASSWORD)).andExpect(redirectedUrl("/account/two-step"));
		assertThat(Browserless.signIn(mvc, member.username(), IdentityFixtures.CHOSEN_PASSWORD).redirectedTo())
			.isEqualTo("/home");
	}

	@Test
	void wrongCodesCountAsFailedSignInsAndBringTheWait() throws Exception {
		var member = fixtures.member(Role.MANAGER);
		var session = Browserless.signIn(mvc, member.username(), IdentityFixtures.CHOSEN_PASSWORD).cookie();
		var setUp = setUp(mvc, session, now);
		var pending = Browserless.signIn(mvc, member.username(), IdentityFixtures.CHOSEN_PASSWORD).cookie();
		for (int wrong = 0; wrong < 5; wrong++) {
			mvc.perform(post("/sign-in/two-step").cookie(pending).with(csrf()).param("code", "000000"))
				.andExpect(status().isOk());
		}
		// The next attempt, at once, is not even checked.
		mvc.perform(post("/sign-in/two-step").cookie(pending)
			.with(csrf())
			.param("code", code(setUp.key(), now))
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("was not checked")));
	}

	/**
	 * What setting up gave: the key, the recovery codes, and the session (its id renewed
	 * when setting up completed signing in).
	 */
	record SetUp(String key, List<String> recoveryCodes, Cookie session) {
	}

}
