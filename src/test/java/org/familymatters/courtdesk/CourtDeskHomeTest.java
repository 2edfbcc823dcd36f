package org.familymatters.courtdesk;

import java.util.UUID;

import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the court desks put on home pages (issue 11, item 1), at a court of the test's
 * own: a volunteer's next shift and the large "Record a contact", and the shifts at their
 * court in the next two weeks that need volunteers, each leading to the shift; a
 * coordinator's sessions in the next four weeks that need volunteers, by court, each
 * leading to the session on the rota; a manager's statistics, audited as a view; nothing
 * for anyone else.
 */
@IntegrationTest
class CourtDeskHomeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RotaTestData data;

	@Autowired
	Courts courts;

	@Autowired
	JdbcClient jdbc;

	RotaTestData.Staff staff;

	UUID court;

	String courtName;

	@BeforeEach
	void aCourtOfItsOwn() {
		staff = data.staff();
		courtName = "Home test Crown Court " + UUID.randomUUID().toString().substring(0, 8);
		court = courts.add(courtName, "Hometown", null).id();
	}

	private String home(RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/home").with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aVolunteerSeesTheirNextShiftRecordAContactAndTheShiftsThatNeedThem() throws Exception {
		var volunteer = data.volunteerAt(court);
		var mine = data.sessionIn(court, 2, 2);
		data.signUp(mine, volunteer.id());
		var soon = data.sessionIn(court, 5, 2);
		var later = data.sessionIn(court, 20, 2);
		var cancelled = data.sessionIn(court, 6, 2);
		data.cancel(cancelled);
		var full = data.sessionIn(court, 7, 1);
		data.signUp(full, data.volunteerAt(court).id());

		var page = home(RotaTestData.as(volunteer));
		assertThat(page).contains("Your next shift")
			.contains("href=\"/court-desk/shifts/" + mine + "\"")
			.contains("09:30 to 13:00 at " + courtName)
			.containsPattern(
					"class=\"govuk-button govuk-button--start fm-home-action\"[^>]*href=\"/court-desk/contacts/new\"")
			.contains(">Record a contact<");
		assertThat(page).contains("Shifts at " + courtName + " that need volunteers")
			.contains("href=\"/court-desk/shifts/" + soon + "\"")
			.contains("Needs 2 more volunteers")
			.doesNotContain(later.toString())
			.doesNotContain(cancelled.toString())
			.doesNotContain(full.toString());

		mvc.perform(get("/court-desk/shifts/" + soon).with(RotaTestData.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/court-desk/shifts/" + soon + "/sign-up")));
		var elsewhere = data.sessionIn(Courts.OXFORD, 5, 2);
		mvc.perform(get("/court-desk/shifts/" + elsewhere).with(RotaTestData.as(volunteer)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/court-desk/shifts/" + soon).with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aVolunteerWithoutACourtIsToldToAskTheirCoordinator() throws Exception {
		var page = home(RotaTestData.as(data.volunteerAt(null)));
		assertThat(page).contains("You do not work at a court yet")
			.doesNotContainPattern("fm-home-action[^>]*/court-desk/contacts/new");
	}

	@Test
	void aCoordinatorSeesTheSessionsThatNeedVolunteersByCourt() throws Exception {
		var gap = data.sessionIn(court, 3, 2);
		var half = data.sessionIn(court, 10, 2);
		data.signUp(half, data.volunteerAt(court).id());
		var full = data.sessionIn(court, 4, 1);
		data.signUp(full, data.volunteerAt(court).id());
		var cancelled = data.sessionIn(court, 5, 1);
		data.cancel(cancelled);
		var tooFar = data.sessionIn(court, 29, 1);

		var page = home(staff.as(Role.COURT_DESK_COORDINATOR));
		assertThat(page).contains(courtName + ": sessions that need volunteers")
			.contains("href=\"/court-desk/rota/" + gap + "\"")
			.contains("href=\"/court-desk/rota/" + half + "\"")
			.contains("Needs 1 more volunteer<")
			.contains("href=\"/court-desk/rota?court=" + court + "&amp;show=gaps\"")
			.doesNotContain(full.toString())
			.doesNotContain(cancelled.toString())
			.doesNotContain(tooFar.toString());
		var section = page.substring(page.indexOf(courtName + ": sessions that need volunteers"));
		assertThat(section).as("two sessions in the court's count").containsPattern("fm-home-count[^>]*>2<");
		assertThat(page).doesNotContain("Record a contact<").doesNotContain("Court desk statistics by court");
	}

	@Test
	void aManagerSeesTheStatisticsAsTheyMayAndTheLookIsAudited() throws Exception {
		var manager = staff.get(Role.MANAGER);
		var page = home(staff.as(Role.MANAGER));
		assertThat(page).contains("Court desk statistics")
			.containsPattern(", all courts: (\\d+|fewer than 5) contacts?, (\\d+|fewer than 5) referrals? made")
			.contains("href=\"/court-desk/statistics\"")
			.doesNotContain("sessions that need volunteers");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'COURT_DESK_STATISTICS_VIEWED' and actor_username = :who
				and detail like '%all courts, counts from 1 to 4 suppressed, on the home page'
				""").param("who", manager.getUsername()).query(Long.class).single()).isOne();
	}

	@Test
	void nobodyElseSeesTheCourtDesks() throws Exception {
		for (var role : new Role[] { Role.SUPPORT_WORKER, Role.ADMINISTRATOR, Role.AGENCY_PRACTITIONER }) {
			assertThat(home(staff.as(role))).as("%s", role)
				.doesNotContain("Your next shift")
				.doesNotContain("sessions that need volunteers")
				.doesNotContain("Court desk statistics by court");
		}
	}

}
