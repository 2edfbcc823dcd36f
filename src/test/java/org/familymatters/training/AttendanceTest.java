package org.familymatters.training;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attendance at the door (marked once, refused twice and for a place on the waiting list
 * or cancelled, taken back, for training coordinators only), the feedback form through
 * its link (refused when not attended, taken once, bad input by the field) and the
 * certificate of attendance read back from its PDF.
 */
@IntegrationTest
class AttendanceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestUsers users;

	private StaffPrincipal trainer;

	private UUID course;

	private UUID session;

	private String door;

	@BeforeEach
	void aSessionToday() {
		trainer = training.trainer();
		course = training.course("WORKSHOP", trainer);
		session = training.session(course, LocalDate.now(ServiceTime.ZONE), 10, null, trainer);
		door = "/training/manage/sessions/" + session + "/attendance";
	}

	private TrainingFixtures.TestBooking booked(String status) {
		return training.booking(session, status, "HEAD_TEACHER", "STATUTORY", "SENIOR_MANAGER", "Test school");
	}

	@Test
	void markedOnceAndRefusedTheSecondTimeChangingNothing() throws Exception {
		var booking = booked("BOOKED");
		training.named(booking.id(), "Robin Door-Test", "Test primary school");
		mvc.perform(get(door).with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Robin Door-Test")))
			.andExpect(content().string(containsString("Test primary school")))
			.andExpect(content().string(containsString("Mark as attended")));

		mvc.perform(post(door).param("booking", booking.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(redirectedUrl(door))
			.andExpect(flash().attribute("message", containsString("Robin Door-Test is marked as attended at")));
		var attendedAt = training.attendedAt(booking.id());
		assertThat(attendedAt).isNotNull();
		var time = DateTimeFormatter.ofPattern("HH:mm").format(attendedAt.atZone(ServiceTime.ZONE));
		mvc.perform(get(door).with(user(trainer)))
			.andExpect(content().string(containsString("Attended at " + time)))
			.andExpect(content().string(containsString("Not attended after all")));

		mvc.perform(post(door).param("booking", booking.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Robin Door-Test is already marked as attended at " + time)));
		assertThat(training.attendedAt(booking.id())).isEqualTo(attendedAt);
		assertThat(training.auditFor(booking.id(), "ATTENDANCE_MARKED")).hasSize(2)
			.first()
			.asString()
			.endsWith("ALLOWED ROLE TRAINING_COORDINATOR");
		assertThat(training.auditFor(booking.id(), "ATTENDANCE_MARKED").get(1)).contains("REFUSED");
	}

	@Test
	void aPlaceOnTheWaitingListOrCancelledIsNotMarked() throws Exception {
		var waiting = booked("WAITING");
		mvc.perform(post(door).param("booking", waiting.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is on the waiting list, without a place on this session")));
		assertThat(training.attendedAt(waiting.id())).isNull();
		var cancelled = booked("CANCELLED");
		mvc.perform(post(door).param("booking", cancelled.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cancelled their booking")));
		assertThat(training.attendedAt(cancelled.id())).isNull();
		// Neither is on the door's list.
		mvc.perform(get(door).with(user(trainer)))
			.andExpect(content().string(not(containsString(waiting.id().toString()))));
	}

	@Test
	void aSessionOfALaterDayIsNotMarkedAndOffersNoButton() throws Exception {
		var later = training.session(course, LocalDate.now(ServiceTime.ZONE).plusDays(3), 10, null, trainer);
		var booking = training.booking(later, "BOOKED", "SENCO", "STATUTORY", "FRONT_LINE", "Test school");
		var laterDoor = "/training/manage/sessions/" + later + "/attendance";
		mvc.perform(get(laterDoor).with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This session is on a later day")))
			.andExpect(content().string(not(containsString("Mark as attended"))));
		mvc.perform(post(laterDoor).param("booking", booking.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("you can mark attendance from the morning of that day")));
		assertThat(training.attendedAt(booking.id())).isNull();
		// A booking of another session, or none at all: not found.
		mvc.perform(post(door).param("booking", booking.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(door).param("booking", "not-an-id").with(user(trainer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the person to mark")));
		mvc.perform(get("/training/manage/sessions/" + UUID.randomUUID() + "/attendance").with(user(trainer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyTrainingCoordinatorsMarkAttendance() throws Exception {
		var booking = booked("BOOKED");
		for (var role : new Role[] { Role.SUPPORT_WORKER, Role.VOLUNTEER, Role.MANAGER }) {
			mvc.perform(post(door).param("booking", booking.id().toString()).with(users.as(role)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(get(door).with(users.as(role))).andExpect(status().isForbidden());
		}
		assertThat(training.attendedAt(booking.id())).isNull();
	}

	@Test
	void aMarkIsTakenBackOnTheDayAndTheSearchFindsAName() throws Exception {
		var booking = booked("BOOKED");
		training.named(booking.id(), "Sam Undo-Test", "Test probation office");
		var other = booked("BOOKED");
		training.named(other.id(), "Kim Other-Test", "Test school");
		mvc.perform(get(door).param("name", "undo-t").with(user(trainer)))
			.andExpect(content().string(containsString("Sam Undo-Test")))
			.andExpect(content().string(not(containsString("Kim Other-Test"))));
		mvc.perform(get(door).param("name", "x".repeat(101)).with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter no more than 100 characters of the name to find")));

		mvc.perform(post(door).param("booking", booking.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(redirectedUrl(door));
		mvc.perform(post(door + "/undo").param("booking", booking.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(redirectedUrl(door))
			.andExpect(flash().attribute("message", "Sam Undo-Test is no longer marked as attended"));
		assertThat(training.attendedAt(booking.id())).isNull();
		assertThat(training.auditFor(booking.id(), "ATTENDANCE_UNDONE")).singleElement()
			.asString()
			.endsWith("ALLOWED ROLE TRAINING_COORDINATOR");
		mvc.perform(post(door + "/undo").param("booking", booking.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam Undo-Test is not marked as attended")));
	}

	@Test
	void feedbackIsRefusedForABookingNotAttended() throws Exception {
		var booking = booked("BOOKED");
		var link = "/training/feedback/" + training.feedbackLink(booking.id());
		mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot give feedback on this session")));
		mvc.perform(post(link).param("confidenceBefore", "2").param("confidenceAfter", "4").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not marked as attended")));
		assertThat(training.feedbackOf(booking.id())).isNull();
		mvc.perform(get(link + "/certificate.pdf")).andExpect(status().isNotFound());
		mvc.perform(get("/training/feedback/" + UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(post("/training/feedback/" + UUID.randomUUID()).param("confidenceBefore", "2").with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void feedbackIsTakenOnceAndBadInputIsRefusedByTheField() throws Exception {
		var booking = booked("BOOKED");
		training.attended(booking.id(), trainer);
		var link = "/training/feedback/" + training.feedbackLink(booking.id());
		mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 – Not at all confident")))
			.andExpect(content().string(containsString("5 – Very confident")));

		mvc.perform(post(link).param("confidenceBefore", "7")
			.param("doDifferently", "word ".repeat(10_000))
			.param("comments", "Thank\u0000 you")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Error: Your feedback on the session")))
			.andExpect(content().string(containsString("Choose how confident you were before the session")))
			.andExpect(content().string(containsString("Choose how confident you are after the session")))
			.andExpect(content().string(containsString("must be 2,000 characters or fewer")))
			.andExpect(content().string(containsString("Remove the hidden control characters")));
		assertThat(training.feedbackOf(booking.id())).isNull();

		mvc.perform(post(link).param("confidenceBefore", "2")
			.param("confidenceAfter", "4")
			.param("doDifferently", "Ask about a parent in prison")
			.with(csrf())).andExpect(redirectedUrl(link)).andExpect(flash().attribute("thanks", true));
		assertThat(training.feedbackOf(booking.id())).isEqualTo("2 4");
		assertThat(training.auditFor(booking.id(), "FEEDBACK_GIVEN")).singleElement().asString().contains("ALLOWED");

		mvc.perform(post(link).param("confidenceBefore", "5").param("confidenceAfter", "5").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have already given feedback")));
		mvc.perform(get(link))
			.andExpect(content().string(containsString("You have already given feedback")))
			.andExpect(content().string(containsString("Download your certificate of attendance (PDF)")));
		assertThat(training.feedbackOf(booking.id())).isEqualTo("2 4");
		// Once feedback is given the mark stays.
		mvc.perform(post(door + "/undo").param("booking", booking.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has given feedback on this session")));
		assertThat(training.attendedAt(booking.id())).isNotNull();
	}

	@Test
	void theCertificateNamesTheAttendeeTheCourseAndTheDay() throws Exception {
		var booking = booked("BOOKED");
		training.named(booking.id(), "Alex Certificate-Test", "Test secondary school");
		training.attended(booking.id(), trainer);
		var link = "/training/feedback/" + training.feedbackLink(booking.id());
		var pdf = mvc.perform(get(link + "/certificate.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(ServiceTime.ZONE));
		assertThat(text(pdf)).contains("Certificate of attendance")
			.contains("Alex Certificate-Test")
			.contains("Test secondary school")
			.contains(training.title(course))
			.contains(day)
			.contains("10:00 to 13:00")
			.contains("Family Matters");
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
