package org.familymatters.training;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.plan.PlanFixtures;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public training pages, without signing in: the listing by locality (cancelled
 * sessions left out, a full one offering the waiting list), a session with its published
 * materials only, past events, and downloads (their headers; unpublished, unknown or
 * guessed ids 404).
 */
@IntegrationTest
class PublicTrainingPagesTest {

	private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	TrainingFixtures training;

	@Autowired
	PlanFixtures plans;

	@Autowired
	JdbcClient jdbc;

	private String title(UUID course) {
		return jdbc.sql("select title from training_course where id = :id")
			.param("id", course)
			.query(String.class)
			.single();
	}

	@Test
	void theListingShowsTheLocalitysSessionsToComeNotCancelledOnesAndOffersTheWaitingListWhenFull() throws Exception {
		var trainer = training.trainer();
		var locality = plans.locality("Training listing").id();
		var open = training.course("WORKSHOP", trainer);
		var full = training.course("WORKSHOP", trainer);
		var cancelled = training.course("WORKSHOP", trainer);
		var elsewhere = training.course("WORKSHOP", trainer);
		var day = LocalDate.now(ServiceTime.ZONE).plusDays(12);
		training.session(open, day, 20, locality, trainer);
		var fullSession = training.session(full, day, 1, locality, trainer);
		training.booking(fullSession, "BOOKED", "HEAD_TEACHER", "STATUTORY", "SENIOR_MANAGER", "Test school");
		training.cancel(training.session(cancelled, day, 20, locality, trainer), trainer);
		training.session(elsewhere, day, 20, plans.locality("Training elsewhere").id(), trainer);
		mvc.perform(get("/training").param("locality", locality.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title(open))))
			.andExpect(content().string(containsString("20 places left")))
			.andExpect(content().string(containsString(title(full))))
			.andExpect(content().string(containsString("Full – join the waiting list")))
			.andExpect(content().string(not(containsString(title(cancelled)))))
			.andExpect(content().string(not(containsString(title(elsewhere)))));
		mvc.perform(get("/training").param("locality", "not-a-locality"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title(elsewhere))));
		mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/training\"")));
	}

	@Test
	void aSessionShowsItsCourseAndPublishedMaterialsAndBookingOnlyWhileOpen() throws Exception {
		var trainer = training.trainer();
		var course = training.course("WORKSHOP", trainer);
		var session = training.session(course, LocalDate.now(ServiceTime.ZONE).plusDays(12), 20, null, trainer);
		training.material(course, null, "Published course handout", PDF, "application/pdf", true, trainer);
		training.material(course, session, "Published session slides", PDF, "application/pdf", true, trainer);
		training.material(course, session, "Draft slides", PDF, "application/pdf", false, trainer);
		mvc.perform(get("/training/sessions/" + session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Front-line staff in schools, probation and health")))
			.andExpect(content().string(containsString("Published course handout")))
			.andExpect(content().string(containsString("Published session slides")))
			.andExpect(content().string(not(containsString("Draft slides"))))
			.andExpect(content().string(containsString("href=\"/training/sessions/" + session + "/book\"")));
		training.cancel(session, trainer);
		mvc.perform(get("/training/sessions/" + session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This session was cancelled")))
			.andExpect(content().string(not(containsString("/book\""))));
		mvc.perform(get("/training/sessions/" + UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/training/sessions/not-an-id")).andExpect(status().is4xxClientError());
	}

	@Test
	void pastEventsListConferencesAndWorkshopsWithTheirPublishedMaterials() throws Exception {
		var trainer = training.trainer();
		var conference = training.course("CONFERENCE", trainer);
		var induction = training.course("INDUCTION", trainer);
		var past = LocalDate.now(ServiceTime.ZONE).minusDays(40);
		var held = training.session(conference, past, 100, null, trainer);
		training.session(induction, past, 10, null, trainer);
		training.material(conference, held, "Conference papers (test)", PDF, "application/pdf", true, trainer);
		mvc.perform(get("/training/events"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title(conference))))
			.andExpect(content().string(containsString("Conference papers (test)")))
			.andExpect(content().string(not(containsString(title(induction)))));
	}

	@Test
	void aPublishedFileIsAnAttachmentOfItsTypeNeverSniffedAndOthersAreNotFound() throws Exception {
		var trainer = training.trainer();
		var course = training.course("CONFERENCE", trainer);
		var published = training.material(course, null, "Slides", PDF, "application/pdf", true, trainer);
		var draft = training.material(course, null, "Draft", PDF, "application/pdf", false, trainer);
		mvc.perform(get("/training/materials/" + published))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("slides.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/training/materials/" + draft)).andExpect(status().isNotFound());
		mvc.perform(get("/training/materials/" + UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/training/materials/not-an-id")).andExpect(status().is4xxClientError());
	}

}
