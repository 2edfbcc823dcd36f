package org.familymatters.plan;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.familymatters.FamilyMattersApplication;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.support.OwnServices;
import org.familymatters.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.awaitility.Awaitility.await;

/**
 * The e-mail of an action given to an organisation while the mail server was down arrives
 * once after the service restarts, however often the event is delivered again (ADR 0010).
 * Starts its own copies of the service on a database of their own.
 */
@ResourceLock(OwnServices.LOCK)
class ActionEmailAfterRestartTest {

	@TempDir
	static Path directory;

	@Test
	void theEmailOfAnActionAssignedWhileTheMailServerWasDownArrivesOnceAfterARestart() throws Exception {
		var data = directory.resolve("postgres");
		var smtp = freePort();
		String address;
		UUID action;
		try (var first = start(data, smtp)) {
			var plans = first.getBean(PlanFixtures.class);
			var locality = plans.locality("Restart").id();
			var familyMatters = plans.organisation("Family Matters restart", OrganisationType.VOLUNTARY, locality).id();
			var school = plans.organisation("School restart", OrganisationType.SCHOOL, locality).id();
			var practitioner = plans.user(school, Role.AGENCY_PRACTITIONER);
			address = plans.email(practitioner);
			var family = plans.family(locality, plans.user(familyMatters, Role.SUPPORT_WORKER));
			action = plans.action(family, school, practitioner.id(), PlanFixtures.today().plusDays(5));
			plans.assigned(action);
			var jdbc = first.getBean(JdbcClient.class);
			var id = action;
			await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
					select count(*) from event_publication
					where serialized_event like :id and completion_date is null and status = 'FAILED'
					""").param("id", "%" + id + "%").query(Long.class).single() == 1);
		}
		var mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", "smtp"));
		mail.start();
		try (var second = start(data, smtp)) {
			await().atMost(Duration.ofSeconds(60)).until(() -> messagesTo(mail, address).size() == 1);
			second.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(publication -> true);
			second.getBean(PlanFixtures.class).assigned(action);
			var jdbc = second.getBean(JdbcClient.class);
			var id = action;
			await().atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.sql(
						"select count(*) from event_publication where serialized_event like :id and completion_date is null")
					.param("id", "%" + id + "%")
					.query(Long.class)
					.single() == 0);
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(10))
				.until(() -> messagesTo(mail, address).size() == 1);
		}
		finally {
			mail.stop();
		}
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

	private static ConfigurableApplicationContext start(Path dataDirectory, int smtpPort) {
		return new SpringApplicationBuilder(FamilyMattersApplication.class, TestClockConfiguration.class)
			.properties("spring.main.banner-mode=off")
			.run("--server.port=0", "--familymatters.database.embedded.data-directory=" + dataDirectory,
					"--familymatters.courtdesk.reminders.cron=-", "--familymatters.plan.overdue.cron=-",
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
					"--familymatters.events.retry-interval=PT1H",
					// The e-mail's link needs the service's address, which with port 0
					// is known only once the web server has started: after the restart
					// has republished the outstanding events.
					"--familymatters.public-url=http://localhost:8080");
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
