package org.familymatters.courtdesk;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.internal.UserAdministration;
import org.familymatters.shared.security.Secrets;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.PublicAddress;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A volunteer's calendar link: shown once, kept only as a hash, read by calendars without
 * signing in, giving the volunteer's shifts (cancelled ones marked so) and nobody else's;
 * a new link stops the old one, and a stopped or unknown link answers 404, as does the
 * link of a volunteer disabled or whose password was reset.
 */
@IntegrationTest
class CalendarFeedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RotaTestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Autowired
	PublicAddress publicAddress;

	/** Makes a link through the shifts page, returns the path of its feed. */
	private String subscribe(StaffPrincipal volunteer) throws Exception {
		var url = (String) mvc
			.perform(post("/court-desk/shifts/calendar").with(csrf()).with(RotaTestData.as(volunteer)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("calendarUrl");
		assertThat(url).as("a link at the service's own address")
			.matches(Pattern.quote(publicAddress.get()) + "/court-desk/calendar/[A-Za-z0-9_-]{43}\\.ics");
		return url.substring(publicAddress.get().length());
	}

	private Calendar read(String path) throws Exception {
		var response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/calendar");
		return new CalendarBuilder().build(new StringReader(response.getContentAsString()));
	}

	@Test
	void theFeedGivesTheVolunteersShiftsToACalendarThatIsNotSignedIn() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		var other = data.volunteerAt(Courts.READING);
		var day = RotaTestData.today().plusDays(12);
		var on = data.session(Courts.READING, day, LocalTime.of(9, 30), LocalTime.of(13, 0), 2);
		var cancelled = data.sessionIn(Courts.READING, 13, 2);
		var notMine = data.sessionIn(Courts.READING, 14, 2);
		data.signUp(on, volunteer.id());
		data.signUp(cancelled, volunteer.id());
		data.signUp(notMine, other.id());
		data.cancel(cancelled);

		var path = subscribe(volunteer);
		var calendar = read(path);
		var events = calendar.<VEvent>getComponents("VEVENT");
		assertThat(events).hasSize(2);
		var first = events.stream()
			.filter(e -> e.getUid().orElseThrow().getValue().equals("court-desk-session-" + on + "@family-matters"))
			.findFirst()
			.orElseThrow();
		assertThat(first.getSummary().getValue()).isEqualTo("Court desk: Reading Crown Court");
		assertThat(first.getLocation().getValue()).contains("Reading Crown Court");
		assertThat(Instant.from(first.getDateTimeStart().getDate()))
			.isEqualTo(day.atTime(9, 30).atZone(ServiceTime.ZONE).toInstant());
		assertThat(Instant.from(first.getDateTimeEnd().getDate()))
			.isEqualTo(day.atTime(13, 0).atZone(ServiceTime.ZONE).toInstant());
		assertThat(first.getStatus().getValue()).isEqualTo("CONFIRMED");
		var second = events.stream()
			.filter(e -> e.getUid()
				.orElseThrow()
				.getValue()
				.equals("court-desk-session-" + cancelled + "@family-matters"))
			.findFirst()
			.orElseThrow();
		assertThat(second.<Property>getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");

		// Only the hash of the secret is kept; the read is noted.
		var secret = path.substring("/court-desk/calendar/".length(), path.length() - ".ics".length());
		var stored = jdbc.sql("select token_hash from court_desk_calendar where volunteer_id = :id")
			.param("id", volunteer.id())
			.query(String.class)
			.single();
		assertThat(stored).isNotEqualTo(secret).isEqualTo(Secrets.hash(secret));
		assertThat(jdbc.sql("select last_read_at is not null from court_desk_calendar where volunteer_id = :id")
			.param("id", volunteer.id())
			.query(Boolean.class)
			.single()).isTrue();

		// The shifts page never shows the link again, but offers to stop it.
		mvc.perform(get("/court-desk/shifts").with(RotaTestData.as(volunteer)))
			.andExpect(content().string(containsString("Stop this calendar link")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
	}

	@Test
	void aNewLinkStopsTheOldOne() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		var old = subscribe(volunteer);
		var fresh = subscribe(volunteer);
		assertThat(fresh).isNotEqualTo(old);
		mvc.perform(get(old)).andExpect(status().isNotFound());
		read(fresh);
	}

	@Test
	void aStoppedLinkAnswers404() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		var path = subscribe(volunteer);
		mvc.perform(post("/court-desk/shifts/calendar/stop").with(csrf()).with(RotaTestData.as(volunteer)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(path)).andExpect(status().isNotFound());
		assertThat(data.audited("COURT_DESK_CALENDAR_REVOKED", volunteer.id())).isEqualTo(1);
	}

	@Test
	void aDisabledVolunteersLinkStopsAtOnceAndStaysStoppedWhenTheyAreEnabledAgain() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		var path = subscribe(volunteer);
		var admin = data.newUser(Role.ADMINISTRATOR);
		administration.setEnabled(volunteer.id(), false, admin.id());
		mvc.perform(get(path)).andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> data.audited("COURT_DESK_CALENDAR_REVOKED", volunteer.id()) == 1);
		administration.setEnabled(volunteer.id(), true, admin.id());
		mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@Test
	void aPasswordResetStopsTheVolunteersLink() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		var path = subscribe(volunteer);
		read(path);
		administration.resetPassword(volunteer.id());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> mvc.perform(get(path)).andExpect(status().isNotFound()));
	}

	@Test
	void anUnknownLinkAnswers404() throws Exception {
		mvc.perform(get("/court-desk/calendar/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
		mvc.perform(get("/court-desk/calendar/short.ics")).andExpect(status().isNotFound());
		mvc.perform(get("/court-desk/calendar/" + UUID.randomUUID() + ".ics")).andExpect(status().isNotFound());
	}

}
