package org.familymatters.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.training.internal.BookingRules;
import org.familymatters.training.internal.Bookings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The booking pages: the form's refusals (nothing saved), the honeypot (nothing saved,
 * the same thank-you), one e-mail address booked once, a full session offering the
 * waiting list only when asked, sessions that cannot be booked (404), one click for
 * staff, the booking's link (and 404 for a wrong or cancelled one), and two people taking
 * the last place at once: exactly one gets it.
 */
@IntegrationTest
class BookingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TrainingFixtures training;

	@Autowired
	PlanFixtures plans;

	@Autowired
	Bookings bookings;

	@Autowired
	JdbcClient jdbc;

	private UUID session(int capacity) {
		var trainer = training.trainer();
		var course = training.course("WORKSHOP", trainer);
		return training.session(course, LocalDate.now(ServiceTime.ZONE).plusDays(30), capacity, null, trainer);
	}

	private static MockHttpServletRequestBuilder booking(UUID session, String email) {
		return post("/training/sessions/" + session + "/book").with(csrf())
			.param("name", "Alex Head")
			.param("email", email)
			.param("organisation", "Banbury primary school (demo)")
			.param("sector", "STATUTORY")
			.param("role", "HEAD_TEACHER")
			.param("seniority", "SENIOR_MANAGER")
			.param("website", "");
	}

	private List<String> statuses(UUID session, String email) {
		return jdbc.sql("select status from training_booking where session_id = :s and email = :e order by booked_at")
			.param("s", session)
			.param("e", email.toLowerCase())
			.query(String.class)
			.list();
	}

	private static String email() {
		return "head-" + UUID.randomUUID() + "@school.example.org";
	}

	@Test
	void aHeadTeacherBooksWithoutAnAccountAndBadInputSavesNothing() throws Exception {
		var session = session(10);
		mvc.perform(get("/training/sessions/" + session + "/book"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Book a place")))
			.andExpect(content().string(containsString("10 places left")))
			.andExpect(content().string(containsString("Home–school link worker")))
			.andExpect(content().string(containsString("name=\"website\"")))
			.andExpect(content().string(containsString("tabindex=\"-1\"")))
			.andExpect(content().string(not(containsString("Book a place as"))));

		var refused = email();
		mvc.perform(post("/training/sessions/" + session + "/book").with(csrf())
			.param("name", "Alex\u0000")
			.param("email", "not an address")
			.param("organisation", " ")
			.param("sector", "STATUTORY")
			.param("seniority", "FRONT_LINE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter your work email address in the correct format")))
			.andExpect(content().string(containsString("Enter the name of the organisation you work for")))
			.andExpect(content().string(containsString("Select your role")))
			.andExpect(content().string(containsString("Remove the hidden control characters")));
		mvc.perform(post("/training/sessions/" + session + "/book").with(csrf())
			.param("name", "Alex Head")
			.param("email", refused)
			.param("organisation", "word ".repeat(10_000))
			.param("sector", "STATUTORY")
			.param("role", "SENCO")
			.param("seniority", "FRONT_LINE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Organisation must be 200 characters or fewer")));
		assertThat(statuses(session, refused)).isEmpty();

		var email = email();
		mvc.perform(booking(session, email.toUpperCase()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/training/sessions/" + session + "/booked"))
			.andExpect(flash().attribute("result", "BOOKED"));
		assertThat(statuses(session, email)).containsExactly("BOOKED");
		mvc.perform(get("/training/sessions/" + session + "/booked").flashAttr("result", "BOOKED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thank you for booking")));

		// The same address again, in any case: refused by the field, nothing saved.
		mvc.perform(booking(session, " " + email.toUpperCase() + " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have already booked a place on this session")));
		assertThat(statuses(session, email)).containsExactly("BOOKED");
	}

	@Test
	void theHoneypotFilledSavesNothingAndLooksTheSame() throws Exception {
		var session = session(10);
		var email = email();
		mvc.perform(booking(session, email).param("website", "https://spam.example.org"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/training/sessions/" + session + "/booked"))
			.andExpect(flash().attribute("result", "BOOKED"));
		assertThat(statuses(session, email)).isEmpty();
	}

	@Test
	void aFullSessionOffersTheWaitingListAndJoinsItOnlyWhenAsked() throws Exception {
		var session = session(1);
		training.booking(session, "BOOKED", "SENCO", "STATUTORY", "FRONT_LINE", "Test school");
		var email = email();
		mvc.perform(get("/training/sessions/" + session + "/book"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Full: you can join the waiting list")))
			.andExpect(content().string(containsString("name=\"waitingList\" value=\"yes\"")));
		mvc.perform(booking(session, email))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This session is full")))
			.andExpect(content().string(containsString("Join the waiting list")));
		assertThat(statuses(session, email)).isEmpty();

		mvc.perform(booking(session, email).param("waitingList", "yes"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("result", "WAITING"))
			.andExpect(flash().attribute("waitingNumber", 1L));
		assertThat(statuses(session, email)).containsExactly("WAITING");
		mvc.perform(booking(session, email).param("waitingList", "yes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have already booked a place on this session")));
	}

	@Test
	void aCancelledStartedOrUnknownSessionCannotBeBooked() throws Exception {
		var trainer = training.trainer();
		var course = training.course("WORKSHOP", trainer);
		var cancelled = training.session(course, LocalDate.now(ServiceTime.ZONE).plusDays(30), 10, null, trainer);
		training.cancelSession(cancelled, trainer);
		var started = training.session(course, LocalDate.now(ServiceTime.ZONE).minusDays(1), 10, null, trainer);
		for (var session : List.of(cancelled, started, UUID.randomUUID())) {
			mvc.perform(get("/training/sessions/" + session + "/book")).andExpect(status().isNotFound());
			var email = email();
			mvc.perform(booking(session, email)).andExpect(status().isNotFound());
			assertThat(statuses(session, email)).isEmpty();
		}
		mvc.perform(get("/training/sessions/not-a-session/book")).andExpect(status().is4xxClientError());
	}

	@Test
	void staffBookWithOneClickAndSeeItOnTheirHomePage() throws Exception {
		var session = session(10);
		var organisation = plans.organisation("Probation office", OrganisationType.PROBATION, null);
		var officer = plans.user(organisation.id(), Role.AGENCY_PRACTITIONER);
		var email = plans.email(officer);
		mvc.perform(get("/training/sessions/" + session + "/book").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Book a place as " + officer.displayName())))
			.andExpect(content().string(containsString("Book a place for someone else")));

		mvc.perform(post("/training/sessions/" + session + "/book/as-me").with(user(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("result", "BOOKED"));
		var booked = jdbc.sql("""
				select id, name, organisation, sector, role, seniority, user_id from training_booking
				where session_id = :s and email = :e
				""")
			.param("s", session)
			.param("e", email)
			.query((rs, n) -> List.of(rs.getString("id"), rs.getString("name"), rs.getString("organisation"),
					rs.getString("sector"), rs.getString("role"), rs.getString("seniority"), rs.getString("user_id")))
			.single();
		assertThat(booked.subList(1, 7)).containsExactly(officer.displayName(), organisation.name(), "STATUTORY",
				"OTHER", "FRONT_LINE", officer.id().toString());
		var bookingId = booked.get(0);

		// Once: the page now says so, and a second click saves nothing.
		mvc.perform(get("/training/sessions/" + session + "/book").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have already booked a place on this session")))
			.andExpect(content().string(containsString("/training/your-bookings/" + bookingId)));
		mvc.perform(post("/training/sessions/" + session + "/book/as-me").with(user(officer)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(statuses(session, email)).containsExactly("BOOKED");

		mvc.perform(get("/home").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your training")))
			.andExpect(content().string(containsString("/training/your-bookings/" + bookingId)));
		mvc.perform(get("/training/your-bookings/" + bookingId).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have a place")))
			.andExpect(content().string(containsString("Cancel my place")));
		var someoneElse = plans.user(organisation.id(), Role.AGENCY_PRACTITIONER);
		mvc.perform(get("/training/your-bookings/" + bookingId).with(user(someoneElse)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/training/your-bookings/" + bookingId + "/cancel").with(user(someoneElse)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(statuses(session, email)).containsExactly("BOOKED");

		// A court desk volunteer books as a volunteer; staff without an address get the
		// form.
		var volunteer = plans.user(organisation.id(), Role.VOLUNTEER);
		var volunteerEmail = plans.email(volunteer);
		mvc.perform(post("/training/sessions/" + session + "/book/as-me").with(user(volunteer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select role from training_booking where session_id = :s and email = :e")
			.param("s", session)
			.param("e", volunteerEmail)
			.query(String.class)
			.single()).isEqualTo("VOLUNTEER");
		var withoutAddress = plans.user(organisation.id(), Role.SUPPORT_WORKER);
		mvc.perform(get("/training/sessions/" + session + "/book").with(user(withoutAddress)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Book a place as"))));
		mvc.perform(post("/training/sessions/" + session + "/book/as-me").with(user(withoutAddress)).with(csrf()))
			.andExpect(redirectedUrl("/training/sessions/" + session + "/book"));
		mvc.perform(post("/training/sessions/" + session + "/book/as-me").with(csrf()))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void theLinkOpensTheBookingUntilItIsCancelledAndAWrongOneIsNotFound() throws Exception {
		var session = session(10);
		var booking = training.booking(session, "BOOKED", "HEAD_TEACHER", "STATUTORY", "SENIOR_MANAGER", "Test school");
		mvc.perform(get("/training/bookings/" + booking.secret()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have a place")))
			.andExpect(content().string(containsString(booking.email())));
		mvc.perform(get("/training/bookings/" + booking.secret() + "/cancel"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep my place")));
		for (var wrong : List.of("A".repeat(43), "short", booking.secret() + "x")) {
			mvc.perform(get("/training/bookings/" + wrong)).andExpect(status().isNotFound());
			mvc.perform(post("/training/bookings/" + wrong + "/cancel").with(csrf())).andExpect(status().isNotFound());
		}
		mvc.perform(post("/training/bookings/" + booking.secret() + "/cancel").with(csrf()))
			.andExpect(redirectedUrl("/training/bookings/cancelled"));
		assertThat(training.status(booking.id())).isEqualTo("CANCELLED");
		mvc.perform(get("/training/bookings/" + booking.secret())).andExpect(status().isNotFound());
		mvc.perform(post("/training/bookings/" + booking.secret() + "/cancel").with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/training/bookings/cancelled")).andExpect(status().isOk());
	}

	@Test
	void twoPeopleTakingTheLastPlaceAtOnceOneGetsItTheOtherIsOfferedTheWaitingList() throws Exception {
		var session = session(2);
		training.booking(session, "BOOKED", "SENCO", "STATUTORY", "FRONT_LINE", "Test school");
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var tasks = new ArrayList<Callable<Bookings.Outcome>>();
			for (int i = 0; i < 2; i++) {
				var trainee = new BookingRules.Trainee("Person " + i, email(), "Test school",
						BookingRules.Sector.STATUTORY, BookingRules.Role.PROBATION_OFFICER,
						BookingRules.Seniority.FRONT_LINE);
				tasks.add(() -> {
					start.await();
					return bookings.book(session, trainee, null, false);
				});
			}
			var futures = tasks.stream().map(pool::submit).toList();
			start.countDown();
			var results = new ArrayList<Bookings.Result>();
			for (var future : futures) {
				results.add(future.get().result());
			}
			assertThat(results).containsExactlyInAnyOrder(Bookings.Result.BOOKED, Bookings.Result.FULL);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from training_booking where session_id = :s and status = 'BOOKED'")
			.param("s", session)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

}
