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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The court desk lists scale and take any input (issue 11, items 6 and 7): the rota, a
 * volunteer's shifts and contacts, and the coordinator's contacts page through all they
 * find, 25 a page, with no cap; the rota shows only the sessions that need volunteers
 * when asked; a page number that is not one shows the first page and one past the last
 * says so; a court filter that is not a court (a NUL, an unknown id) is shown by its
 * field; never a server error. Every table is a stacked table, its key cell first. A
 * volunteer follows where their referral stands on their contacts.
 */
@IntegrationTest
class CourtDeskListsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RotaTestData data;

	@Autowired
	CourtDeskContactData contacts;

	@Autowired
	Courts courts;

	@Autowired
	JdbcClient jdbc;

	RotaTestData.Staff staff;

	UUID court;

	@BeforeEach
	void aCourtOfItsOwn() {
		staff = data.staff();
		court = courts.add("Lists test Crown Court " + UUID.randomUUID().toString().substring(0, 8), "Listbury", null)
			.id();
	}

	private String page(String path, RequestPostProcessor who, String... params) throws Exception {
		var request = get(path).with(who);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theRotaPagesThroughEverySessionAndShowsTheGapsWhenAsked() throws Exception {
		var sessions = new UUID[26];
		for (int i = 0; i < sessions.length; i++) {
			sessions[i] = data.sessionIn(court, 10 + i, 1);
		}
		data.signUp(sessions[0], data.volunteerAt(court).id());
		var coordinator = staff.as(Role.COURT_DESK_COORDINATOR);
		var first = page("/court-desk/rota", coordinator, "court", court.toString());
		assertThat(first).contains("26 sessions at ").contains("fm-table--stacked").contains("data-label=\"Status\"");
		assertThat(first).contains("/court-desk/rota/" + sessions[24]).doesNotContain(sessions[25].toString());
		assertThat(first).contains("href=\"/court-desk/rota?court=" + court + "&amp;page=2\"");
		var second = page("/court-desk/rota", coordinator, "court", court.toString(), "page", "2");
		assertThat(second).contains("/court-desk/rota/" + sessions[25]).doesNotContain(sessions[0].toString());

		var gaps = page("/court-desk/rota", coordinator, "court", court.toString(), "show", "gaps");
		assertThat(gaps).contains("25 sessions that need volunteers at")
			.doesNotContain("/court-desk/rota/" + sessions[0] + "\"")
			.contains("/court-desk/rota/" + sessions[1]);

		assertThat(page("/court-desk/rota", coordinator, "court", court.toString(), "page", "9"))
			.contains("There is no page 9: there are 2 pages.")
			.contains("Go to the first page");
		for (var notANumber : new String[] { "abc", "-3", "0", "%00", "\u0000", "9".repeat(40) }) {
			assertThat(page("/court-desk/rota", coordinator, "court", court.toString(), "page", notANumber))
				.as("page %s", notANumber)
				.contains("/court-desk/rota/" + sessions[0]);
		}
	}

	@Test
	void aCourtFilterThatIsNotACourtIsShownByItsField() throws Exception {
		for (var path : new String[] { "/court-desk/rota", "/court-desk/contacts" }) {
			for (var notACourt : new String[] { "\u0000", "%00", "x".repeat(5000), UUID.randomUUID().toString(),
					"'; drop table court; --" }) {
				assertThat(page(path, staff.as(Role.COURT_DESK_COORDINATOR), "court", notACourt, "show", "\u0000"))
					.as("%s with court %s", path, (notACourt.length() > 40) ? "a long text" : notACourt)
					.contains("<title>Error: ")
					.contains("There is a problem")
					.contains("href=\"#court\"")
					.contains("Choose a court from the list, or all courts");
			}
		}
	}

	@Test
	void theCoordinatorsContactsSayWhenAPageIsPastTheLast() throws Exception {
		var volunteer = contacts.volunteer(court);
		mvc.perform(CourtDeskContactData.send(CourtDeskContactData.anonymous(UUID.randomUUID()), contacts.as(volunteer))
			.with(csrf())).andExpect(status().is3xxRedirection());
		var coordinator = staff.as(Role.COURT_DESK_COORDINATOR);
		assertThat(page("/court-desk/contacts", coordinator, "court", court.toString())).contains("1 contact<")
			.contains("fm-table--stacked")
			.contains("data-label=\"Outcome\"");
		assertThat(page("/court-desk/contacts", coordinator, "court", court.toString(), "page", "999999999"))
			.contains("There is no page 999999999: there is 1 page.");

		var mine = contacts.as(volunteer);
		assertThat(page("/court-desk/contacts", mine)).contains("1 contact<").contains("fm-table--stacked");
		assertThat(page("/court-desk/contacts", mine, "page", "3")).contains("There is no page 3: there is 1 page.");
		assertThat(page("/court-desk/contacts", mine, "page", "\u0000", "court", "\u0000")).contains("1 contact<");
	}

	@Test
	void aVolunteerFollowsTheirReferralOnTheirContacts() throws Exception {
		var volunteer = contacts.volunteer(court);
		var family = "Follow" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
		mvc.perform(
				CourtDeskContactData.send(contacts.agreed(UUID.randomUUID(), family, "Slough"), contacts.as(volunteer)))
			.andExpect(status().is3xxRedirection());
		var referral = jdbc.sql("select referral_id from court_desk_contact where recorded_by = :v")
			.param("v", volunteer.account().id())
			.query(UUID.class)
			.single();
		var reference = jdbc.sql("select reference from referral where id = :id")
			.param("id", referral)
			.query(String.class)
			.single();
		assertThat(page("/court-desk/contacts", contacts.as(volunteer)))
			.contains("Yes, " + reference + " (Waiting for a decision)");

		var version = jdbc.sql("select version from referral where id = :id")
			.param("id", referral)
			.query(Long.class)
			.single();
		mvc.perform(post("/referrals/" + referral + "/accept").param("version", version.toString())
			.with(contacts.as(contacts.sloughSupportWorker()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page("/court-desk/contacts", contacts.as(volunteer))).contains("Yes, " + reference + " (Accepted)");
		assertThat(page("/court-desk/contacts", staff.as(Role.COURT_DESK_COORDINATOR), "court", court.toString()))
			.contains("Yes, " + reference + " (Accepted)");
	}

	@Test
	void aVolunteersShiftsPageThroughTheSessionsAtTheirCourt() throws Exception {
		var volunteer = data.volunteerAt(court);
		var sessions = new UUID[26];
		for (int i = 0; i < sessions.length; i++) {
			sessions[i] = data.sessionIn(court, 40 + i, 1);
		}
		var first = page("/court-desk/shifts", RotaTestData.as(volunteer));
		assertThat(first).contains("/court-desk/shifts/" + sessions[24] + "/sign-up")
			.doesNotContain(sessions[25].toString())
			.contains("href=\"/court-desk/shifts?page=2\"");
		assertThat(page("/court-desk/shifts", RotaTestData.as(volunteer), "page", "2"))
			.contains("/court-desk/shifts/" + sessions[25] + "/sign-up");
		assertThat(page("/court-desk/shifts", RotaTestData.as(volunteer), "page", "7"))
			.contains("There is no page 7: there are 2 pages.");
	}

	@Test
	void theVolunteersAndCourtsTablesStackOnAPhone() throws Exception {
		assertThat(page("/court-desk/volunteers", staff.as(Role.COURT_DESK_COORDINATOR))).contains("fm-table--stacked")
			.contains("data-label=\"Court\"");
		assertThat(page("/admin/courts", staff.as(Role.ADMINISTRATOR))).contains("fm-table--stacked")
			.contains("data-label=\"Status\"");
	}

}
