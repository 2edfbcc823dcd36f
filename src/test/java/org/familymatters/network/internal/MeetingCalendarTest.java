package org.familymatters.network.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting's iCalendar, parsed back with ical4j: the invitation and the update are
 * requests with the meeting's one UID and its sequence, times in UTC, every member an
 * attendee; the cancellation cancels; the download publishes.
 */
class MeetingCalendarTest {

	private static final UUID ID = UUID.fromString("5e000000-0000-4000-8000-000000000001");

	private static final Instant STARTS = Instant.parse("2026-06-10T09:00:00Z");

	private static final Instant ENDS = Instant.parse("2026-06-10T11:00:00Z");

	private static final List<MeetingCalendar.Invitee> INVITEES = List.of(
			new MeetingCalendar.Invitee("Sam Coordinator", "sam@example.org", true),
			new MeetingCalendar.Invitee("Alex Member", "alex@example.org", false),
			new MeetingCalendar.Invitee("No Address", null, false));

	private static Meeting meeting(int sequence, boolean cancelled) {
		return new Meeting(ID, UUID.randomUUID(), STARTS, ENDS, "Banbury town hall (demo)",
				"https://meet.example.org/banbury", cancelled, sequence, 0);
	}

	private static Calendar parse(String text) throws IOException, ParserException {
		return new CalendarBuilder().build(new StringReader(text));
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

	private static VEvent event(Calendar calendar) {
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	@Test
	void theInvitationIsARequestWithTheMeetingsUidSequenceTimesAndAttendees() throws Exception {
		var calendar = parse(MeetingCalendar.message(meeting(0, false), "Banbury Family Matters network",
				"family-matters@example.org", "https://fm.example.org/networks/1/meetings/2", INVITEES,
				Instant.parse("2026-03-10T09:00:00Z")));
		assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("REQUEST");
		assertThat(calendar.getProperty("PRODID").map(Property::getValue)).contains(MeetingCalendar.PRODUCT);
		var event = event(calendar);
		assertThat(value(event, "UID")).isEqualTo("network-meeting-" + ID + "@family-matters");
		assertThat(value(event, "SEQUENCE")).isEqualTo("0");
		assertThat(value(event, "DTSTART")).isEqualTo("20260610T090000Z");
		assertThat(value(event, "DTEND")).isEqualTo("20260610T110000Z");
		assertThat(value(event, "DTSTAMP")).isEqualTo("20260310T090000Z");
		assertThat(value(event, "SUMMARY")).isEqualTo("Banbury Family Matters network meeting");
		assertThat(value(event, "LOCATION")).isEqualTo("Banbury town hall (demo)");
		assertThat(value(event, "URL")).isEqualTo("https://fm.example.org/networks/1/meetings/2");
		assertThat(value(event, "ORGANIZER")).isEqualTo("mailto:family-matters@example.org");
		assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event, "DESCRIPTION")).contains("https://meet.example.org/banbury");
		var attendees = event.getProperties("ATTENDEE");
		assertThat(attendees).extracting(Property::getValue)
			.containsExactly("mailto:sam@example.org", "mailto:alex@example.org");
		assertThat(attendees.get(0).getParameter("ROLE").map(p -> p.getValue())).contains("CHAIR");
		assertThat(attendees.get(1).getParameter("CN").map(p -> p.getValue())).contains("Alex Member");
	}

	@Test
	void anUpdateKeepsTheUidWithTheNextSequence() throws Exception {
		var first = event(parse(MeetingCalendar.message(meeting(0, false), "N", "fm@example.org",
				"https://fm.example.org/m", INVITEES, STARTS)));
		var update = parse(MeetingCalendar.message(meeting(1, false), "N", "fm@example.org", "https://fm.example.org/m",
				INVITEES, STARTS));
		assertThat(update.getProperty("METHOD").map(Property::getValue)).contains("REQUEST");
		assertThat(value(event(update), "UID")).isEqualTo(value(first, "UID"));
		assertThat(value(event(update), "SEQUENCE")).isEqualTo("1");
	}

	@Test
	void theCancellationCancels() throws Exception {
		var calendar = parse(MeetingCalendar.message(meeting(2, true), "N", "Family Matters <fm@example.org>",
				"https://fm.example.org/m", INVITEES, STARTS));
		assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("CANCEL");
		var event = event(calendar);
		assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
		assertThat(value(event, "SEQUENCE")).isEqualTo("2");
		assertThat(value(event, "UID")).isEqualTo(MeetingCalendar.uid(ID));
	}

	@Test
	void theDownloadPublishesWithNoAttendees() throws Exception {
		var calendar = parse(
				MeetingCalendar.download(meeting(1, false), "N", "fm@example.org", "https://fm.example.org/m", STARTS));
		assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");
		assertThat(event(calendar).getProperties("ATTENDEE")).isEmpty();
		assertThat(value(event(calendar), "SEQUENCE")).isEqualTo("1");
	}

	@Test
	void anOnlineMeetingIsLocatedAtItsLink() throws Exception {
		var online = new Meeting(ID, UUID.randomUUID(), STARTS, ENDS, null, "https://meet.example.org/b", false, 0, 0);
		var event = event(parse(
				MeetingCalendar.message(online, "N", "fm@example.org", "https://fm.example.org/m", INVITEES, STARTS)));
		assertThat(value(event, "LOCATION")).isEqualTo("https://meet.example.org/b");
	}

	@Test
	void theServicesSenderIsReducedToItsAddress() {
		assertThat(MeetingCalendar.address("Family Matters <family-matters@example.org>"))
			.isEqualTo("family-matters@example.org");
		assertThat(MeetingCalendar.address("fm@example.org")).isEqualTo("fm@example.org");
	}

}
