package org.familymatters.network;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.familymatters.network.internal.MeetingCalendar;
import org.familymatters.network.internal.MeetingMailDue;
import org.familymatters.network.internal.Meetings;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestMailServer;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting's invitation, update and cancellation reach every member and the coordinator
 * through a real SMTP server (GreenMail), each once, with the meeting as an iCalendar
 * attachment (parsed back) and nothing about any family.
 */
@IntegrationTest
@ResourceLock(TestMailServer.LOCK)
class MeetingInvitationsTest {

	static final Duration ARRIVES = Duration.ofSeconds(20);

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixtures meetings;

	@Autowired
	PlanFixtures plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

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

	/** The message's parts, depth first. */
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
			if (part.isMimeType(type)) {
				return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("No " + type + " part");
	}

	private static VEvent event(Calendar calendar) {
		List<VEvent> events = calendar.getComponents("VEVENT");
		return events.get(0);
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElse(null);
	}

	private static Calendar calendar(MimeMessage message) throws Exception {
		return new CalendarBuilder().build(new StringReader(part(message, "text/calendar")));
	}

	private static String utc(LocalDate day, LocalTime time) {
		return Meetings.at(day, time).toString().replace("-", "").replace(":", "");
	}

	@Test
	void scheduledChangedAndCancelledMeetingsAreMailedToEveryoneOnceWithTheirCalendar() throws Exception {
		var network = meetings.network();
		var family = plans.family(network.locality(), network.coordinator());
		var day = LocalDate.now(ServiceTime.ZONE).plusDays(20);
		var everyone = List.of(network.coordinatorEmail(), network.teacherEmail(), network.officerEmail());

		var location = mvc
			.perform(post("/networks/" + network.id() + "/meetings/new").with(user(network.coordinator()))
				.with(csrf())
				.param("date.day", String.valueOf(day.getDayOfMonth()))
				.param("date.month", String.valueOf(day.getMonthValue()))
				.param("date.year", String.valueOf(day.getYear()))
				.param("startsAt", "10:00")
				.param("endsAt", "12:00")
				.param("place", "Meeting hall (test)"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var meeting = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		await().atMost(ARRIVES).until(() -> everyone.stream().allMatch(e -> to(e).size() == 1));

		var invitation = to(network.teacherEmail()).get(0);
		assertThat(invitation.getSubject()).contains(network.name() + " meeting on");
		var text = part(invitation, "text/plain");
		assertThat(text).contains("You are invited to the " + network.name() + " meeting")
			.contains("/networks/" + network.id() + "/meetings/" + meeting)
			.contains("Meeting hall (test)")
			.doesNotContain(family.reference())
			.doesNotContain("Kerry")
			.doesNotContain("Jayden")
			.doesNotContain("Ashdown");
		var calendar = calendar(invitation);
		assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("REQUEST");
		var event = event(calendar);
		assertThat(value(event, "UID")).isEqualTo(MeetingCalendar.uid(meeting));
		assertThat(value(event, "SEQUENCE")).isEqualTo("0");
		assertThat(value(event, "DTSTART")).isEqualTo(utc(day, LocalTime.of(10, 0)));
		assertThat(value(event, "SUMMARY")).isEqualTo(network.name() + " meeting");
		List<Property> attendees = event.getProperties("ATTENDEE");
		assertThat(attendees).extracting(Property::getValue)
			.containsExactlyInAnyOrderElementsOf(everyone.stream().map(e -> "mailto:" + e).toList());
		assertThat(calendar.toString()).doesNotContain(family.reference()).doesNotContain("Kerry");

		mvc.perform(
				post("/networks/" + network.id() + "/meetings/" + meeting + "/edit").with(user(network.coordinator()))
					.with(csrf())
					.param("date.day", String.valueOf(day.getDayOfMonth()))
					.param("date.month", String.valueOf(day.getMonthValue()))
					.param("date.year", String.valueOf(day.getYear()))
					.param("startsAt", "13:00")
					.param("endsAt", "15:00")
					.param("place", "Meeting hall (test)")
					.param("onlineLink", "https://meet.example.org/test")
					.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		await().atMost(ARRIVES).until(() -> everyone.stream().allMatch(e -> to(e).size() == 2));
		var update = to(network.officerEmail()).get(1);
		assertThat(update.getSubject()).contains("meeting changed");
		var updated = event(calendar(update));
		assertThat(calendar(update).getProperty("METHOD").map(Property::getValue)).contains("REQUEST");
		assertThat(value(updated, "SEQUENCE")).isEqualTo("1");
		assertThat(value(updated, "UID")).isEqualTo(MeetingCalendar.uid(meeting));
		assertThat(value(updated, "DTSTART")).isEqualTo(utc(day, LocalTime.of(13, 0)));

		mvc.perform(
				post("/networks/" + network.id() + "/meetings/" + meeting + "/cancel").with(user(network.coordinator()))
					.with(csrf())
					.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		await().atMost(ARRIVES).until(() -> everyone.stream().allMatch(e -> to(e).size() == 3));
		var cancellation = calendar(to(network.coordinatorEmail()).get(2));
		assertThat(cancellation.getProperty("METHOD").map(Property::getValue)).contains("CANCEL");
		assertThat(value(event(cancellation), "STATUS")).isEqualTo("CANCELLED");
		assertThat(value(event(cancellation), "SEQUENCE")).isEqualTo("2");
		assertThat(meetings.state(meeting)).isEqualTo("cancelled 2 2");

		// Delivered again, or an older change delivered late: nothing more is sent.
		transaction.executeWithoutResult(status -> {
			events.publishEvent(new MeetingMailDue(meeting, MeetingMailDue.Kind.CANCELLATION, 2));
			events.publishEvent(new MeetingMailDue(meeting, MeetingMailDue.Kind.INVITATION, 0));
		});
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> mailed(meeting) == 9);
		assertThat(to(network.teacherEmail())).hasSize(3);
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'MEETING_MAILED' and record_type = 'network_meeting'
				  and record_id = :meeting and basis = 'SYSTEM'
				""").param("meeting", meeting.toString()).query(Long.class).single()).isEqualTo(9);
	}

	private long mailed(UUID meeting) {
		return jdbc.sql("select count(*) from network_meeting_mail where meeting_id = :id")
			.param("id", meeting)
			.query(Long.class)
			.single();
	}

}
