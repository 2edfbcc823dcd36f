package org.familymatters.courtdesk;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.ShiftReminderDue;
import org.familymatters.courtdesk.internal.ShiftReminders;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.PublicAddress;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestClock;
import org.familymatters.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The day before a shift the volunteer is reminded by e-mail, through a real SMTP server
 * (GreenMail): once, however often the job runs and however often its event is delivered;
 * never for a cancelled session; never without an address. The job queues each reminder
 * as an event, and the e-mail is sent after its commit: when the mail server is down the
 * event is kept and the reminder arrives once after a retry. The job counts "tomorrow" by
 * the service's clock. Isolated: one case sets the clock.
 */
@IntegrationTest
@ResourceLock(TestMailServer.LOCK)
@Isolated
class ShiftRemindersTest {

	/** The port application-test.properties gives spring.mail.port. */

	/** Long enough for an e-mail sent after a commit to arrive. */
	static final Duration ARRIVES = Duration.ofSeconds(20);

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	@Autowired
	ShiftReminders reminders;

	@Autowired
	RotaTestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FailedEventPublications failed;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TestClock clock;

	@Autowired
	PublicAddress publicAddress;

	private List<MimeMessage> to(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(address::equals);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private boolean reminded(UUID session, UUID volunteer) {
		return jdbc
			.sql("""
					select reminder_sent_at is not null from court_desk_shift where session_id = :session and volunteer_id = :volunteer
					""")
			.param("session", session)
			.param("volunteer", volunteer)
			.query(Boolean.class)
			.single();
	}

	/** The e-mails to an address, once the shift is marked reminded and one arrived. */
	private List<MimeMessage> arrived(String address, ShiftReminderDue due) {
		await().atMost(ARRIVES).until(() -> reminded(due.sessionId(), due.volunteerId()) && !to(address).isEmpty());
		return to(address);
	}

	/**
	 * The publications of a shift's reminder event with a status: PUBLISHED, FAILED,
	 * COMPLETED…
	 */
	private long publications(ShiftReminderDue due, String status) {
		return jdbc.sql("""
				select count(*) from event_publication
				where event_type = :type and serialized_event like :session and serialized_event like :volunteer
				  and status = :status
				""")
			.param("type", ShiftReminderDue.class.getName())
			.param("session", "%" + due.sessionId() + "%")
			.param("volunteer", "%" + due.volunteerId() + "%")
			.param("status", status)
			.query(Long.class)
			.single();
	}

	@Test
	void eachVolunteerIsRemindedOnceTheDayBefore() throws Exception {
		var address = "volunteer-" + UUID.randomUUID() + "@example.org";
		var volunteer = data.volunteerAt(Courts.READING, address);
		var tomorrow = RotaTestData.today().plusDays(1);
		var session = data.session(Courts.READING, tomorrow, LocalTime.of(9, 30), LocalTime.of(13, 0), 5);
		data.signUp(session, volunteer.id());
		var due = new ShiftReminderDue(session, volunteer.id());

		assertThat(reminders.remindFor(tomorrow).queued()).contains(due);
		assertThat(reminders.remindFor(tomorrow).queued()).doesNotContain(due);

		var received = arrived(address, due);
		assertThat(received).hasSize(1);
		var message = received.get(0);
		assertThat(message.getSubject()).isEqualTo("Your court desk shift tomorrow: Reading Crown Court, 09:30");
		var body = GreenMailUtil.getBody(message);
		assertThat(body).contains("Reading Crown Court").contains("09:30 to 13:00").contains(volunteer.displayName());
		assertThat(body).as("the link is to the service's own address, at the port it runs on")
			.contains(publicAddress.link("/court-desk/shifts"));
		assertThat(reminded(session, volunteer.id())).isTrue();
	}

	@Test
	void noReminderForACancelledSessionOrAVolunteerWithoutAnAddress() throws Exception {
		var address = "cancelled-" + UUID.randomUUID() + "@example.org";
		var withAddress = data.volunteerAt(Courts.OXFORD, address);
		var withoutAddress = data.volunteerAt(Courts.OXFORD);
		var tomorrow = RotaTestData.today().plusDays(1);
		var cancelled = data.session(Courts.OXFORD, tomorrow, LocalTime.of(14, 0), LocalTime.of(16, 0), 5);
		var on = data.session(Courts.OXFORD, tomorrow, LocalTime.of(9, 0), LocalTime.of(12, 0), 5);
		data.signUp(cancelled, withAddress.id());
		data.signUp(on, withoutAddress.id());
		data.cancel(cancelled);

		var run = reminders.remindFor(tomorrow);

		assertThat(run.queued()).doesNotContain(new ShiftReminderDue(cancelled, withAddress.id()),
				new ShiftReminderDue(on, withoutAddress.id()));
		assertThat(to(address)).isEmpty();
		assertThat(reminded(cancelled, withAddress.id())).isFalse();
		assertThat(reminded(on, withoutAddress.id())).isFalse();
	}

	@Test
	void aShiftOnAnotherDayIsNotRemindedYet() throws Exception {
		var address = "later-" + UUID.randomUUID() + "@example.org";
		var volunteer = data.volunteerAt(Courts.READING, address);
		var session = data.sessionIn(Courts.READING, 3, 5);
		data.signUp(session, volunteer.id());

		var run = reminders.remindFor(RotaTestData.today().plusDays(1));

		assertThat(run.queued()).doesNotContain(new ShiftReminderDue(session, volunteer.id()));
		assertThat(to(address)).isEmpty();
		assertThat(reminded(session, volunteer.id())).isFalse();
	}

	@Test
	void whenTheMailServerIsDownTheReminderArrivesOnceAfterARetry() throws Exception {
		var address = "retry-" + UUID.randomUUID() + "@example.org";
		var volunteer = data.volunteerAt(Courts.AYLESBURY, address);
		var day = RotaTestData.today().plusDays(1);
		var session = data.session(Courts.AYLESBURY, day, LocalTime.of(10, 0), LocalTime.of(12, 0), 5);
		data.signUp(session, volunteer.id());
		var due = new ShiftReminderDue(session, volunteer.id());

		mail.stop();
		try {
			assertThat(reminders.remindFor(day).queued()).contains(due);
			// The send fails after the commit; the event is kept, marked failed.
			await().atMost(ARRIVES).until(() -> publications(due, "FAILED") == 1);
			assertThat(reminded(session, volunteer.id())).isFalse();
		}
		finally {
			mail.start();
		}
		// The job has queued it: running again queues nothing more.
		assertThat(reminders.remindFor(day).queued()).doesNotContain(due);

		// The registry tries the failed event again (every minute in service).
		failed.resubmit(
				ResubmissionOptions.defaults().withMinAge(Duration.ZERO).withFilter(p -> due.equals(p.getEvent())));
		assertThat(arrived(address, due)).hasSize(1);
		await().atMost(ARRIVES).until(() -> publications(due, "COMPLETED") == 1);

		// Delivered again (as after a restart before it was marked done): nothing more is
		// sent.
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(due));
		await().atMost(ARRIVES).until(() -> publications(due, "COMPLETED") == 2);
		assertThat(to(address)).hasSize(1);
		assertThat(publications(due, "FAILED") + publications(due, "PUBLISHED")).isZero();
	}

	@Test
	void theJobCountsTomorrowByTheServicesClock() throws Exception {
		var address = "clock-" + UUID.randomUUID() + "@example.org";
		var volunteer = data.volunteerAt(Courts.READING, address);
		// A day no other test uses.
		var day = RotaTestData.today().plusDays(400);
		var session = data.session(Courts.READING, day, LocalTime.of(9, 30), LocalTime.of(13, 0), 5);
		data.signUp(session, volunteer.id());

		clock.set(day.minusDays(1).atTime(18, 0).atZone(ServiceTime.ZONE));
		try {
			reminders.remindOfTomorrow();
		}
		finally {
			clock.reset();
		}

		var received = arrived(address, new ShiftReminderDue(session, volunteer.id()));
		assertThat(received).hasSize(1);
		assertThat(GreenMailUtil.getBody(received.get(0))).contains("09:30 to 13:00");
	}

}
