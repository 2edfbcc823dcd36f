package org.familymatters.training;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestMailServer;
import org.familymatters.training.internal.BookingInvitation;
import org.familymatters.training.internal.BookingMailDue;
import org.familymatters.training.internal.BookingReminders;
import org.familymatters.training.internal.SessionChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The e-mails about a booking reach whoever booked through a real SMTP server
 * (GreenMail), each once: the confirmation with the joining instructions and the
 * invitation (parsed back with ical4j), the waiting list with its number, the place
 * offered to the first waiting when someone cancels, the reminder two days before (the
 * job run at a fixed time), and the update and cancellation when a session changes. Each
 * e-mail's own link opens the booking.
 */
@IntegrationTest
@ResourceLock(TestMailServer.LOCK)
class BookingMailTest {

	static final Duration ARRIVES = Duration.ofSeconds(20);

	private static final Pattern LINK = Pattern.compile("https?://\\S+(/training/bookings/[A-Za-z0-9_-]{43})");

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	@Autowired
	MockMvc mvc;

	@Autowired
	TrainingFixtures training;

	@Autowired
	BookingReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	private final LocalDate day = LocalDate.now(ServiceTime.ZONE).plusDays(30);

	private Instant startsAt() {
		return ZonedDateTime.of(day, LocalTime.of(10, 0), ServiceTime.ZONE).toInstant();
	}

	private UUID session(int capacity) {
		var trainer = training.trainer();
		return training.session(training.course("WORKSHOP", trainer), day, capacity, null, trainer);
	}

