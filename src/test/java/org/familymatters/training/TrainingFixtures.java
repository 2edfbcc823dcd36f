package org.familymatters.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the training tests need, written straight to the module's tables so that each test
 * of one part does not depend on another part's pages: courses, sessions (in a locality
 * of their own, run by a new training coordinator), bookings in each state, attendance
 * and feedback.
 */
@Component
public class TrainingFixtures {

	private final JdbcClient jdbc;

	private final PlanFixtures plans;

	TrainingFixtures(JdbcClient jdbc, PlanFixtures plans) {
		this.jdbc = jdbc;
		this.plans = plans;
	}

	/**
	 * A new training coordinator of an organisation of their own, with an e-mail address.
	 */
	public StaffPrincipal trainer() {
		var organisation = plans.organisation("Training team", org.familymatters.identity.OrganisationType.VOLUNTARY,
				null);
		var trainer = plans.user(organisation.id(), Role.TRAINING_COORDINATOR);
		plans.email(trainer);
		return trainer;
	}

	/** A course of the kind (WORKSHOP, CONFERENCE or INDUCTION) with a unique title. */
	public UUID course(String kind, StaffPrincipal by) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_course (id, kind, title, audience, outcomes, created_by)
				values (:id, :kind, :title, 'Front-line staff in schools, probation and health',
				        'Know the key facts about prisoners'' children and where to find support', :by)
				""")
			.param("id", id)
			.param("kind", kind)
			.param("title", PlanFixtures.unique("Test course"))
			.param("by", by.id())
			.update();
		return id;
	}

	/**
	 * A session of the course on the day (10:00 to 13:00 in the service's time zone), in
	 * person, of the capacity, in the locality (null for none), run by the trainer.
	 */
	public UUID session(UUID courseId, LocalDate on, int capacity, UUID localityId, StaffPrincipal trainer) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_session (id, course_id, starts_at, ends_at, venue, address, capacity,
				                              locality_id, created_by)
				values (:id, :course, :starts, :ends, 'Town hall, room 2', '1 Market Place', :capacity,
				        :locality, :by)
				""")
			.param("id", id)
			.param("course", courseId)
			.param("starts", at(on, LocalTime.of(10, 0)))
			.param("ends", at(on, LocalTime.of(13, 0)))
			.param("capacity", capacity)
			.param("locality", localityId)
			.param("by", trainer.id())
			.update();
		jdbc.sql("insert into training_session_trainer (session_id, user_id) values (:s, :u)")
			.param("s", id)
			.param("u", trainer.id())
			.update();
		return id;
	}

	/**
	 * A booking (status BOOKED or WAITING) for a new, unique work e-mail address; the
	 * returned secret is what the booking's e-mailed links would carry.
	 */
	public TestBooking booking(UUID sessionId, String status, String role, String sector, String seniority,
			String organisation) {
		var id = UUID.randomUUID();
		var email = "trainee-" + id + "@example.org";
		var secret = UUID.randomUUID().toString() + UUID.randomUUID();
		jdbc.sql("""
				insert into training_booking (id, session_id, name, email, organisation, sector, role, seniority,
				                              status, waiting_since, token_hash)
				values (:id, :session, 'Test trainee', :email, :organisation, :sector, :role, :seniority,
				        :status, case when :status = 'WAITING' then now() end, :hash)
				""")
			.param("id", id)
			.param("session", sessionId)
			.param("email", email)
			.param("organisation", organisation)
			.param("sector", sector)
			.param("role", role)
			.param("seniority", seniority)
			.param("status", status)
			.param("hash", sha256(secret))
			.update();
		return new TestBooking(id, email, secret);
	}

	/** Marks a booking as attended. */
	public void attended(UUID bookingId, StaffPrincipal by) {
		jdbc.sql("update training_booking set attended_at = now(), attendance_marked_by = :by where id = :id")
			.param("id", bookingId)
			.param("by", by.id())
			.update();
	}

	/** Feedback on an attended booking: confidence before and after (1 to 5). */
	public void feedback(UUID bookingId, int before, int after) {
		jdbc.sql("""
				insert into training_feedback (booking_id, confidence_before, confidence_after, do_differently)
				values (:id, :before, :after, 'Ask about a parent in prison when a child''s behaviour changes')
				""").param("id", bookingId).param("before", before).param("after", after).update();
	}

	/** The booking's status now. */
	public String status(UUID bookingId) {
		return jdbc.sql("select status from training_booking where id = :id")
			.param("id", bookingId)
			.query(String.class)
			.single();
	}

	private static Instant at(LocalDate day, LocalTime time) {
		return LocalDateTime.of(day, time).atZone(ServiceTime.ZONE).toInstant();
	}

	/** The hex SHA-256 of a secret, as the booking keeps it. */
	public static String sha256(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// P1: courses, sessions and materials.

	/**
	 * As {@link #session}, with the times sent as timestamps (PostgreSQL's driver takes
	 * no {@code Instant}) (P1's tests).
	 */
	public UUID sessionOn(UUID courseId, LocalDate on, int capacity, UUID localityId, StaffPrincipal trainer) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_session (id, course_id, starts_at, ends_at, venue, address, capacity,
				                              locality_id, created_by)
				values (:id, :course, :starts, :ends, 'Town hall, room 2', '1 Market Place', :capacity,
				        :locality, :by)
				""")
			.param("id", id)
			.param("course", courseId)
			.param("starts", java.sql.Timestamp.from(at(on, LocalTime.of(10, 0))))
			.param("ends", java.sql.Timestamp.from(at(on, LocalTime.of(13, 0))))
			.param("capacity", capacity)
			.param("locality", localityId)
			.param("by", trainer.id())
			.update();
		jdbc.sql("insert into training_session_trainer (session_id, user_id) values (:s, :u)")
			.param("s", id)
			.param("u", trainer.id())
			.update();
		return id;
	}

	/** Cancels the session (P1's tests). */
	public void cancel(UUID sessionId, StaffPrincipal by) {
		jdbc.sql(
				"update training_session set cancelled_at = now(), cancelled_by = :by, version = version + 1 where id = :id")
			.param("id", sessionId)
			.param("by", by.id())
			.update();
	}

	/**
	 * A file material of the course (when {@code sessionId} is null) or of the session,
	 * published or not (P1's tests).
	 */
	public UUID material(UUID courseId, UUID sessionId, String title, byte[] content, String contentType,
			boolean published, StaffPrincipal by) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_material (id, course_id, session_id, title, file_name, content_type, content,
				                               published, added_by)
				values (:id, :course, :session, :title, 'slides.pdf', :type, :content, :published, :by)
				""")
			.param("id", id)
			.param("course", (sessionId != null) ? null : courseId)
			.param("session", sessionId)
			.param("title", title)
			.param("type", contentType)
			.param("content", content)
			.param("published", published)
			.param("by", by.id())
			.update();
		return id;
	}

	/**
	 * The session's capacity, version and whether it is cancelled, as "10 0 false" (P1's
	 * tests).
	 */
	public String sessionState(UUID sessionId) {
		return jdbc
			.sql("""
					select capacity || ' ' || version || ' ' || (cancelled_at is not null) from training_session where id = :id
					""")
			.param("id", sessionId)
			.query(String.class)
			.single();
	}

	/** How many sessions the course has (P1's tests). */
	public long sessionsOf(UUID courseId) {
		return jdbc.sql("select count(*) from training_session where course_id = :course")
			.param("course", courseId)
			.query(Long.class)
			.single();
	}

	/** A booking as a test knows it: its id, e-mail address and link secret. */
	public record TestBooking(UUID id, String email, String secret) {
	}

}
