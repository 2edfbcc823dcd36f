package org.familymatters.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.support.Browserless;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.PasswordChecks;
import org.familymatters.support.TestClock;
import org.familymatters.support.TestMailServer;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Sign-in protection (issue 12, item 2; OWASP ASVS V2): failures per username and per
 * address bring growing waits, then a lock the user is e-mailed about and an
 * administrator can end; an attempt that must wait, or comes during the lock, is refused
 * before its password is hashed, even the right one; the words say what happened and when
 * to try again, the same whether the username exists or not. One-time passwords expire
 * (item 4). Isolated: the cases set the clock.
 */
@IntegrationTest
@Isolated
class SignInProtectionTest {

	/**
	 * The waits, in seconds, after each of the first nine failures with the default
	 * settings: five free, then 1 s doubling.
	 */
	static final long[] WAITS = { 0, 0, 0, 0, 1, 2, 4, 8, 16 };

	static final String WRONG = "not the password at all";

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AuditSearch audit;

	@Autowired
	IdentityFixtures fixtures;

	private Instant now;

	@BeforeEach
	void stopTheClock() {
		now = Instant.parse("2026-12-07T10:00:00Z");
		clock.set(now);
	}

	@AfterEach
	void restartTheClock() {
		clock.reset();
	}

	private void later(long seconds) {
		now = now.plusSeconds(seconds);
		clock.set(now);
	}

