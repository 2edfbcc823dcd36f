package org.familymatters.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
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

	private static OffsetDateTime at(LocalDate day, LocalTime time) {
		return LocalDateTime.of(day, time).atZone(ServiceTime.ZONE).toOffsetDateTime();
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

	/** Cancels a session (the reach report counts no attendance of it). */
	public void cancelled(UUID sessionId, StaffPrincipal by) {
		jdbc.sql("update training_session set cancelled_at = now(), cancelled_by = :by where id = :id")
			.param("id", sessionId)
			.param("by", by.id())
			.update();
	}

	// Attendance, feedback and certificates: what their tests and the role matrix need.

	/** The session of fixed id whose attendance page the role matrix opens. */
	public static final UUID ROLE_MATRIX_SESSION = UUID.fromString("7a000000-0000-4000-8000-000000000301");

	/**
	 * The secret of the feedback link of an attended booking on that session, which the
	 * role matrix opens.
	 */
	public static final String ROLE_MATRIX_FEEDBACK_SECRET = "role-matrix-feedback-secret-0000000000000001";

	private static final UUID ROLE_MATRIX_COURSE = UUID.fromString("7a000000-0000-4000-8000-000000000302");

	private static final UUID ROLE_MATRIX_BOOKING = UUID.fromString("7a000000-0000-4000-8000-000000000303");

	/**
	 * The role matrix's session (today, run by a new trainer) and its attended booking
	 * with a feedback link ({@link #ROLE_MATRIX_FEEDBACK_SECRET}); once only.
	 */
	public void roleMatrixAttendance() {
		var trainer = trainer();
		var today = LocalDate.now(ServiceTime.ZONE);
		jdbc.sql("""
				insert into training_course (id, kind, title, audience, outcomes, created_by)
				values (:id, 'WORKSHOP', 'Role matrix course (test)', 'Everyone', 'None', :by)
				on conflict do nothing
				""").param("id", ROLE_MATRIX_COURSE).param("by", trainer.id()).update();
		jdbc.sql("""
				insert into training_session (id, course_id, starts_at, ends_at, venue, capacity, created_by)
				values (:id, :course, :starts, :ends, 'Town hall, room 2', 10, :by)
				on conflict do nothing
				""")
			.param("id", ROLE_MATRIX_SESSION)
			.param("course", ROLE_MATRIX_COURSE)
			.param("starts", at(today, LocalTime.of(10, 0)))
			.param("ends", at(today, LocalTime.of(13, 0)))
			.param("by", trainer.id())
			.update();
		jdbc.sql(
				"""
						insert into training_booking (id, session_id, name, email, organisation, sector, role, seniority, status,
						                              token_hash, feedback_token_hash, attended_at, attendance_marked_by)
						values (:id, :session, 'Role matrix trainee', 'role-matrix-trainee@example.org', 'Test school',
						        'STATUTORY', 'HEAD_TEACHER', 'SENIOR_MANAGER', 'BOOKED', :token, :feedback, now(), :by)
						on conflict do nothing
						""")
			.param("id", ROLE_MATRIX_BOOKING)
			.param("session", ROLE_MATRIX_SESSION)
			.param("token", sha256("role-matrix-booking-secret"))
			.param("feedback", sha256(ROLE_MATRIX_FEEDBACK_SECRET))
			.param("by", trainer.id())
			.update();
	}

	/**
	 * Gives the booking a feedback link, as the feedback e-mail does, whatever its
	 * attendance; the link's secret.
	 */
	public String feedbackLink(UUID bookingId) {
		var secret = UUID.randomUUID().toString() + UUID.randomUUID();
		jdbc.sql("update training_booking set feedback_token_hash = :hash where id = :id")
			.param("hash", sha256(secret))
			.param("id", bookingId)
			.update();
		return secret;
	}

	/** Names the booking's person and organisation. */
	public void named(UUID bookingId, String name, String organisation) {
		jdbc.sql("update training_booking set name = :name, organisation = :organisation where id = :id")
			.param("name", name)
			.param("organisation", organisation)
			.param("id", bookingId)
			.update();
	}

	/** When the booking was marked as attended, or null. */
	public Instant attendedAt(UUID bookingId) {
		return jdbc.sql("select attended_at from training_booking where id = :id")
			.param("id", bookingId)
			.query(java.sql.Timestamp.class)
			.optional()
			.map(java.sql.Timestamp::toInstant)
			.orElse(null);
	}

	/** The booking's feedback as "before after", or null when none was given. */
	public String feedbackOf(UUID bookingId) {
		return jdbc
			.sql("select confidence_before || ' ' || confidence_after from training_feedback where booking_id = :id")
			.param("id", bookingId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** The course's title. */
	public String title(UUID courseId) {
		return jdbc.sql("select title from training_course where id = :id")
			.param("id", courseId)
			.query(String.class)
			.single();
	}

	/** The booking's audit events of an action, as "who OUTCOME BASIS reference". */
	public List<String> auditFor(UUID bookingId, String action) {
		return jdbc
			.sql("""
					select coalesce(actor_username, '') || ' ' || outcome || ' ' || basis || ' ' || coalesce(basis_reference, '')
					from audit_event where record_type = 'training_booking' and record_id = :id and action = :action
					order by id
					""")
			.param("id", bookingId.toString())
			.param("action", action)
			.query(String.class)
			.list();
	}

	/**
	 * The user attended a court desk induction. One INDUCTION course and one session of
	 * it long past (10 January 2000, so that no report of a recent period counts it) are
	 * shared by every test that asks; each call adds the user's own attended booking.
	 */
	public void inductionAttended(UUID userId) {
		var title = "Test court desk induction (shared)";
		var day = LocalDate.of(2000, 1, 10);
		var course = jdbc.sql("select id from training_course where kind = 'INDUCTION' and title = :title limit 1")
			.param("title", title)
			.query(UUID.class)
			.optional()
			.orElseGet(() -> {
				var id = UUID.randomUUID();
				jdbc.sql("""
						insert into training_course (id, kind, title, audience, outcomes, created_by)
						values (:id, 'INDUCTION', :title, 'New court desk volunteers', 'Ready for shifts', :by)
						""").param("id", id).param("title", title).param("by", userId).update();
				return id;
			});
		var session = jdbc.sql("select id from training_session where course_id = :course limit 1")
			.param("course", course)
			.query(UUID.class)
			.optional()
			.orElseGet(() -> {
				var id = UUID.randomUUID();
				jdbc.sql("""
						insert into training_session (id, course_id, starts_at, ends_at, venue, capacity, created_by)
						values (:id, :course, :starts, :ends, 'Town hall, room 2', 1000, :by)
						""")
					.param("id", id)
					.param("course", course)
					.param("starts", at(day, LocalTime.of(10, 0)))
					.param("ends", at(day, LocalTime.of(13, 0)))
					.param("by", userId)
					.update();
				return id;
			});
		var secret = UUID.randomUUID().toString();
		jdbc.sql(
				"""
						insert into training_booking (id, session_id, name, email, organisation, sector, role, seniority, user_id,
						                              status, token_hash, attended_at)
						values (:id, :session, 'Test volunteer', :email, 'Family Matters', 'VOLUNTARY', 'VOLUNTEER',
						        'FRONT_LINE', :user, 'BOOKED', :hash, :attended)
						""")
			.param("id", UUID.randomUUID())
			.param("session", session)
			.param("email", "volunteer-" + userId + "@example.org")
			.param("user", userId)
			.param("hash", sha256(secret))
			.param("attended", at(day, LocalTime.of(10, 5)))
			.update();
	}

	// Bookings: sessions cancelled or started, a session changed, a booking of fixed
	// ids.

	/** Cancels a session, as its coordinator would; its version goes up by one. */
	public void cancelSession(UUID sessionId, StaffPrincipal by) {
		jdbc.sql("""
				update training_session set cancelled_at = now(), cancelled_by = :by, version = version + 1
				where id = :id
				""").param("id", sessionId).param("by", by.id()).update();
	}

	/**
	 * Moves a session to other times (same day), its version up by one; the new version.
	 */
	public long moveSession(UUID sessionId, Instant startsAt, Instant endsAt) {
		return jdbc.sql("""
				update training_session set starts_at = :starts, ends_at = :ends, version = version + 1
				where id = :id returning version
				""")
			.param("id", sessionId)
			.param("starts", java.sql.Timestamp.from(startsAt))
			.param("ends", java.sql.Timestamp.from(endsAt))
			.query(Long.class)
			.single();
	}

	/**
	 * A session of fixed id, a year and more ahead, with a booking of fixed id whose link
	 * secret is {@code secret}: made once, for the role matrix.
	 */
	public void fixedBooking(UUID sessionId, UUID bookingId, String secret) {
		boolean made = jdbc.sql("select exists (select 1 from training_session where id = :id)")
			.param("id", sessionId)
			.query(Boolean.class)
			.single();
		if (made) {
			return;
		}
		var trainer = trainer();
		var course = course("WORKSHOP", trainer);
		var on = LocalDate.now(ServiceTime.ZONE).plusDays(400);
		jdbc.sql("""
				insert into training_session (id, course_id, starts_at, ends_at, venue, address, capacity, created_by)
				values (:id, :course, :starts, :ends, 'Town hall, room 2', '1 Market Place', 30, :by)
				on conflict do nothing
				""")
			.param("id", sessionId)
			.param("course", course)
			.param("starts", at(on, LocalTime.of(10, 0)))
			.param("ends", at(on, LocalTime.of(13, 0)))
			.param("by", trainer.id())
			.update();
		jdbc.sql("""
				insert into training_booking (id, session_id, name, email, organisation, sector, role, seniority,
				                              status, token_hash)
				values (:id, :session, 'Test trainee', :email, 'Test school', 'STATUTORY', 'HEAD_TEACHER',
				        'SENIOR_MANAGER', 'BOOKED', :hash)
				on conflict do nothing
				""")
			.param("id", bookingId)
			.param("session", sessionId)
			.param("email", "role-matrix-" + bookingId + "@example.org")
			.param("hash", sha256(secret))
			.update();
	}

	// Courses, sessions and materials.

	/** Cancels the session. */
	public void cancel(UUID sessionId, StaffPrincipal by) {
		jdbc.sql(
				"update training_session set cancelled_at = now(), cancelled_by = :by, version = version + 1 where id = :id")
			.param("id", sessionId)
			.param("by", by.id())
			.update();
	}

	/**
	 * A file material of the course (when {@code sessionId} is null) or of the session,
	 * published or not.
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
	 * The session's capacity, version and whether it is cancelled, as "10 0 false".
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

	/** How many sessions the course has. */
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
