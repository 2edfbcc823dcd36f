package org.familymatters.courtdesk;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day before a shift the volunteer is reminded by e-mail, through a real SMTP server
 * (GreenMail): once, however often the job runs; never for a cancelled session; never
 * without an address. A failed send is tried again on the next run.
 */
@IntegrationTest
class ShiftRemindersTest {

	/** The port application-test.properties gives spring.mail.port. */
	static final int SMTP_PORT = 3925;

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	@Autowired
	ShiftReminders reminders;

	@Autowired
	RotaTestData data;

	@Autowired
	JdbcClient jdbc;

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

	@Test
	void eachVolunteerIsRemindedOnceTheDayBefore() throws Exception {
		var address = "volunteer-" + UUID.randomUUID() + "@example.org";
		var volunteer = data.volunteerAt(Courts.READING, address);
		var tomorrow = RotaTestData.today().plusDays(1);
		var session = data.session(Courts.READING, tomorrow, java.time.LocalTime.of(9, 30),
				java.time.LocalTime.of(13, 0), 5);
		data.signUp(session, volunteer.id());

		reminders.sendFor(tomorrow);
		reminders.sendFor(tomorrow);

		var received = to(address);
		assertThat(received).hasSize(1);
		var message = received.get(0);
		assertThat(message.getSubject()).isEqualTo("Your court desk shift tomorrow: Reading Crown Court, 09:30");
		var body = GreenMailUtil.getBody(message);
		assertThat(body).contains("Reading Crown Court").contains("09:30 to 13:00").contains(volunteer.displayName());
		assertThat(reminded(session, volunteer.id())).isTrue();
	}

	@Test
	void noReminderForACancelledSessionOrAVolunteerWithoutAnAddress() throws Exception {
		var address = "cancelled-" + UUID.randomUUID() + "@example.org";
		var withAddress = data.volunteerAt(Courts.OXFORD, address);
		var withoutAddress = data.volunteerAt(Courts.OXFORD);
		var tomorrow = RotaTestData.today().plusDays(1);
		var cancelled = data.session(Courts.OXFORD, tomorrow, java.time.LocalTime.of(14, 0),
				java.time.LocalTime.of(16, 0), 5);
		var on = data.session(Courts.OXFORD, tomorrow, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0), 5);
		data.signUp(cancelled, withAddress.id());
		data.signUp(on, withoutAddress.id());
		data.cancel(cancelled);

		reminders.sendFor(tomorrow);

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

		reminders.sendFor(RotaTestData.today().plusDays(1));

		assertThat(to(address)).isEmpty();
		assertThat(reminded(session, volunteer.id())).isFalse();
	}

	@Test
	void aFailedSendIsTriedAgainNextRun() throws Exception {
		var address = "retry-" + UUID.randomUUID() + "@example.org";
		var volunteer = data.volunteerAt(Courts.AYLESBURY, address);
		var day = RotaTestData.today().plusDays(1);
		var session = data.session(Courts.AYLESBURY, day, java.time.LocalTime.of(10, 0), java.time.LocalTime.of(12, 0),
				5);
		data.signUp(session, volunteer.id());

		mail.stop();
		try {
			var run = reminders.sendFor(day);
			assertThat(run.failed()).isPositive();
			assertThat(reminded(session, volunteer.id())).isFalse();
		}
		finally {
			mail.start();
		}

		reminders.sendFor(day);
		assertThat(to(address)).hasSize(1);
		assertThat(reminded(session, volunteer.id())).isTrue();
	}

}