	/** One sign-in attempt; how many passwords it hashed, and the page it led to. */
	private Attempt attempt(String username, String password, String address) throws Exception {
		int before = PasswordChecks.onThisThread();
		var result = mvc
			.perform(post("/sign-in").param("username", username)
				.param("password", password)
				.with(csrf())
				.with(from(address)))
			.andReturn();
		int hashed = PasswordChecks.onThisThread() - before;
		var redirected = result.getResponse().getRedirectedUrl();
		String page = null;
		if ("/sign-in?error".equals(redirected)) {
			page = mvc.perform(get("/sign-in?error").cookie(Browserless.sessionCookie(result)))
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		return new Attempt(hashed, redirected, page);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void theEleventhWrongPasswordInAMinuteIsRefusedBeforeHashingAndDuringTheLockEvenTheRightOne() throws Exception {
		var member = fixtures.member(Role.VOLUNTEER);
		var account = accounts.findById(member.id()).orElseThrow();
		var email = member.username() + "@example.org";
		accounts.save(account.withDetails(account.displayName(), email, account.organisationId(), account.roles()));
		var started = now;

		for (int failure = 1; failure <= 10; failure++) {
			var attempt = attempt(member.username(), WRONG, "127.0.0.1");
			assertThat(attempt.hashed()).as("failure %d was checked", failure).isPositive();
			assertThat(attempt.redirectedTo()).isEqualTo("/sign-in?error");
			if (failure == 5) {
				var tooSoon = attempt(member.username(), IdentityFixtures.CHOSEN_PASSWORD, "127.0.0.1");
				assertThat(tooSoon.hashed()).as("an attempt that must wait is not hashed").isZero();
				assertThat(tooSoon.page()).contains("There have been several failed attempts to sign in")
					.contains("Wait until 10:00:01");
			}
			if (failure < 10) {
				later(WAITS[failure - 1]);
			}
		}
		assertThat(Duration.between(started, now)).as("ten failures within a minute").isLessThan(Duration.ofMinutes(1));

		var eleventh = attempt(member.username(), WRONG, "127.0.0.1");
		assertThat(eleventh.hashed()).as("the eleventh wrong password is refused before hashing").isZero();
		assertThat(eleventh.page()).contains("too many failed attempts to sign in with this username")
			.contains("locked until 10:15")
			.doesNotContain("does not exist");
		var right = attempt(member.username(), IdentityFixtures.CHOSEN_PASSWORD, "127.0.0.1");
		assertThat(right.hashed()).as("during the lock even the right password is not looked at").isZero();
		assertThat(right.redirectedTo()).isEqualTo("/sign-in?error");

		// The user is told by e-mail, once the lock is committed.
		await().atMost(Duration.ofSeconds(20)).until(() -> !to(email).isEmpty());
		assertThat(GreenMailUtil.getBody(to(email).get(0))).contains("locked until 10:15")
			.contains("tell your administrator");
		assertThat(events("SIGN_IN_LOCKED", member)).hasSize(1);

		// An administrator sees the lock on the user's page and ends it.
		var admin = fixtures.staff(Role.ADMINISTRATOR);
		mvc.perform(get("/admin/users/{id}", member.id()).with(IdentityFixtures.as(admin)))
			.andExpect(content().string(containsString("Locked after repeated failed attempts, until 10:15")))
			.andExpect(content().string(containsString("Unlock signing in")));
		mvc.perform(post("/admin/users/{id}/unlock", member.id()).with(IdentityFixtures.as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + member.id()));
		assertThat(attempt(member.username(), IdentityFixtures.CHOSEN_PASSWORD, "127.0.0.1").redirectedTo())
			.isEqualTo("/home");
		assertThat(audit
			.search(new AuditQuery(admin.username(), "SIGN_IN_UNLOCKED", "user", member.id().toString(), null, null, 1,
					10))
			.items()).hasSize(1);
	}

	@Test
	void aUsernameThatDoesNotExistIsAnsweredInTheSameWords() throws Exception {
		var nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		for (int failure = 1; failure <= 10; failure++) {
			assertThat(attempt(nobody, WRONG, "127.0.0.1").redirectedTo()).isEqualTo("/sign-in?error");
			if (failure < 10) {
				later(WAITS[failure - 1]);
			}
		}
		var refused = attempt(nobody, WRONG, "127.0.0.1");
		assertThat(refused.hashed()).isZero();
		assertThat(refused.page()).contains("too many failed attempts to sign in with this username")
			.contains("locked until");
	}

	@Test
	void failuresFromOneAddressSlowThatAddressWhateverTheUsername() throws Exception {
		var member = fixtures.member(Role.MANAGER);
		var address = "198.51.100.77";
		for (int failure = 1; failure <= 20; failure++) {
			var attempt = attempt("sprayed-" + UUID.randomUUID().toString().substring(0, 8), WRONG, address);
			assertThat(attempt.hashed()).as("failure %d was checked", failure).isPositive();
		}
		var refused = attempt(member.username(), IdentityFixtures.CHOSEN_PASSWORD, address);
		assertThat(refused.hashed()).as("refused before hashing").isZero();
		assertThat(refused.page()).contains("Wait until 10:00:01");
		assertThat(attempt(member.username(), IdentityFixtures.CHOSEN_PASSWORD, "198.51.100.78").redirectedTo())
			.as("another address is not slowed")
			.isEqualTo("/home");
		later(1);
		assertThat(attempt(member.username(), IdentityFixtures.CHOSEN_PASSWORD, address).redirectedTo())
			.isEqualTo("/home");
	}

	@Test
	void anExpiredOneTimePasswordIsRefusedWithWordsThatSayToAskAnAdministrator() throws Exception {
		var created = users.create(Role.VOLUNTEER);
		var account = created.account();
		assertThat(Duration.between(account.createdAt(), account.oneTimePasswordExpiresAt()))
			.isEqualTo(Duration.ofHours(72));
		later(Duration.ofHours(72).toSeconds());
		var expired = attempt(account.username(), created.oneTimePassword(), "127.0.0.1");
		assertThat(expired.redirectedTo()).isEqualTo("/sign-in?error");
		assertThat(expired.page())
			.contains("Your one-time password has expired. Ask your administrator for a new one.");

		// A wrong password says nothing of the expiry.
		assertThat(attempt(account.username(), WRONG, "127.0.0.1").page()).doesNotContain("expired");

		// The first administrator's lasts 24 hours.
		var first = accounts.findByUsername("admin").orElseThrow();
		assertThat(first.mustChangePassword()).isTrue();
		assertThat(Duration.between(first.createdAt(), first.oneTimePasswordExpiresAt()))
			.isEqualTo(Duration.ofHours(24));
	}

	@Test
	void aResetOneTimePasswordLastsSeventyTwoHours() throws Exception {
		var member = fixtures.member(Role.MANAGER);
		var admin = fixtures.staff(Role.ADMINISTRATOR);
		var reset = mvc
			.perform(
					post("/admin/users/{id}/reset-password", member.id()).with(IdentityFixtures.as(admin)).with(csrf()))
			.andReturn();
		var password = (String) reset.getFlashMap().get("oneTimePassword");
		assertThat(accounts.findById(member.id()).orElseThrow().oneTimePasswordExpiresAt())
			.isEqualTo(now.plus(Duration.ofHours(72)));
		later(Duration.ofHours(71).toSeconds());
		assertThat(attempt(member.username(), password, "127.0.0.1").redirectedTo()).isEqualTo("/account/password");
		later(Duration.ofHours(1).toSeconds());
		assertThat(attempt(member.username(), password, "127.0.0.1").page()).contains("has expired");
	}

	private java.util.List<MimeMessage> to(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(recipient -> recipient.toString().contains(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

	private java.util.List<org.familymatters.audit.internal.AuditEvent> events(String action, StaffPrincipal user) {
		return audit.search(new AuditQuery(null, action, "user", user.id().toString(), null, null, 1, 10)).items();
	}

	/** What an attempt cost and where it led: the sign-in page's text after a failure. */
	record Attempt(int hashed, String redirectedTo, String page) {
	}

}
