package org.familymatters.network;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.network.internal.MeetingCalendar;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting pages: who sees them (members and the coordinator; anyone else 403, a
 * meeting of another network 404), the schedule form's refusals, stale and closed
 * meetings left unchanged, apologies before the meeting, attendance after it starts, the
 * calendar file and the home page.
 */
@IntegrationTest
class MeetingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingFixtures meetings;

	@Autowired
	JdbcClient jdbc;

	private static Instant inDays(int days) {
		return Instant.now().plus(Duration.ofDays(days));
	}

	private static String page(UUID network, UUID meeting) {
		return "/networks/" + network + "/meetings/" + meeting;
	}

	@Test
	void aMeetingInThePastEndingBeforeItStartsAndNowhereIsRefusedAndNothingSaved() throws Exception {
		var network = meetings.network();
		var yesterday = LocalDate.now(ServiceTime.ZONE).minusDays(1);
		mvc.perform(post("/networks/" + network.id() + "/meetings/new").with(user(network.coordinator()))
			.with(csrf())
			.param("date.day", String.valueOf(yesterday.getDayOfMonth()))
			.param("date.month", String.valueOf(yesterday.getMonthValue()))
			.param("date.year", String.valueOf(yesterday.getYear()))
			.param("startsAt", "12:00")
			.param("endsAt", "11:00")
			.param("place", " ")
			.param("onlineLink", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("The meeting must be in the future")))
			.andExpect(content().string(containsString("End time must be after the start time")))
			.andExpect(content().string(containsString("Enter a place or an online link for the meeting")));
		mvc.perform(post("/networks/" + network.id() + "/meetings/new").with(user(network.coordinator()))
			.with(csrf())
			.param("date.day", "1")
			.param("date.month", "1")
			.param("date.year", String.valueOf(yesterday.getYear() + 1))
			.param("startsAt", "10:00")
			.param("endsAt", "11:00")
			.param("onlineLink", "meet.example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the online link as a web address")));
		assertThat(meetings.meetingsOf(network.id())).isZero();
	}

	@Test
	void theScheduleFormSuggestsThreeMonthsAfterTheLastMeeting() throws Exception {
		var network = meetings.network();
		var last = meetings.meeting(network.id(), inDays(10));
		var suggested = LocalDate.ofInstant(inDays(10), ServiceTime.ZONE).plusMonths(3);
		mvc.perform(get("/networks/" + network.id() + "/meetings/new").with(user(network.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + suggested.getYear() + "\"")))
			.andExpect(content().string(containsString("value=\"" + suggested.getDayOfMonth() + "\"")));
		mvc.perform(get("/networks/" + network.id() + "/meetings").with(user(network.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(page(network.id(), last))))
			.andExpect(content().string(containsString("Schedule a meeting")));
	}

	@Test
	void onlyMembersAndTheCoordinatorSeeTheMeetingsAndOnlyTheCoordinatorArrangesThem() throws Exception {
		var network = meetings.network();
		var meeting = meetings.meeting(network.id(), inDays(30));
		var other = meetings.network();
		var theirs = meetings.meeting(other.id(), inDays(30));
		for (var path : new String[] { "/networks/" + network.id() + "/meetings", page(network.id(), meeting),
				page(network.id(), meeting) + "/meeting.ics" }) {
			mvc.perform(get(path).with(user(network.outsider()))).andExpect(status().isForbidden());
		}
		mvc.perform(post(page(network.id(), meeting) + "/apologies").with(user(network.outsider())).with(csrf()))
			.andExpect(status().isForbidden());
		for (var path : new String[] { "/networks/" + network.id() + "/meetings/new",
				page(network.id(), meeting) + "/edit", page(network.id(), meeting) + "/cancel" }) {
			mvc.perform(get(path).with(user(network.teacher()))).andExpect(status().isForbidden());
		}
		mvc.perform(get(page(network.id(), meeting)).with(user(network.teacher())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Meeting hall (test)")))
			.andExpect(content().string(containsString("id=\"agenda-links\"")))
			.andExpect(content().string(containsString("Send your apologies")))
			.andExpect(content().string(not(containsString("Cancel the meeting"))));
		mvc.perform(get(page(network.id(), theirs)).with(user(network.teacher()))).andExpect(status().isNotFound());
		mvc.perform(get(page(network.id(), theirs)).with(user(network.coordinator()))).andExpect(status().isNotFound());
		mvc.perform(get("/networks/" + UUID.randomUUID() + "/meetings").with(user(network.teacher())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMemberSendsAndWithdrawsApologiesBeforeTheMeetingOnly() throws Exception {
		var network = meetings.network();
		var meeting = meetings.meeting(network.id(), inDays(30));
		mvc.perform(post(page(network.id(), meeting) + "/apologies").with(user(network.teacher())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "Your apologies have been sent"));
		assertThat(meetings.attendance(meeting, network.teacher().id())).isEqualTo("apologies");
		mvc.perform(get(page(network.id(), meeting)).with(user(network.coordinator())))
			.andExpect(content().string(containsString("Sent apologies")));
		mvc.perform(get(page(network.id(), meeting)).with(user(network.teacher())))
			.andExpect(content().string(containsString("Withdraw your apologies")));
		mvc.perform(
				post(page(network.id(), meeting) + "/apologies/withdraw").with(user(network.teacher())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(meetings.attendance(meeting, network.teacher().id())).isEqualTo("none");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where record_type = 'network_meeting' and record_id = :id
				  and action in ('MEETING_APOLOGIES_SENT', 'MEETING_APOLOGIES_WITHDRAWN')
				""").param("id", meeting.toString()).query(Long.class).single()).isEqualTo(2);

		var started = meetings.meeting(network.id(), Instant.now().minus(Duration.ofMinutes(30)));
		mvc.perform(post(page(network.id(), started) + "/apologies").with(user(network.teacher())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", containsString("has started")));
		assertThat(meetings.attendance(started, network.teacher().id())).isEqualTo("none");
	}

	@Test
	void theCoordinatorRecordsAttendanceOnceTheMeetingHasStarted() throws Exception {
		var network = meetings.network();
		var started = meetings.meeting(network.id(), Instant.now().minus(Duration.ofMinutes(30)));
		mvc.perform(get(page(network.id(), started)).with(user(network.coordinator())))
			.andExpect(content().string(containsString("Save attendance")));
		mvc.perform(post(page(network.id(), started) + "/attendance").with(user(network.coordinator()))
			.with(csrf())
			.param("attended", network.teacher().id().toString(), network.officer().id().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(meetings.attendance(started, network.teacher().id())).isEqualTo("attended");
		assertThat(meetings.attendance(started, network.officer().id())).isEqualTo("attended");
		mvc.perform(post(page(network.id(), started) + "/attendance").with(user(network.coordinator()))
			.with(csrf())
			.param("attended", network.teacher().id().toString(), network.outsider().id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose from the members listed")));
		assertThat(meetings.attendance(started, network.officer().id())).as("nothing half-saved").isEqualTo("attended");
		mvc.perform(post(page(network.id(), started) + "/attendance").with(user(network.teacher()))
			.with(csrf())
			.param("attended", network.teacher().id().toString())).andExpect(status().isForbidden());

		var ahead = meetings.meeting(network.id(), inDays(5));
		mvc.perform(post(page(network.id(), ahead) + "/attendance").with(user(network.coordinator()))
			.with(csrf())
			.param("attended", network.teacher().id().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("problem"));
		assertThat(meetings.attendance(ahead, network.teacher().id())).isEqualTo("none");
	}

	@Test
	void staleCancelledAndStartedMeetingsAreNotChanged() throws Exception {
		var network = meetings.network();
		var meeting = meetings.meeting(network.id(), inDays(30));
		var day = LocalDate.now(ServiceTime.ZONE).plusDays(31);
		mvc.perform(post(page(network.id(), meeting) + "/edit").with(user(network.coordinator()))
			.with(csrf())
			.param("date.day", String.valueOf(day.getDayOfMonth()))
			.param("date.month", String.valueOf(day.getMonthValue()))
			.param("date.year", String.valueOf(day.getYear()))
			.param("startsAt", "10:00")
			.param("endsAt", "11:00")
			.param("place", "Elsewhere (test)")
			.param("version", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(meetings.state(meeting)).isEqualTo("scheduled 0 0");
		mvc.perform(post(page(network.id(), meeting) + "/cancel").with(user(network.coordinator()))
			.with(csrf())
			.param("version", "7")).andExpect(status().is3xxRedirection());
		assertThat(meetings.state(meeting)).isEqualTo("scheduled 0 0");

		meetings.cancelled(meeting);
		mvc.perform(get(page(network.id(), meeting) + "/edit").with(user(network.coordinator())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", containsString("cancelled")));
		mvc.perform(post(page(network.id(), meeting) + "/edit").with(user(network.coordinator()))
			.with(csrf())
			.param("date.day", String.valueOf(day.getDayOfMonth()))
			.param("date.month", String.valueOf(day.getMonthValue()))
			.param("date.year", String.valueOf(day.getYear()))
			.param("startsAt", "10:00")
			.param("endsAt", "11:00")
			.param("place", "Elsewhere (test)")
			.param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This meeting was cancelled: it cannot be changed")));
		assertThat(meetings.state(meeting)).isEqualTo("cancelled 1 1");

		var started = meetings.meeting(network.id(), Instant.now().minus(Duration.ofMinutes(5)));
		mvc.perform(get(page(network.id(), started) + "/cancel").with(user(network.coordinator())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", containsString("has started")));
		mvc.perform(post(page(network.id(), started) + "/cancel").with(user(network.coordinator()))
			.with(csrf())
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(meetings.state(started)).isEqualTo("scheduled 0 0");
	}

	@Test
	void aMemberSavesTheMeetingToTheirCalendarAndFindsItOnTheirHomePage() throws Exception {
		var network = meetings.network();
		var meeting = meetings.meeting(network.id(), inDays(12));
		mvc.perform(get(page(network.id(), meeting) + "/meeting.ics").with(user(network.officer())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(header().string("Content-Disposition", containsString("meeting.ics")))
			.andExpect(content().string(containsString("METHOD:PUBLISH")))
			.andExpect(content().string(containsString("UID:" + MeetingCalendar.uid(meeting))));
		mvc.perform(get("/networks/" + network.id()).with(user(network.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/networks/" + network.id() + "/meetings\"")));
		mvc.perform(get("/home").with(user(network.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your next meetings")))
			.andExpect(content().string(containsString(page(network.id(), meeting))))
			.andExpect(content().string(containsString("/networks/" + network.id() + "/meetings")));
	}

}