	private List<MimeMessage> to(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(address::equalsIgnoreCase);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private List<MimeMessage> arrived(String address, int count) {
		await().atMost(ARRIVES).until(() -> to(address).size() >= count);
		return to(address);
	}

	private static List<Part> parts(Part part) throws MessagingException, IOException {
		var parts = new ArrayList<Part>();
		parts.add(part);
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				parts.addAll(parts(multipart.getBodyPart(i)));
			}
		}
		return parts;
	}

	private static String part(MimeMessage message, String type) throws Exception {
		for (var part : parts(message)) {
			if (part.isMimeType(type) && !part.isMimeType("multipart/*")) {
				return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	private static String text(MimeMessage message) throws Exception {
		var text = part(message, "text/plain");
		return (text != null) ? text : GreenMailUtil.getBody(message);
	}

	private static VEvent event(MimeMessage message) throws Exception {
		var ics = part(message, "text/calendar");
		assertThat(ics).as("the calendar attachment").isNotNull();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		return calendar.<VEvent>getComponents("VEVENT").get(0);
	}

	private static String method(MimeMessage message) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(part(message, "text/calendar")));
		return calendar.getProperty("METHOD").map(Property::getValue).orElse(null);
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElse(null);
	}

	private static String utc(Instant instant) {
		return instant.toString().replace("-", "").replace(":", "");
	}

	/** The booking's path in the e-mail's link. */
	private static String link(MimeMessage message) throws Exception {
		var matcher = LINK.matcher(text(message));
		assertThat(matcher.find()).as("a link to the booking").isTrue();
		return matcher.group(1);
	}

	private UUID bookingOf(UUID session, String email) {
		return jdbc
			.sql("select id from training_booking where session_id = :s and email = :e and status <> 'CANCELLED'")
			.param("s", session)
			.param("e", email)
			.query(UUID.class)
			.single();
	}

	private long completed(Object event, String like) {
		return jdbc.sql("""
				select count(*) from event_publication
				where event_type = :type and serialized_event like :like and status = 'COMPLETED'
				""")
			.param("type", event.getClass().getName())
			.param("like", "%" + like + "%")
			.query(Long.class)
			.single();
	}

	private void book(UUID session, String email, String role, boolean waitingList) throws Exception {
		var request = post("/training/sessions/" + session + "/book").with(csrf())
			.param("name", "Alex Head")
			.param("email", email)
			.param("organisation", "Banbury primary school (demo)")
			.param("sector", "STATUTORY")
			.param("role", role)
			.param("seniority", "SENIOR_MANAGER");
		if (waitingList) {
			request.param("waitingList", "yes");
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	@Test
	void theConfirmationHasTheJoiningInstructionsAndTheInvitationAndIsSentOnce() throws Exception {
		var session = session(10);
		var email = "head-" + UUID.randomUUID() + "@school.example.org";
		book(session, email, "HEAD_TEACHER", false);
		var booking = bookingOf(session, email);

		var message = arrived(email, 1).get(0);
		assertThat(message.getSubject()).startsWith("Family Matters training: your place on Test course");
		assertThat(text(message)).contains("Your place is confirmed")
			.contains("Town hall, room 2")
			.contains("1 Market Place")
			.contains("10:00 to 13:00")
			.contains("What to bring");
		assertThat(method(message)).isEqualTo("REQUEST");
		var event = event(message);
		assertThat(value(event, "UID")).isEqualTo(BookingInvitation.uid(booking));
		assertThat(value(event, "SEQUENCE")).isEqualTo("0");
		assertThat(value(event, "DTSTART")).isEqualTo(utc(startsAt()));
		assertThat(value(event, "DTEND")).isEqualTo(utc(startsAt().plus(Duration.ofHours(3))));
		assertThat(value(event, "LOCATION")).isEqualTo("Town hall, room 2, 1 Market Place");
		assertThat(value(event, "ORGANIZER")).startsWith("mailto:");
		mvc.perform(get(link(message))).andExpect(status().isOk());

		// Delivered again: nothing more is sent.
		var due = new BookingMailDue(booking, BookingMailDue.Kind.CONFIRMATION);
		transaction.executeWithoutResult(status -> events.publishEvent(due));
		await().atMost(ARRIVES).until(() -> completed(due, booking.toString()) >= 2);
		assertThat(to(email)).hasSize(1);
	}

	@Test
	void whenSomeoneCancelsTheFirstOnTheWaitingListGetsThePlaceAndIsEmailed() throws Exception {
		var session = session(1);
		var first = training.booking(session, "BOOKED", "SENCO", "STATUTORY", "FRONT_LINE", "Test school");
		var probation = "probation-" + UUID.randomUUID() + "@probation.example.org";
		var later = "later-" + UUID.randomUUID() + "@example.org";
		book(session, probation, "PROBATION_OFFICER", true);
		book(session, later, "POLICE", true);
		assertThat(text(arrived(probation, 1).get(0))).contains("number 1");
		assertThat(text(arrived(later, 1).get(0))).contains("number 2");
		assertThat(part(to(probation).get(0), "text/calendar")).as("no invitation for the waiting list").isNull();

		mvc.perform(post("/training/bookings/" + first.secret() + "/cancel").with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(training.status(first.id())).isEqualTo("CANCELLED");
		assertThat(training.status(bookingOf(session, probation))).isEqualTo("BOOKED");
		assertThat(training.status(bookingOf(session, later))).isEqualTo("WAITING");
		var offered = arrived(probation, 2).get(1);
		assertThat(offered.getSubject()).contains("a place has become free");
		assertThat(method(offered)).isEqualTo("REQUEST");
		assertThat(value(event(offered), "UID")).isEqualTo(BookingInvitation.uid(bookingOf(session, probation)));
		mvc.perform(get(link(offered)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("You have a place")));
		var withdrawn = arrived(first.email(), 1).get(0);
		assertThat(method(withdrawn)).isEqualTo("CANCEL");
		assertThat(value(event(withdrawn), "UID")).isEqualTo(BookingInvitation.uid(first.id()));
		assertThat(to(later)).hasSize(1);
	}

	@Test
	void theReminderIsSentOnceTwoDaysBefore() throws Exception {
		var session = session(10);
		var booking = training.booking(session, "BOOKED", "HEAD_TEACHER", "STATUTORY", "SENIOR_MANAGER", "Test school");
		var waiting = training.booking(session, "WAITING", "SENCO", "STATUTORY", "FRONT_LINE", "Test school");
		var fixed = java.time.Clock.fixed(startsAt().minus(Duration.ofDays(3)), ServiceTime.ZONE);
		assertThat(reminders.remindAt(fixed.instant())).doesNotContain(booking.id());

		var dayBefore = java.time.Clock.offset(fixed, Duration.ofDays(2));
		var reminded = reminders.remindAt(dayBefore.instant());
		assertThat(reminded).contains(booking.id()).doesNotContain(waiting.id());
		assertThat(reminders.remindAt(dayBefore.instant())).doesNotContain(booking.id());

		var reminder = arrived(booking.email(), 1).get(0);
		assertThat(reminder.getSubject()).contains("reminder");
		assertThat(text(reminder)).contains("in two days").contains("Town hall, room 2");
		assertThat(method(reminder)).isEqualTo("REQUEST");
		var due = new BookingMailDue(booking.id(), BookingMailDue.Kind.REMINDER);
		transaction.executeWithoutResult(status -> events.publishEvent(due));
		await().atMost(ARRIVES).until(() -> completed(due, booking.id().toString()) >= 2);
		assertThat(to(booking.email())).hasSize(1);
		assertThat(to(waiting.email())).isEmpty();
	}

	@Test
	void aChangedSessionSendsTheUpdateAndACancelledOneTheCancellationToEveryoneBooked() throws Exception {
		var session = session(10);
		var booked = training.booking(session, "BOOKED", "HEAD_TEACHER", "STATUTORY", "SENIOR_MANAGER", "Test school");
		var waiting = training.booking(session, "WAITING", "SENCO", "STATUTORY", "FRONT_LINE", "Test school");
		var later = startsAt().plus(Duration.ofHours(1));
		long version = training.moveSession(session, later, later.plus(Duration.ofHours(2)));
		transaction.executeWithoutResult(status -> events.publishEvent(new SessionChanged(session, false, version)));

		var update = arrived(booked.email(), 1).get(0);
		assertThat(update.getSubject()).contains("changed");
		assertThat(method(update)).isEqualTo("REQUEST");
		assertThat(value(event(update), "UID")).isEqualTo(BookingInvitation.uid(booked.id()));
		assertThat(value(event(update), "SEQUENCE")).isEqualTo(String.valueOf(version));
		assertThat(value(event(update), "DTSTART")).isEqualTo(utc(later));
		// The session had free places: whoever waited has one now, and is told so.
		await().atMost(ARRIVES).until(() -> "BOOKED".equals(training.status(waiting.id())));
		assertThat(arrived(waiting.email(), 1).get(0).getSubject()).contains("a place has become free");

		var trainer = training.trainer();
		training.cancelSession(session, trainer);
		transaction.executeWithoutResult(status -> events.publishEvent(new SessionChanged(session, true, version + 1)));
		var cancelled = arrived(booked.email(), 2).get(1);
		assertThat(cancelled.getSubject()).contains("cancelled");
		assertThat(method(cancelled)).isEqualTo("CANCEL");
		assertThat(value(event(cancelled), "SEQUENCE")).isEqualTo(String.valueOf(version + 1));
		assertThat(value(event(cancelled), "STATUS")).isEqualTo("CANCELLED");
		arrived(waiting.email(), 2);
		// Once each: delivered again, nothing more.
		transaction.executeWithoutResult(status -> events.publishEvent(new SessionChanged(session, true, version + 1)));
		await().atMost(ARRIVES)
			.until(() -> completed(new SessionChanged(session, true, version + 1),
					session.toString() + "\",\"cancelled\":true") >= 2);
		assertThat(to(booked.email())).hasSize(2);
	}

}
