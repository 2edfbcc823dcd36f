package org.familymatters.referral;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.familymatters.FamilyMattersApplication;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.referral.internal.ReferralDecided;
import org.familymatters.support.OwnServices;
import org.familymatters.support.TestClock;
import org.familymatters.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After-commit work is never lost (ADR 0010): the decision e-mail (and the e-mail telling
 * an organisation an action of a family's plan is theirs) is sent by a listener of the
 * deciding transaction's event, which the service keeps until the e-mail is sent. These
 * tests start their own copies of the service, on a database of their own, with the SMTP
 * port pointing where nothing listens when the decision is made: the e-mail arrives once
 * the mail server is up, after a restart or at the next retry, and only once, however
 * often the event is delivered again.
 */
class DecisionEmailAfterRestartTest {

	/**
	 * The service's database, kept between the tests (each makes its own referral and
	 * address), so that it is created once.
	 */
	@TempDir
	static Path directory;

	@Test
	void theEmailsOfADecisionAndOfAnActionMadeWhileTheMailServerWasDownArriveOnceAfterARestart() throws Exception {
		var data = directory.resolve("postgres");
		var smtp = freePort();
		var address = "restart-" + UUID.randomUUID() + "@example.org";
		UUID referral;
		UUID action;
		String owner;
		// Retries an hour apart: only the restart can deliver the e-mails in this test.
		try (var first = start(data, smtp, "PT1H")) {
			referral = decideWhileTheMailServerIsDown(first, address);
			var plans = first.getBean(PlanFixtures.class);
			var locality = plans.locality("Restart").id();
			var familyMatters = plans.organisation("Family Matters restart", OrganisationType.VOLUNTARY, locality).id();
			var school = plans.organisation("School restart", OrganisationType.SCHOOL, locality).id();
			var practitioner = plans.user(school, Role.AGENCY_PRACTITIONER);
			owner = plans.email(practitioner);
			var family = plans.family(locality, plans.user(familyMatters, Role.SUPPORT_WORKER));
			action = plans.action(family, school, practitioner.id(), PlanFixtures.today().plusDays(5));
			plans.assigned(action);
			var jdbc = first.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(30)).until(() -> failed(jdbc, action) == 1);
		}
		var mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", "smtp"));
		mail.start();
		try (var second = start(data, smtp, "PT1H")) {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> messagesTo(mail, address).size() == 1 && messagesTo(mail, owner).size() == 1);
			var text = GreenMailUtil.getBody(messagesTo(mail, address).get(0));
			assertThat(text).contains("Decision: we cannot offer support").doesNotContain("Quinnell");

			// Forced again: every incomplete publication resubmitted, and each event
			// delivered a second time. The listeners see the e-mails were sent.
			second.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(publication -> true);
			second.getBean(FailedEventPublications.class).resubmit(ResubmissionOptions.defaults());
			second.getBean(TransactionTemplate.class)
				.executeWithoutResult(status -> second.publishEvent(new ReferralDecided(referral)));
			second.getBean(PlanFixtures.class).assigned(action);
			var jdbc = second.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> incomplete(jdbc, referral) == 0 && incomplete(jdbc, action) == 0);
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(10))
				.until(() -> messagesTo(mail, address).size() == 1 && messagesTo(mail, owner).size() == 1);
			assertThat(jdbc.sql("select decision_emailed_at is not null from referral where id = :id")
				.param("id", referral)
				.query(Boolean.class)
				.single()).isTrue();
		}
		finally {
			mail.stop();
		}
	}

	@Test
	void aFailedEmailIsSentAgainAtTheNextRetryWithoutARestart() throws Exception {
		var smtp = freePort();
		var address = "retry-" + UUID.randomUUID() + "@example.org";
		// Retries every second; a failure is retried once it is half a minute old, so the
		// clock is moved on rather than waited for.
		try (var service = start(directory.resolve("postgres"), smtp, "PT1S")) {
			var referral = decideWhileTheMailServerIsDown(service, address);
			var mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", "smtp"));
			mail.start();
			try {
				service.getBean(TestClock.class).set(Instant.now().plus(Duration.ofMinutes(1)));
				await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(mail, address).size() == 1);
				var jdbc = service.getBean(JdbcClient.class);
				await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(jdbc, referral) == 0);
				await().during(Duration.ofSeconds(3))
					.atMost(Duration.ofSeconds(10))
					.until(() -> messagesTo(mail, address).size() == 1);
			}
			finally {
				mail.stop();
			}
		}
	}

	/**
	 * A member of the public asks for support, giving an e-mail address; a support worker
	 * of the locality declines it while nothing listens on the SMTP port. The support
	 * worker is told the referrer will be e-mailed; the listener's attempt fails, and the
	 * event is kept.
	 */
	private static UUID decideWhileTheMailServerIsDown(ConfigurableApplicationContext service, String address)
			throws Exception {
		var mvc = mvc(service);
		var data = service.getBean(ReferralTestData.class);
		var name = "Quinnell" + UUID.randomUUID().toString().substring(0, 6);
		data.askForSupport(mvc, new ReferralTestData.SelfRequest("Banbury", "Sam", name, "PARENT_OR_CARER", null,
				address, null, null, null, null, List.of(), "My partner went to prison."))
			.andExpect(status().is3xxRedirection());
		var referral = data.referralNaming(name);
		var support = data.asSupportWorker("Banbury");
		mvc.perform(post("/referrals/" + referral + "/decline").param("version", String.valueOf(data.version(referral)))
			.param("declineReason", "Already supported by " + name)
			.with(support)
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("mailFailed", false));
		var jdbc = service.getBean(JdbcClient.class);
		await().atMost(Duration.ofSeconds(30)).until(() -> failed(jdbc, referral) == 1);
		return referral;
	}

	/** How many publications of events about a record (a referral, an action) failed. */
	private static long failed(JdbcClient jdbc, UUID record) {
		return jdbc.sql("""
				select count(*) from event_publication
				where serialized_event like :id and completion_date is null and status = 'FAILED'
				""").param("id", "%" + record + "%").query(Long.class).single();
	}

	/** How many publications of events about a record are not complete. */
	private static long incomplete(JdbcClient jdbc, UUID record) {
		return jdbc
			.sql("select count(*) from event_publication where serialized_event like :id and completion_date is null")
			.param("id", "%" + record + "%")
			.query(Long.class)
			.single();
	}

	private static List<MimeMessage> messagesTo(GreenMail mail, String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static MockMvc mvc(ConfigurableApplicationContext service) {
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) service).apply(springSecurity()).build();
	}

	/**
	 * Starts the service as its run command does, on its own database in
	 * {@code dataDirectory}, sending mail to the loopback interface's {@code smtpPort},
	 * retrying failed events every {@code retryInterval}. Its clock is a
	 * {@link TestClock}.
	 */
	private static ConfigurableApplicationContext start(Path dataDirectory, int smtpPort, String retryInterval) {
		// With the demo data: its two administrators create and approve the test's
		// support
		// worker, as in the shared test context.
		return OwnServices.builder(FamilyMattersApplication.class, TestClockConfiguration.class)
			.run("--server.port=0", "--familymatters.database.embedded.data-directory=" + dataDirectory,
					"--familymatters.courtdesk.reminders.cron=-", "--familymatters.plan.overdue.cron=-",
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
					"--familymatters.events.retry-interval=" + retryInterval,
					// An e-mail's link needs the service's address, which with port 0
					// is known only once the web server has started: after the restart
					// has republished the outstanding events.
					"--familymatters.public-url=http://localhost:8080");
	}

	/**
	 * A port on the loopback interface that nothing listens on (until GreenMail does).
	 */
	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
