package org.familymatters.courtdesk;

import java.time.LocalTime;
import java.util.UUID;
import java.util.stream.Stream;

import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.Rota;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's rota: a new session is saved and shows its gap until enough
 * volunteers sign up; bad details are refused by their field with nothing saved; a
 * cancelled session stays, marked cancelled, for the coordinator and its volunteers.
 */
@IntegrationTest
class RotaPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RotaTestData data;

	@Autowired
	Rota rota;

	@Autowired
	Courts courts;

	RotaTestData.Staff staff;

	/** Notes no other test's sessions have, so that this test counts only its own. */
	String notes;

	@BeforeEach
	void aCoordinator() {
		staff = data.staff();
		notes = "Second floor, by the list office (" + UUID.randomUUID() + ")";
	}

	private MockHttpServletRequestBuilder newSession(String court, java.time.LocalDate day, String starts, String ends,
			String needed) {
		return post("/court-desk/rota/new").with(csrf())
			.with(staff.as(Role.COURT_DESK_COORDINATOR))
			.param("courtId", court)
			.param("date.day", String.valueOf(day.getDayOfMonth()))
			.param("date.month", String.valueOf(day.getMonthValue()))
			.param("date.year", String.valueOf(day.getYear()))
			.param("startsAt", starts)
			.param("endsAt", ends)
			.param("volunteersNeeded", needed)
			.param("notes", notes);
	}

	@Test
	void aNewSessionShowsHowManyMoreVolunteersItNeeds() throws Exception {
		// Far ahead, at Aylesbury, so that no other test's sessions share the day.
		var day = RotaTestData.today().plusDays(300);
		var location = mvc.perform(newSession(Courts.AYLESBURY.toString(), day, "10:00", "14:30", "2"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/court-desk/rota/");
		var id = UUID.fromString(location.substring("/court-desk/rota/".length()));
		var saved = rota.find(id).orElseThrow();
		assertThat(saved.courtId()).isEqualTo(Courts.AYLESBURY);
		assertThat(saved.date()).isEqualTo(day);
		assertThat(saved.startsAt()).isEqualTo(LocalTime.of(10, 0));
		assertThat(saved.endsAt()).isEqualTo(LocalTime.of(14, 30));
		assertThat(saved.volunteersNeeded()).isEqualTo(2);
		assertThat(data.audited("COURT_DESK_SESSION_CREATED", id)).isEqualTo(1);

		mvc.perform(get(location).with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Needs 2 more volunteers")))
			.andExpect(content().string(containsString("10:00 to 14:30")));

		var volunteer = data.volunteerAt(Courts.AYLESBURY);
		data.signUp(id, volunteer.id());
		mvc.perform(get("/court-desk/rota").param("court", Courts.AYLESBURY.toString())
			.with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Needs 1 more volunteer<")))
			.andExpect(content().string(containsString(volunteer.displayName())));

		data.signUp(id, data.volunteerAt(Courts.AYLESBURY).id());
		mvc.perform(get(location).with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(content().string(not(containsString("more volunteer"))))
			.andExpect(content().string(containsString(">Full<")));
	}

	@Test
	void aTimeWrittenWithAFullStopIsTaken() throws Exception {
		var day = RotaTestData.today().plusDays(302);
		var location = mvc.perform(newSession(Courts.OXFORD.toString(), day, "9.30", "13.00", "1"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var saved = rota.find(UUID.fromString(location.substring("/court-desk/rota/".length()))).orElseThrow();
		assertThat(saved.startsAt()).isEqualTo(LocalTime.of(9, 30));
		assertThat(saved.endsAt()).isEqualTo(LocalTime.of(13, 0));
	}

	@Test
	void theRotaFiltersByCourt() throws Exception {
		var oxford = data.sessionIn(Courts.OXFORD, 301, 1);
		var reading = data.sessionIn(Courts.READING, 301, 1);
		mvc.perform(get("/court-desk/rota").param("court", Courts.OXFORD.toString())
			.with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/court-desk/rota/" + oxford)))
			.andExpect(content().string(not(containsString("/court-desk/rota/" + reading))));
	}

	static Stream<Arguments> badSessions() {
		var tomorrow = RotaTestData.today().plusDays(1);
		return Stream.of(
				Arguments.of("date in the past", Courts.READING.toString(), RotaTestData.today().minusDays(1), "09:30",
						"13:00", "2", "Date must be today or in the future"),
				Arguments.of("end before start", Courts.READING.toString(), tomorrow, "13:00", "09:30", "2",
						"End time must be after the start time"),
				Arguments.of("end equal to start", Courts.READING.toString(), tomorrow, "09:30", "09:30", "2",
						"End time must be after the start time"),
				Arguments.of("none needed", Courts.READING.toString(), tomorrow, "09:30", "13:00", "0",
						"Volunteers needed must be a whole number from 1 to 20"),
				Arguments.of("too many needed", Courts.READING.toString(), tomorrow, "09:30", "13:00", "21",
						"Volunteers needed must be a whole number from 1 to 20"),
				Arguments.of("needed not a number", Courts.READING.toString(), tomorrow, "09:30", "13:00", "two",
						"Volunteers needed must be a whole number from 1 to 20"),
				Arguments.of("unknown court", UUID.randomUUID().toString(), tomorrow, "09:30", "13:00", "2",
						"Choose a court from the list"),
				Arguments.of("no court", "", tomorrow, "09:30", "13:00", "2", "Choose the court"),
				Arguments.of("time not HH:MM", Courts.READING.toString(), tomorrow, "half nine", "13:00", "2",
						"Enter the start time as hours and minutes"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badSessions")
	void badDetailsAreRefusedByTheirFieldAndNothingIsSaved(String what, String court, java.time.LocalDate day,
			String starts, String ends, String needed, String message) throws Exception {
		long before = data.sessionsNoted(notes);
		mvc.perform(newSession(court, day, starts, ends, needed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Add a session")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("Second floor, by the list office")));
		assertThat(data.sessionsNoted(notes)).isEqualTo(before);
	}

	@Test
	void aSessionAtAnArchivedCourtIsRefused() throws Exception {
		var court = courts.add("Archived Crown Court " + UUID.randomUUID(), "Slough", null);
		courts.setArchived(court.id(), court.version(), true);
		long before = data.sessionsNoted(notes);
		mvc.perform(newSession(court.id().toString(), RotaTestData.today().plusDays(3), "09:30", "13:00", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That court is archived: choose another")));
		assertThat(data.sessionsNoted(notes)).isEqualTo(before);
	}

	@Test
	void theCoordinatorChangesASession() throws Exception {
		var id = data.sessionIn(Courts.READING, 40, 2);
		var session = rota.find(id).orElseThrow();
		var day = session.date();
		mvc.perform(post("/court-desk/rota/" + id + "/edit").with(csrf())
			.with(staff.as(Role.COURT_DESK_COORDINATOR))
			.param("courtId", Courts.READING.toString())
			.param("date.day", String.valueOf(day.getDayOfMonth()))
			.param("date.month", String.valueOf(day.getMonthValue()))
			.param("date.year", String.valueOf(day.getYear()))
			.param("startsAt", "14:00")
			.param("endsAt", "17:00")
			.param("volunteersNeeded", "3")
			.param("version", String.valueOf(session.version()))).andExpect(status().is3xxRedirection());
		var changed = rota.find(id).orElseThrow();
		assertThat(changed.startsAt()).isEqualTo(LocalTime.of(14, 0));
		assertThat(changed.volunteersNeeded()).isEqualTo(3);

		// The same form again, on the version it had before: someone changed it
		// meanwhile.
		mvc.perform(post("/court-desk/rota/" + id + "/edit").with(csrf())
			.with(staff.as(Role.COURT_DESK_COORDINATOR))
			.param("courtId", Courts.READING.toString())
			.param("date.day", String.valueOf(day.getDayOfMonth()))
			.param("date.month", String.valueOf(day.getMonthValue()))
			.param("date.year", String.valueOf(day.getYear()))
			.param("startsAt", "08:00")
			.param("endsAt", "17:00")
			.param("volunteersNeeded", "3")
			.param("version", String.valueOf(session.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(rota.find(id).orElseThrow().startsAt()).isEqualTo(LocalTime.of(14, 0));
	}

	@Test
	void aCancelledSessionStaysVisibleAsCancelled() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		var id = data.sessionIn(Courts.READING, 41, 2);
		data.signUp(id, volunteer.id());
		var version = rota.find(id).orElseThrow().version();
		mvc.perform(post("/court-desk/rota/" + id + "/cancel").with(csrf())
			.with(staff.as(Role.COURT_DESK_COORDINATOR))
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		assertThat(rota.find(id).orElseThrow().cancelled()).isTrue();
		assertThat(data.audited("COURT_DESK_SESSION_CANCELLED", id)).isEqualTo(1);

		mvc.perform(get("/court-desk/rota/" + id).with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(content().string(containsString(">Cancelled<")))
			.andExpect(content().string(not(containsString("Cancel session"))));
		mvc.perform(get("/court-desk/rota").param("court", Courts.READING.toString())
			.with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(content().string(containsString("/court-desk/rota/" + id)));
		mvc.perform(get("/court-desk/shifts").with(RotaTestData.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This session is cancelled")));

		// Cancelling twice: the second is told the session changed, and nothing breaks.
		mvc.perform(post("/court-desk/rota/" + id + "/cancel").with(csrf())
			.with(staff.as(Role.COURT_DESK_COORDINATOR))
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		assertThat(data.audited("COURT_DESK_SESSION_CANCELLED", id)).isEqualTo(1);
	}

}
