package org.familymatters.training.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.shared.DemoMode;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: courses and sessions run by the demo training coordinator, so that the
 * training pages can be tried: a multi-agency workshop in Banbury in three weeks' time
 * (20 places), the court desk volunteers' induction in two weeks, an online briefing for
 * headteachers, SENCOs and home–school link workers, and a past conference with a
 * published link to its papers. Of fixed ids, added once.
 */
@Component
@Order(50)
class TrainingDemoData implements ApplicationRunner {

	/** The multi-agency workshop. */
	static final UUID WORKSHOP = UUID.fromString("7c000000-0000-4000-8000-000000000101");

	/** The volunteers' induction. */
	static final UUID INDUCTION = UUID.fromString("7c000000-0000-4000-8000-000000000102");

	/** The headteachers' briefing. */
	static final UUID BRIEFING = UUID.fromString("7c000000-0000-4000-8000-000000000103");

	/** The past conference. */
	static final UUID CONFERENCE = UUID.fromString("7c000000-0000-4000-8000-000000000104");

	/** The workshop's session in Banbury, three weeks ahead. */
	static final UUID WORKSHOP_SESSION = UUID.fromString("7c000000-0000-4000-8000-000000000201");

	static final UUID INDUCTION_SESSION = UUID.fromString("7c000000-0000-4000-8000-000000000202");

	static final UUID BRIEFING_SESSION = UUID.fromString("7c000000-0000-4000-8000-000000000203");

	/** The conference, three months ago. */
	static final UUID CONFERENCE_SESSION = UUID.fromString("7c000000-0000-4000-8000-000000000204");

	/** The conference's published link. */
	static final UUID CONFERENCE_PAPERS = UUID.fromString("7c000000-0000-4000-8000-000000000301");

	/** The workshop's published handout, a small PDF. */
	static final UUID WORKSHOP_HANDOUT = UUID.fromString("7c000000-0000-4000-8000-000000000302");

	private static final String BANBURY = "Banbury";

	private static final String READING = "Reading";

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	private final Clock clock;

	TrainingDemoData(JdbcClient jdbc, DemoMode demoMode, Clock clock) {
		this.jdbc = jdbc;
		this.demoMode = demoMode;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || jdbc.sql("select count(*) from training_course where id = :id")
			.param("id", WORKSHOP)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		var trainer = jdbc.sql("select id from identity_user where username = 'demo-trainer'")
			.query(UUID.class)
			.optional();
		if (trainer.isEmpty()) {
			return;
		}
		var by = trainer.get();
		course(WORKSHOP, "WORKSHOP", "Prisoners' families: a multi-agency workshop",
				"Front-line staff through to senior managers in schools, children's centres, health, social care, "
						+ "housing, police, probation and prisons, and in the voluntary and faith sectors.",
				"""
						Know the key facts and issues surrounding prisoners' families.
						Gain an insight into the emotions and feelings of prisoners' families and children.
						Meet the other agencies in your area, and know who does what and how to refer a family.""", by);
		course(INDUCTION, "INDUCTION", "Court desk volunteers' induction", "New volunteers at the family court desks.",
				"""
						Know what happens to a family on the day of sentencing, and what the court desk offers.
						Know how to record a contact and refer a family on, and what never to write down.
						Know how to look after yourself after a difficult day at court.""", by);
		course(BRIEFING, "WORKSHOP",
				"Children of prisoners: a briefing for headteachers, SENCOs and home–school link " + "workers",
				"Headteachers, SENCOs and home–school link workers.", """
						Recognise the signs that a pupil may have a parent in prison.
						Know how to support a pupil from arrest to release, with the teachers' pack.
						Know what the school may be told, and by whom.""", by);
		course(CONFERENCE, "CONFERENCE", "Bottom up and top down: a Family Matters conference",
				"Leads from the criminal justice agencies and from children's and family support services.", """
						Hear the findings of the evaluation of the court desk service.
						Learn from examples of good integrated practice across the Thames Valley.
						Hear the national context and the latest developments.""", by);
		var today = LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE);
		session(WORKSHOP_SESSION, WORKSHOP, today.plusWeeks(3), LocalTime.of(9, 30), LocalTime.of(13, 0),
				"Children's centre, meeting room (demo venue)", "Banbury (demo address)", null, 20, BANBURY, by);
		session(INDUCTION_SESSION, INDUCTION, today.plusWeeks(2), LocalTime.of(10, 0), LocalTime.of(15, 0),
				"Crown court, volunteers' room (demo venue)", "Reading (demo address)", null, 12, READING, by);
		session(BRIEFING_SESSION, BRIEFING, today.plusWeeks(5), LocalTime.of(15, 45), LocalTime.of(17, 0), null, null,
				"https://meet.example.org/family-matters-briefing", 40, null, by);
		session(CONFERENCE_SESSION, CONFERENCE, today.minusMonths(3), LocalTime.of(9, 30), LocalTime.of(16, 0),
				"Conference centre, main hall (demo venue)", "Oxford (demo address)", null, 120, null, by);
		jdbc.sql(
				"""
						insert into training_material (id, session_id, title, url, published, added_by)
						values (:id, :session, 'Family approaches to the criminal justice system: executive summary (demo link)',
						        'https://example.org/family-approaches-summary', true, :by)
						""")
			.param("id", CONFERENCE_PAPERS)
			.param("session", CONFERENCE_SESSION)
			.param("by", by)
			.update();
		jdbc.sql(
				"""
						insert into training_material (id, course_id, title, file_name, content_type, content, published, added_by)
						values (:id, :course, 'Workshop handout (demo)', 'workshop-handout.pdf', 'application/pdf', :content, true,
						        :by)
						""")
			.param("id", WORKSHOP_HANDOUT)
			.param("course", WORKSHOP)
			.param("content", pdf("Prisoners' families: a multi-agency workshop. A demo handout."))
			.param("by", by)
			.update();
	}

	/**
	 * A one-page PDF saying the line (no brackets or backslashes), with its
	 * cross-references.
	 */
	static byte[] pdf(String line) {
		var stream = "BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET";
		var objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		var pdf = new StringBuilder("%PDF-1.4\n");
		var offsets = new ArrayList<Integer>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(offset -> pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private void course(UUID id, String kind, String title, String audience, String outcomes, UUID by) {
		jdbc.sql("""
				insert into training_course (id, kind, title, audience, outcomes, created_by)
				values (:id, :kind, :title, :audience, :outcomes, :by)
				""")
			.param("id", id)
			.param("kind", kind)
			.param("title", title)
			.param("audience", audience)
			.param("outcomes", outcomes)
			.param("by", by)
			.update();
	}

	private void session(UUID id, UUID course, LocalDate day, LocalTime starts, LocalTime ends, String venue,
			String address, String link, int capacity, String locality, UUID by) {
		jdbc.sql("""
				insert into training_session (id, course_id, starts_at, ends_at, venue, address, online_link, capacity,
				                              locality_id, created_by)
				values (:id, :course, :starts, :ends, :venue, :address, :link, :capacity,
				        (select id from identity_locality where name = :locality), :by)
				""")
			.param("id", id)
			.param("course", course)
			.param("starts", Timestamp.from(SessionRules.at(day, starts)))
			.param("ends", Timestamp.from(SessionRules.at(day, ends)))
			.param("venue", venue)
			.param("address", address)
			.param("link", link)
			.param("capacity", capacity)
			.param("locality", locality)
			.param("by", by)
			.update();
		jdbc.sql("insert into training_session_trainer (session_id, user_id) values (:session, :user)")
			.param("session", id)
			.param("user", by)
			.update();
	}

}
