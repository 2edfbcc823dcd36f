package org.familymatters.training;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.familymatters.training.internal.SessionChanged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The training coordinators' pages: a course created and changed, a session created,
 * changed (the booked told through {@link SessionChanged}) and cancelled; the session
 * form's refusals by field with nothing saved; a stale save refused; a material uploaded
 * and checked by its content; other roles refused.
 */
@IntegrationTest
@RecordApplicationEvents
class TrainingManagePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private static MockHttpServletRequestBuilder session(MockHttpServletRequestBuilder request, LocalDate day,
			String starts, String ends, String capacity, UUID trainer) {
		return nowhere(request, day, starts, ends, capacity, trainer).param("venue", "Library, room 1 (test)")
			.param("address", "2 High Street");
	}

	private static MockHttpServletRequestBuilder nowhere(MockHttpServletRequestBuilder request, LocalDate day,
			String starts, String ends, String capacity, UUID trainer) {
		return request.with(csrf())
			.param("date.day", String.valueOf(day.getDayOfMonth()))
			.param("date.month", String.valueOf(day.getMonthValue()))
			.param("date.year", String.valueOf(day.getYear()))
			.param("startsAt", starts)
			.param("endsAt", ends)
			.param("capacity", capacity)
			.param("trainers", (trainer != null) ? trainer.toString() : "");
	}

	private static UUID idAfter(String redirect, String prefix) {
		assertThat(redirect).startsWith(prefix);
		return UUID.fromString(redirect.substring(prefix.length()));
	}

	@Test
	void aCoordinatorCreatesACourseAndASessionChangesItAndCancelsIt() throws Exception {
		var trainer = training.trainer();
		var title = PlanFixtures.unique("Prisoners' families workshop");
		var redirect = mvc
			.perform(post("/training/manage/courses/new").with(user(trainer))
				.with(csrf())
				.param("kind", "WORKSHOP")
				.param("title", title)
				.param("audience", "Front-line staff")
				.param("outcomes", "Know the key facts\nKnow who does what"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var course = idAfter(redirect, "/training/manage/courses/");
		mvc.perform(get(redirect).with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title.replace("'", "&#39;"))))
			.andExpect(content().string(containsString("Know who does what")));
		mvc.perform(post("/training/manage/courses/" + course + "/edit").with(user(trainer))
			.with(csrf())
			.param("version", "0")
			.param("kind", "CONFERENCE")
			.param("title", title)
			.param("audience", "Leads")
			.param("outcomes", "Hear the findings")).andExpect(status().is3xxRedirection());

		var day = LocalDate.now(ServiceTime.ZONE).plusDays(30);
		var sessionPage = mvc
			.perform(session(post("/training/manage/courses/" + course + "/sessions/new"), day, "10:00", "12:00", "10",
					trainer.id())
				.with(user(trainer)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var session = idAfter(sessionPage, "/training/manage/sessions/");
		for (int i = 0; i < 3; i++) {
			training.booking(session, "BOOKED", "SENCO", "STATUTORY", "FRONT_LINE", "Test school");
		}
		var waiting = training.booking(session, "WAITING", "SENCO", "STATUTORY", "FRONT_LINE", "Test school");
		mvc.perform(get(sessionPage).with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 of 10 booked")))
			.andExpect(content().string(containsString("1 person")))
			.andExpect(content().string(containsString("/training/manage/sessions/" + session + "/attendance")));

		// Fewer places than booked: refused by the field, nothing saved.
		mvc.perform(session(post(sessionPage + "/edit"), day, "10:00", "12:00", "2", trainer.id()).param("version", "0")
			.with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Places cannot be fewer than the 3 already booked")));
		assertThat(training.sessionState(session)).isEqualTo("10 0 false");

		// Only the capacity changes: nobody need be told.
		mvc.perform(
				session(post(sessionPage + "/edit"), day, "10:00", "12:00", "12", trainer.id()).param("version", "0")
					.with(user(trainer)))
			.andExpect(status().is3xxRedirection());
		assertThat(events.stream(SessionChanged.class).filter(e -> e.sessionId().equals(session))).isEmpty();
		assertThat(training.status(waiting.id())).as("more places go to the waiting list").isEqualTo("BOOKED");

		// A later start: the booked are told.
		mvc.perform(
				session(post(sessionPage + "/edit"), day, "10:30", "12:00", "12", trainer.id()).param("version", "1")
					.with(user(trainer)))
			.andExpect(status().is3xxRedirection());
		assertThat(events.stream(SessionChanged.class).filter(e -> e.sessionId().equals(session)))
			.containsExactly(new SessionChanged(session, false, 2));

		// A stale save: refused, nothing saved.
		mvc.perform(
				session(post(sessionPage + "/edit"), day, "11:00", "12:00", "15", trainer.id()).param("version", "1")
					.with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(training.sessionState(session)).isEqualTo("12 2 false");

		mvc.perform(get(sessionPage + "/cancel").with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4 places are booked")));
		mvc.perform(post(sessionPage + "/cancel").with(user(trainer)).with(csrf()).param("version", "2"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("Session cancelled")));
		assertThat(training.sessionState(session)).isEqualTo("12 3 true");
		assertThat(events.stream(SessionChanged.class).filter(e -> e.sessionId().equals(session)))
			.contains(new SessionChanged(session, true, 3));
		mvc.perform(get(sessionPage + "/edit").with(user(trainer)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", containsString("cancelled")));
		assertThat(jdbc
			.sql("""
					select count(*) from audit_event where record_id in (:course, :session)
					  and action in ('COURSE_CREATED', 'COURSE_CHANGED', 'SESSION_CREATED', 'SESSION_CHANGED', 'SESSION_CANCELLED')
					""")
			.param("course", course.toString())
			.param("session", session.toString())
			.query(Long.class)
			.single()).isEqualTo(6);
	}

	@Test
	void aBadSessionIsRefusedByEachFieldAndNothingIsSaved() throws Exception {
		var trainer = training.trainer();
		var course = training.course("WORKSHOP", trainer);
		var yesterday = LocalDate.now(ServiceTime.ZONE).minusDays(1);
		mvc.perform(nowhere(post("/training/manage/courses/" + course + "/sessions/new"), yesterday, "12:00", "11:00",
				"10", null)
			.with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("The session must be in the future")))
			.andExpect(content().string(containsString("End time must be after the start time")))
			.andExpect(content().string(containsString("Enter a venue with its address, or an online joining link")))
			.andExpect(content().string(containsString("Choose at least one trainer")));
		var day = LocalDate.now(ServiceTime.ZONE).plusDays(5);
		mvc.perform(nowhere(post("/training/manage/courses/" + course + "/sessions/new"), day, "10:00", "11:00", "10",
				trainer.id())
			.param("venue", "Library, room 1 (test)")
			.param("onlineLink", "meet.example.org")
			.with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the venue&#39;s address")))
			.andExpect(content().string(containsString("Enter the joining link as a web address")));
		mvc.perform(session(post("/training/manage/courses/" + course + "/sessions/new"), day, "10:00", "11:00", "10",
				users.create(Role.SUPPORT_WORKER).account().id())
			.with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the options shown")));
		assertThat(training.sessionsOf(course)).isZero();
	}

	@Test
	void aMaterialIsTakenByItsContentAndPublished() throws Exception {
		var trainer = training.trainer();
		var course = training.course("CONFERENCE", trainer);
		var pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart("/training/manage/courses/" + course + "/materials/new")
			.file(new MockMultipartFile("file", "slides.pdf", "application/pdf", "not a pdf at all".getBytes()))
			.param("title", "Slides")
			.param("published", "YES")
			.with(user(trainer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file must be a PDF, Word, PowerPoint or OpenDocument")));
		mvc.perform(multipart("/training/manage/courses/" + course + "/materials/new")
			.file(new MockMultipartFile("file", "../../slides", "text/plain", pdf))
			.param("title", "Conference slides")
			.param("published", "NO")
			.with(user(trainer))
			.with(csrf())).andExpect(status().is3xxRedirection());
		var material = jdbc
			.sql("select id from training_material where course_id = :course and title = 'Conference slides'")
			.param("course", course)
			.query(UUID.class)
			.single();
		mvc.perform(get("/training/materials/" + material)).andExpect(status().isNotFound());
		mvc.perform(get("/training/manage/courses/" + course).with(user(trainer)))
			.andExpect(content().string(containsString("Not published")));
		mvc.perform(post("/training/manage/materials/" + material + "/publish").with(user(trainer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/training/materials/" + material))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("slides.pdf")))
			.andExpect(content().bytes(pdf));
	}

	@Test
	void otherRolesAndAnonymousCallersAreRefused() throws Exception {
		var trainer = training.trainer();
		var course = training.course("WORKSHOP", trainer);
		mvc.perform(get("/training/manage").with(users.as(Role.SUPPORT_WORKER))).andExpect(status().isForbidden());
		mvc.perform(get("/training/manage/courses/" + course).with(users.as(Role.MANAGER)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/training/manage/courses/new").with(users.as(Role.ADMINISTRATOR))
			.with(csrf())
			.param("kind", "WORKSHOP")
			.param("title", "Not allowed")
			.param("audience", "x")
			.param("outcomes", "y")).andExpect(status().isForbidden());
		mvc.perform(get("/training/manage")).andExpect(status().isUnauthorized());
		mvc.perform(get("/training/manage/courses/" + UUID.randomUUID()).with(user(trainer)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/training/manage/sessions/not-an-id").with(user(trainer)))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/training/manage").with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/training/reach")));
	}

}
