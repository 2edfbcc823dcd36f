package org.familymatters.courtdesk;

import java.util.UUID;

import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
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
 * A coordinator fills a gap in the rota (issue 11): on a session's page they put a
 * volunteer who works at its court on it; the volunteer then has the shift, as if they
 * had signed up; it is audited. Refused by the field, with nothing saved: no volunteer
 * chosen, a volunteer of another court or one on it already, a full or cancelled session.
 * Only coordinators may.
 */
@IntegrationTest
class RotaGapsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RotaTestData data;

	@Autowired
	Courts courts;

	RotaTestData.Staff staff;

	UUID court;

	@BeforeEach
	void aCourtOfItsOwn() {
		staff = data.staff();
		court = courts.add("Gaps test Crown Court " + UUID.randomUUID().toString().substring(0, 8), "Gapton", null)
			.id();
	}

	private ResultActions assign(UUID session, String volunteer) throws Exception {
		return mvc.perform(post("/court-desk/rota/" + session + "/volunteers").with(csrf())
			.with(staff.as(Role.COURT_DESK_COORDINATOR))
			.param("volunteer", volunteer));
	}

	private static void refused(ResultActions result, String message) throws Exception {
		result.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Session at")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#volunteer\"")))
			.andExpect(content().string(containsString(message)));
	}

	@Test
	void theCoordinatorPutsAVolunteerOfTheCourtOnASession() throws Exception {
		var volunteer = data.volunteerAt(court);
		var session = data.sessionIn(court, 4, 1);
		mvc.perform(get("/court-desk/rota/" + session).with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Put a volunteer on this session")))
			.andExpect(content().string(containsString("value=\"" + volunteer.id() + "\"")));

		assign(session, volunteer.id().toString()).andExpect(redirectedUrl("/court-desk/rota/" + session))
			.andExpect(flash().attribute("message", volunteer.displayName() + " is on this session now"));
		assertThat(data.signedUp(session, volunteer.id())).isTrue();
		assertThat(data.audited("COURT_DESK_SHIFT_ASSIGNED", session)).isEqualTo(1);
		mvc.perform(get("/court-desk/rota/" + session).with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(content().string(containsString(">Full<")))
			.andExpect(content().string(not(containsString("Put a volunteer on this session"))));
		mvc.perform(get("/court-desk/shifts").with(RotaTestData.as(volunteer)))
			.andExpect(content().string(containsString("/court-desk/shifts/" + session + "/drop")));
	}

	@Test
	void badChoicesAreRefusedByTheFieldAndNothingIsSaved() throws Exception {
		var session = data.sessionIn(court, 5, 2);
		var onIt = data.volunteerAt(court);
		data.signUp(session, onIt.id());
		var elsewhere = data.volunteerAt(Courts.OXFORD);
		refused(assign(session, ""), "Choose the volunteer to put on this session");
		refused(assign(session, "a\u0000b"), "Choose a volunteer from the list");
		refused(assign(session, elsewhere.id().toString()), "Choose a volunteer from the list");
		refused(assign(session, onIt.id().toString()), "Choose a volunteer from the list");
		assertThat(data.signedUp(session, elsewhere.id())).isFalse();
		assertThat(data.audited("COURT_DESK_SHIFT_ASSIGNED", session)).isZero();
	}

	@Test
	void aFullOrCancelledSessionTakesNobody() throws Exception {
		var volunteer = data.volunteerAt(court);
		var full = data.sessionIn(court, 6, 1);
		data.signUp(full, data.volunteerAt(court).id());
		refused(assign(full, volunteer.id().toString()), "That session is full");
		var cancelled = data.sessionIn(court, 7, 1);
		data.cancel(cancelled);
		refused(assign(cancelled, volunteer.id().toString()), "That session is cancelled");
		assertThat(data.signedUp(full, volunteer.id())).isFalse();
		assertThat(data.signedUp(cancelled, volunteer.id())).isFalse();
	}

	@Test
	void onlyACoordinatorFillsAGap() throws Exception {
		var volunteer = data.volunteerAt(court);
		var session = data.sessionIn(court, 8, 2);
		for (var who : new Role[] { Role.VOLUNTEER, Role.MANAGER, Role.ADMINISTRATOR }) {
			mvc.perform(post("/court-desk/rota/" + session + "/volunteers").with(csrf())
				.with(staff.as(who))
				.param("volunteer", volunteer.id().toString())).andExpect(status().isForbidden());
		}
		assertThat(data.signedUp(session, volunteer.id())).isFalse();
	}

}
