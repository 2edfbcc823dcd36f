package org.familymatters.courtdesk;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.Shifts;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A volunteer's shifts: they see their own court's sessions, sign up and drop; each
 * refusal (past, started, cancelled, full, another court, twice, not theirs) says why,
 * and saves nothing.
 */
@IntegrationTest
class ShiftsPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RotaTestData data;

	@Autowired
	Shifts shifts;

	private ResultActions signUp(StaffPrincipal volunteer, UUID session) throws Exception {
		return mvc
			.perform(post("/court-desk/shifts/" + session + "/sign-up").with(csrf()).with(RotaTestData.as(volunteer)));
	}

	private ResultActions drop(StaffPrincipal volunteer, UUID session) throws Exception {
		return mvc
			.perform(post("/court-desk/shifts/" + session + "/drop").with(csrf()).with(RotaTestData.as(volunteer)));
	}

	/** The shifts page again, as an error, saying why. */
	private static void refused(ResultActions result, String message) throws Exception {
		result.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Your court desk shifts")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString(message)));
	}

	@Test
	void aVolunteerSignsUpSeesTheShiftAndDropsIt() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		var session = data.sessionIn(Courts.READING, 5, 2);
		mvc.perform(get("/court-desk/shifts").with(RotaTestData.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sessions at Reading Crown Court")))
			.andExpect(content().string(containsString("/court-desk/shifts/" + session + "/sign-up")))
			.andExpect(content().string(containsString("2 places left")))
			.andExpect(content().string(containsString("You are not signed up for any shifts")));

		signUp(volunteer, session).andExpect(redirectedUrl("/court-desk/shifts"))
			.andExpect(flash().attribute("message", "You are signed up for this shift"));
		assertThat(data.signedUp(session, volunteer.id())).isTrue();
		assertThat(data.audited("COURT_DESK_SHIFT_TAKEN", session)).isEqualTo(1);
		mvc.perform(get("/court-desk/shifts").with(RotaTestData.as(volunteer)))
			.andExpect(content().string(containsString("/court-desk/shifts/" + session + "/drop")))
			.andExpect(content().string(containsString("Drop this shift")))
			.andExpect(content().string(not(containsString("/court-desk/shifts/" + session + "/sign-up"))));

		drop(volunteer, session).andExpect(redirectedUrl("/court-desk/shifts"));
		assertThat(data.signedUp(session, volunteer.id())).isFalse();
		assertThat(data.audited("COURT_DESK_SHIFT_DROPPED", session)).isEqualTo(1);

		refused(drop(volunteer, session), "You are not signed up for that shift");
	}

	@Test
	void signingUpTwiceIsRefusedClearly() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		var session = data.sessionIn(Courts.READING, 6, 3);
		signUp(volunteer, session).andExpect(status().is3xxRedirection());
		refused(signUp(volunteer, session), "You are already signed up for this shift");
	}

	@Test
	void twoSignUpsAtOnceMakeOneShiftAndNoServerError() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		var session = data.sessionIn(Courts.READING, 7, 3);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var tries = new ArrayList<Callable<String>>();
			for (int i = 0; i < 2; i++) {
				tries.add(() -> {
					try {
						shifts.signUp(session, volunteer.id());
						return "signed up";
					}
					catch (Shifts.ShiftRefused ex) {
						return ex.code();
					}
				});
			}
			var outcomes = new ArrayList<String>();
			for (var future : pool.invokeAll(tries)) {
				outcomes.add(future.get());
			}
			assertThat(outcomes).containsExactlyInAnyOrder("signed up", "courtdesk.shift.already");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aSessionInThePastOrAlreadyStartedIsRefused() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		var yesterday = data.session(Courts.READING, RotaTestData.today().minusDays(1), LocalTime.of(9, 30),
				LocalTime.of(13, 0), 2);
		refused(signUp(volunteer, yesterday),
				"That session has already started or is over: you can only sign up for sessions still to come");
		assertThat(data.signedUp(yesterday, volunteer.id())).isFalse();

		var startedToday = data.session(Courts.READING, RotaTestData.today(), LocalTime.MIDNIGHT, LocalTime.of(0, 1),
				2);
		refused(signUp(volunteer, startedToday),
				"That session has already started or is over: you can only sign up for sessions still to come");
		assertThat(data.signedUp(startedToday, volunteer.id())).isFalse();
	}

	@Test
	void aCancelledSessionIsRefused() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		var session = data.sessionIn(Courts.READING, 8, 2);
		data.cancel(session);
		refused(signUp(volunteer, session), "That session is cancelled");
		assertThat(data.signedUp(session, volunteer.id())).isFalse();
	}

	@Test
	void aFullSessionIsRefused() throws Exception {
		var first = data.volunteerAt(Courts.READING);
		var second = data.volunteerAt(Courts.READING);
		var session = data.sessionIn(Courts.READING, 9, 1);
		signUp(first, session).andExpect(status().is3xxRedirection());
		mvc.perform(get("/court-desk/shifts").with(RotaTestData.as(second)))
			.andExpect(content().string(not(containsString("/court-desk/shifts/" + session + "/sign-up"))));
		refused(signUp(second, session), "That session is full: it has all the volunteers it needs");
		assertThat(data.signedUp(session, second.id())).isFalse();
	}

	@Test
	void aSessionAtAnotherCourtIsNeitherShownNorTaken() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		var oxford = data.sessionIn(Courts.OXFORD, 10, 2);
		mvc.perform(get("/court-desk/shifts").with(RotaTestData.as(volunteer)))
			.andExpect(content().string(not(containsString(oxford.toString()))));
		refused(signUp(volunteer, oxford),
				"That session is at another court: you can only sign up for sessions at the court you work at");
		assertThat(data.signedUp(oxford, volunteer.id())).isFalse();
	}

	@Test
	void anUnknownSessionIsRefusedWithoutAServerError() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		refused(signUp(volunteer, UUID.randomUUID()), "That session is not on the rota");
	}

	@Test
	void aVolunteerWithoutACourtIsToldToAskTheirCoordinator() throws Exception {
		var volunteer = data.volunteerAt(null);
		mvc.perform(get("/court-desk/shifts").with(RotaTestData.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ask your court desk coordinator")));
	}

}
