package org.familymatters.courtdesk;

import java.util.UUID;

import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.Readiness;
import org.familymatters.courtdesk.internal.VolunteerReadiness;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.training.TrainingFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Volunteers' readiness (issue 16): no sign-up without an induction and a background
 * check valid on the shift's day, each refusal saying which and what to do; the
 * coordinator's readiness page and its refusals; the checks to renew on the coordinator's
 * home page.
 */
@IntegrationTest
class VolunteerReadinessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RotaTestData data;

	@Autowired
	TrainingFixtures training;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VolunteerReadiness readiness;

	private String page(MockHttpServletRequestBuilder request, StaffPrincipal who) throws Exception {
		return mvc.perform(request.with(RotaTestData.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions signUp(StaffPrincipal volunteer, UUID session) throws Exception {
		return mvc
			.perform(post("/court-desk/shifts/" + session + "/sign-up").with(csrf()).with(RotaTestData.as(volunteer)));
	}

	private String refusedSignUp(StaffPrincipal volunteer, UUID session) throws Exception {
		var page = signUp(volunteer, session).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<title>Error: Your court desk shifts").contains("There is a problem");
		assertThat(data.signedUp(session, volunteer.id())).isFalse();
		return page;
	}

	private static String day(java.time.LocalDate date) {
		return Readiness.DAY.format(date);
	}

	@Test
	void aVolunteerSignsUpOnlyWithAnInductionAndACheckValidOnTheShiftsDay() throws Exception {
		var volunteer = data.unreadyVolunteerAt(Courts.READING, null);
		var session = data.sessionIn(Courts.READING, 10, 2);
		var today = RotaTestData.today();

		// Neither: the shifts page says why, with no button that would fail.
		var shifts = page(get("/court-desk/shifts"), volunteer);
		assertThat(shifts).contains("Before you can sign up for shifts")
			.contains("You cannot sign up for shifts until you have attended a court desk induction")
			.contains("until your court desk coordinator has recorded your background check")
			.doesNotContain("/court-desk/shifts/" + session + "/sign-up");
		assertThat(page(get("/court-desk/shifts/" + session), volunteer))
			.contains("You cannot sign up for shifts until you have attended a court desk induction")
			.doesNotContain("Sign up for this shift");
		assertThat(page(get("/home"), volunteer)).contains("Before you can sign up for shifts");
		assertThat(refusedSignUp(volunteer, session)).contains("attended a court desk induction");

		// The induction, no check yet.
		training.inductionAttended(volunteer.id());
		assertThat(refusedSignUp(volunteer, session))
			.contains("until your court desk coordinator has recorded your background check");

		// An expired check.
		data.check(volunteer.id(), today.minusYears(3), today.minusDays(1));
		assertThat(refusedSignUp(volunteer, session)).contains("Your background check has expired: it was valid until "
				+ day(today.minusDays(1)) + ". Ask your court desk coordinator to record your renewed check");

		// A check that runs out before the shift: refused for that shift, with its
		// reason.
		data.check(volunteer.id(), today.minusYears(3).plusDays(1), today.plusDays(9));
		assertThat(page(get("/court-desk/shifts"), volunteer)).doesNotContain("Before you can sign up for shifts")
			.contains("Your background check is valid until " + day(today.plusDays(9)) + ", before this shift")
			.doesNotContain("/court-desk/shifts/" + session + "/sign-up");
		assertThat(refusedSignUp(volunteer, session))
			.contains("Your background check is valid until " + day(today.plusDays(9)) + ", before this shift");

		// A check valid until the shift's day: signed up.
		data.check(volunteer.id(), today.minusYears(3).plusDays(2), today.plusDays(10));
		assertThat(page(get("/court-desk/shifts"), volunteer)).contains("/court-desk/shifts/" + session + "/sign-up");
		signUp(volunteer, session).andExpect(redirectedUrl("/court-desk/shifts"));
		assertThat(data.signedUp(session, volunteer.id())).isTrue();
	}

	@Test
	void aCoordinatorCannotPutAVolunteerWhoIsNotReadyOnASession() throws Exception {
		var coordinator = data.newUser(Role.COURT_DESK_COORDINATOR);
		var volunteer = data.unreadyVolunteerAt(Courts.OXFORD, null);
		training.inductionAttended(volunteer.id());
		var session = data.sessionIn(Courts.OXFORD, 12, 3);
		assertThat(page(get("/court-desk/rota/" + session), coordinator)).contains("Put a volunteer on this session")
			.containsPattern("(Only volunteers ready for this session|is ready for this session)")
			.doesNotContain("value=\"" + volunteer.id() + "\"");
		var refused = page(post("/court-desk/rota/" + session + "/volunteers").with(csrf())
			.param("volunteer", volunteer.id().toString()), coordinator);
		assertThat(refused).contains("be ready for it (an induction attended");
		assertThat(data.signedUp(session, volunteer.id())).isFalse();
	}

	@Test
	void theCoordinatorRecordsACheckOnTheReadinessPageAndBadOnesAreRefusedByTheField() throws Exception {
		var coordinator = data.newUser(Role.COURT_DESK_COORDINATOR);
		var volunteer = data.unreadyVolunteerAt(Courts.READING, null);
		var induction = upcomingInduction(coordinator);
		var readiness = "/court-desk/volunteers/" + volunteer.id() + "/readiness";
		var today = RotaTestData.today();

		assertThat(page(get("/court-desk/volunteers"), coordinator)).contains(readiness)
			.contains("Not ready: no induction, no background check");
		assertThat(page(get(readiness), coordinator)).contains("Ready for court desk shifts?")
			.contains("Not yet")
			.contains("None recorded")
			.contains("/training/sessions/" + induction)
			.contains("Record a background check");

		var future = today.plusDays(1);
		assertThat(record(coordinator, readiness, future, future.plusYears(3), null))
			.contains("Date of the check must be today or in the past");
		assertThat(record(coordinator, readiness, today, today, null))
			.contains("Expiry date must be after the date of the check");
		assertThat(record(coordinator, readiness, today.minusYears(3), today.minusDays(1), null))
			.contains("This check has already expired; record the renewed check");
		assertThat(record(coordinator, readiness, today, today.plusYears(3), "DBS\u0000"))
			.contains("Remove the hidden control characters");
		assertThat(record(coordinator, readiness, today, today.plusYears(3), "x".repeat(10_000)))
			.contains("Reference must be 40 characters or fewer");
		assertThat(page(post(readiness).with(csrf()), coordinator)).contains("Enter the date the check was done")
			.contains("Enter the date the check expires");
		assertThat(checks(volunteer.id())).as("nothing saved").isZero();

		mvc.perform(post(readiness).with(csrf())
			.with(RotaTestData.as(coordinator))
			.param("checkedOn.day", String.valueOf(today.minusDays(2).getDayOfMonth()))
			.param("checkedOn.month", String.valueOf(today.minusDays(2).getMonthValue()))
			.param("checkedOn.year", String.valueOf(today.minusDays(2).getYear()))
			.param("expiresOn.day", String.valueOf(today.plusYears(3).getDayOfMonth()))
			.param("expiresOn.month", String.valueOf(today.plusYears(3).getMonthValue()))
			.param("expiresOn.year", String.valueOf(today.plusYears(3).getYear()))
			.param("reference", " DBS 001234 ")).andExpect(redirectedUrl(readiness));
		assertThat(checks(volunteer.id())).isOne();
		assertThat(data.audited("VOLUNTEER_CHECK_RECORDED", volunteer.id())).isOne();
		assertThat(page(get(readiness), coordinator)).contains("valid until " + day(today.plusYears(3)))
			.contains("DBS 001234")
			.contains("Background checks recorded");

		mvc.perform(
				get("/court-desk/volunteers/" + UUID.randomUUID() + "/readiness").with(RotaTestData.as(coordinator)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/court-desk/volunteers/" + coordinator.id() + "/readiness").with(RotaTestData.as(coordinator)))
			.andExpect(status().isNotFound());
		mvc.perform(get(readiness).with(RotaTestData.as(volunteer))).andExpect(status().isForbidden());
	}

	@Test
	void theCoordinatorsHomePageListsTheChecksExpiredAndExpiringWithin30Days() throws Exception {
		var coordinator = data.newUser(Role.COURT_DESK_COORDINATOR);
		var today = RotaTestData.today();
		var soon = data.unreadyVolunteerAt(Courts.READING, null);
		data.check(soon.id(), today.minusYears(1), today.plusDays(10));
		var expired = data.unreadyVolunteerAt(Courts.READING, null);
		data.check(expired.id(), today.minusYears(1), today.minusDays(3));
		var later = data.unreadyVolunteerAt(Courts.READING, null);
		data.check(later.id(), today.minusYears(1), today.plusDays(60));
		var renewed = data.unreadyVolunteerAt(Courts.READING, null);
		data.check(renewed.id(), today.minusYears(1), today.minusDays(3));
		data.check(renewed.id(), today, today.plusYears(1));

		var home = page(get("/home"), coordinator);
		assertThat(home).contains("Background checks to renew")
			.contains("/court-desk/volunteers/" + soon.id() + "/readiness")
			.contains("valid until " + day(today.plusDays(10)))
			.contains("/court-desk/volunteers/" + expired.id() + "/readiness")
			.contains("expired, valid until " + day(today.minusDays(3)))
			.doesNotContain(later.id().toString())
			.doesNotContain(renewed.id().toString());
	}

	@Test
	void theDemoVolunteerIsReady() {
		var demo = jdbc.sql("select id from identity_user where username = 'demo-volunteer'")
			.query(UUID.class)
			.single();
		assertThat(readiness.of(demo).today(RotaTestData.today())).isEmpty();
		assertThat(readiness.of(demo).check().orElseThrow().expiresOn()).isAfter(RotaTestData.today().plusMonths(11));
	}

	private String record(StaffPrincipal coordinator, String readiness, java.time.LocalDate checkedOn,
			java.time.LocalDate expiresOn, String reference) throws Exception {
		var request = post(readiness).with(csrf())
			.param("checkedOn.day", String.valueOf(checkedOn.getDayOfMonth()))
			.param("checkedOn.month", String.valueOf(checkedOn.getMonthValue()))
			.param("checkedOn.year", String.valueOf(checkedOn.getYear()))
			.param("expiresOn.day", String.valueOf(expiresOn.getDayOfMonth()))
			.param("expiresOn.month", String.valueOf(expiresOn.getMonthValue()))
			.param("expiresOn.year", String.valueOf(expiresOn.getYear()));
		if (reference != null) {
			request.param("reference", reference);
		}
		var page = page(request, coordinator);
		assertThat(page).contains("<title>Error: ").contains("There is a problem");
		return page;
	}

	/**
	 * An induction session in 20 days (written here: the fixture's session takes an
	 * Instant).
	 */
	private UUID upcomingInduction(StaffPrincipal by) {
		var course = training.course("INDUCTION", by);
		var id = UUID.randomUUID();
		var starts = RotaTestData.today().plusDays(20).atTime(10, 0).atZone(ServiceTime.ZONE).toOffsetDateTime();
		jdbc.sql("""
				insert into training_session (id, course_id, starts_at, ends_at, venue, capacity, created_by)
				values (:id, :course, :starts, :ends, 'Town hall, room 2', 12, :by)
				""")
			.param("id", id)
			.param("course", course)
			.param("starts", starts)
			.param("ends", starts.plusHours(3))
			.param("by", by.id())
			.update();
		return id;
	}

	private long checks(UUID volunteer) {
		return jdbc.sql("select count(*) from volunteer_check where volunteer_id = :v")
			.param("v", volunteer)
			.query(Long.class)
			.single();
	}

}
