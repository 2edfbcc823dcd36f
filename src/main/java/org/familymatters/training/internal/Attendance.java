package org.familymatters.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.NotFound;
import org.familymatters.training.internal.AttendanceRules.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance at a session's door, for training coordinators: the sessions to mark (those
 * that start today or ended in the last {@value AttendanceRules#DAYS_AFTER} days), the
 * people booked on one, marking one as attended and taking the mark back, each as
 * {@link AttendanceRules} allows. Marking and taking back are audited
 * ({@link TrainingAudit#ATTENDANCE_MARKED}, {@link TrainingAudit#ATTENDANCE_UNDONE},
 * basis ROLE), refusals too; no family's data is involved. Marking publishes
 * {@link AttendanceMarked}, on which {@link FeedbackMail} sends the attendee a link to
 * give feedback.
 */
@Service
public class Attendance {

	static final String RECORD = "training_booking";

	private static final String ROLE = Role.TRAINING_COORDINATOR.name();

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final CurrentUser currentUser;

	private final Clock clock;

	Attendance(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, CurrentUser currentUser,
			Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * The sessions whose attendance may be marked now, not cancelled: those that start
	 * today, then those that ended in the last {@value AttendanceRules#DAYS_AFTER} days,
	 * latest first.
	 */
	@Transactional(readOnly = true)
	public List<SessionLine> sessionsToMark() {
		var now = clock.instant();
		var tomorrow = AttendanceRules.day(now).plusDays(1).atStartOfDay(ServiceTime.ZONE).toInstant();
		return jdbc
			.sql("""
					select s.id, c.title, s.starts_at, s.ends_at, s.venue, s.online_link,
					       (select count(*) from training_booking b where b.session_id = s.id and b.status = 'BOOKED') as booked,
					       (select count(*) from training_booking b
					        where b.session_id = s.id and b.status = 'BOOKED' and b.attended_at is not null) as attended
					from training_session s join training_course c on c.id = s.course_id
					where s.cancelled_at is null and s.starts_at < :tomorrow and s.ends_at >= :since
					order by s.starts_at desc, c.title
					limit 200
					""")
			.param("tomorrow", Timestamp.from(tomorrow))
			.param("since", Timestamp.from(now.minus(Duration.ofDays(AttendanceRules.DAYS_AFTER))))
			.query((rs, n) -> new SessionLine(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					place(rs.getString("venue"), rs.getString("online_link")), rs.getInt("booked"),
					rs.getInt("attended"), today(rs.getTimestamp("starts_at").toInstant(), now)))
			.list()
			.stream()
			.filter(s -> AttendanceRules.listed(s.startsAt(), s.endsAt(), now))
			.toList();
	}

	/**
	 * The session's door: its details and the people with a place on it (status BOOKED),
	 * by name, those whose name contains {@code search} (any case) when it is given; not
	 * found (404) for a session that does not exist.
	 */
	@Transactional(readOnly = true)
	public Door door(UUID sessionId, String search) {
		var now = clock.instant();
		var session = jdbc
			.sql("""
					select s.id, c.title, s.starts_at, s.ends_at, s.venue, s.online_link, s.cancelled_at is not null as cancelled
					from training_session s join training_course c on c.id = s.course_id
					where s.id = :id
					""")
			.param("id", sessionId)
			.query((rs, n) -> new SessionRow(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					place(rs.getString("venue"), rs.getString("online_link")), rs.getBoolean("cancelled")))
			.optional()
			.orElseThrow(() -> new NotFound("training session", sessionId));
		var people = jdbc.sql("""
				select b.id, b.name, b.organisation, b.attended_at,
				       exists (select 1 from training_feedback f where f.booking_id = b.id) as feedback
				from training_booking b
				where b.session_id = :session and b.status = 'BOOKED'
				order by lower(b.name), b.id
				""").param("session", sessionId).query((rs, n) -> {
			var attended = rs.getTimestamp("attended_at");
			var attendedAt = (attended != null) ? attended.toInstant() : null;
			boolean mayUndo = AttendanceRules.mayUndo(session.startsAt(), attendedAt, rs.getBoolean("feedback"), now)
				.isEmpty();
			return new Person(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation"),
					attendedAt, mayUndo);
		}).list();
		int attended = (int) people.stream().filter(p -> p.attendedAt() != null).count();
		var words = (search != null) ? search.toLowerCase(Locale.UK) : null;
		var shown = (words != null)
				? people.stream().filter(p -> p.name().toLowerCase(Locale.UK).contains(words)).toList() : people;
		var closed = AttendanceRules
			.mayMark(session.startsAt(), session.endsAt(), session.cancelled(), "BOOKED", null, now)
			.orElse(null);
		return new Door(
				new SessionLine(session.id(), session.title(), session.startsAt(), session.endsAt(), session.place(),
						people.size(), attended, today(session.startsAt(), now)),
				session.cancelled(), closed, shown, search);
	}

	/**
	 * Marks the booking, on the session, as attended now; not found (404) for a booking
	 * that is not the session's. A refusal changes nothing and is audited.
	 */
	@Transactional
	public Outcome mark(UUID sessionId, UUID bookingId) {
		var booking = booking(sessionId, bookingId);
		var now = clock.instant();
		var refusal = AttendanceRules.mayMark(booking.startsAt(), booking.endsAt(), booking.sessionCancelled(),
				booking.status(), booking.attendedAt(), now);
		if (refusal.isPresent()) {
			audit.record(AuditEntry.refused(TrainingAudit.ATTENDANCE_MARKED, RECORD, bookingId, Basis.ROLE, ROLE)
				.withDetail("session " + sessionId + ": " + refusal.get()));
			return new Outcome(booking.name(), booking.attendedAt(), refusal.get());
		}
		jdbc.sql("""
				update training_booking set attended_at = :now, attendance_marked_by = :by, version = version + 1
				where id = :id
				""")
			.param("now", Timestamp.from(now))
			.param("by", currentUser.get().id())
			.param("id", bookingId)
			.update();
		audit.record(AuditEntry.allowed(TrainingAudit.ATTENDANCE_MARKED, RECORD, bookingId, Basis.ROLE, ROLE)
			.withDetail("session " + sessionId));
		events.publishEvent(new AttendanceMarked(bookingId));
		return new Outcome(booking.name(), now, null);
	}

	/**
	 * Takes back the booking's mark of attendance ("Not attended after all"); not found
	 * (404) for a booking that is not the session's. Refused, changing nothing, when it
	 * was not marked, when its day has passed, or when the attendee has given feedback
	 * already; audited either way.
	 */
	@Transactional
	public Outcome undo(UUID sessionId, UUID bookingId) {
		var booking = booking(sessionId, bookingId);
		var refusal = AttendanceRules.mayUndo(booking.startsAt(), booking.attendedAt(), booking.feedbackGiven(),
				clock.instant());
		if (refusal.isPresent()) {
			audit.record(AuditEntry.refused(TrainingAudit.ATTENDANCE_UNDONE, RECORD, bookingId, Basis.ROLE, ROLE)
				.withDetail("session " + sessionId + ": " + refusal.get()));
			return new Outcome(booking.name(), booking.attendedAt(), refusal.get());
		}
		jdbc.sql("""
				update training_booking set attended_at = null, attendance_marked_by = null, version = version + 1
				where id = :id
				""").param("id", bookingId).update();
		audit.record(AuditEntry.allowed(TrainingAudit.ATTENDANCE_UNDONE, RECORD, bookingId, Basis.ROLE, ROLE)
			.withDetail("session " + sessionId + ", marked at " + booking.attendedAt()));
		return new Outcome(booking.name(), null, null);
	}

	private Booking booking(UUID sessionId, UUID bookingId) {
		return jdbc.sql("""
				select b.name, b.status, b.attended_at, s.starts_at, s.ends_at, s.cancelled_at is not null as cancelled,
				       exists (select 1 from training_feedback f where f.booking_id = b.id) as feedback
				from training_booking b join training_session s on s.id = b.session_id
				where b.id = :booking and b.session_id = :session
				for update of b
				""").param("booking", bookingId).param("session", sessionId).query((rs, n) -> {
			var attended = rs.getTimestamp("attended_at");
			return new Booking(rs.getString("name"), rs.getString("status"),
					(attended != null) ? attended.toInstant() : null, rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant(), rs.getBoolean("cancelled"), rs.getBoolean("feedback"));
		}).optional().orElseThrow(() -> new NotFound("training booking", bookingId));
	}

	private static boolean today(Instant startsAt, Instant now) {
		return AttendanceRules.day(startsAt).equals(AttendanceRules.day(now));
	}

	private static String place(String venue, String onlineLink) {
		return (venue != null || onlineLink == null) ? venue : "Online";
	}

	/** The time of day of an instant in the service's time zone, as 09:58. */
	public static String time(Instant instant) {
		return TIME.format(instant.atZone(ServiceTime.ZONE));
	}

	/**
	 * A session as the trainer's lists show it.
	 *
	 * @param id the session
	 * @param courseTitle its course's title
	 * @param startsAt when it starts
	 * @param endsAt when it ends
	 * @param place its venue, or "Online"
	 * @param booked how many places are booked
	 * @param attended how many of them are marked as attended
	 * @param today whether it starts today
	 */
	public record SessionLine(UUID id, String courseTitle, Instant startsAt, Instant endsAt, String place, int booked,
			int attended, boolean today) {

		/** Its day, as "Tuesday 10 March 2026". */
		public String day() {
			return DAY.format(startsAt.atZone(ServiceTime.ZONE));
		}

		/** Its hours, as "10:00 to 13:00". */
		public String hours() {
			return time(startsAt) + " to " + time(endsAt);
		}

	}

	/**
	 * A session's door.
	 *
	 * @param session the session, with how many are booked and attended
	 * @param cancelled whether it was cancelled
	 * @param closed why nobody may be marked on it now (cancelled, a later day, too long
	 * ago), or null when they may
	 * @param people the people booked, or those found by the search
	 * @param search the search, or null
	 */
	public record Door(SessionLine session, boolean cancelled, Refusal closed, List<Person> people, String search) {
	}

	/**
	 * Someone with a place on the session.
	 *
	 * @param bookingId their booking
	 * @param name their name
	 * @param organisation their organisation
	 * @param attendedAt when they were marked as attended, or null
	 * @param mayUndo whether the mark may be taken back now
	 */
	public record Person(UUID bookingId, String name, String organisation, Instant attendedAt, boolean mayUndo) {

		/** When they were marked as attended, as 09:58, or null. */
		public String attendedTime() {
			return (attendedAt != null) ? time(attendedAt) : null;
		}

	}

	/**
	 * What came of marking or taking back.
	 *
	 * @param name the person's name
	 * @param attendedAt when they are marked as attended now, or null
	 * @param refusal why nothing changed, or null when it was done
	 */
	public record Outcome(String name, Instant attendedAt, Refusal refusal) {

		/** When they are marked as attended, as 09:58, or null. */
		public String attendedTime() {
			return (attendedAt != null) ? time(attendedAt) : null;
		}

	}

	private record SessionRow(UUID id, String title, Instant startsAt, Instant endsAt, String place,
			boolean cancelled) {
	}

	private record Booking(String name, String status, Instant attendedAt, Instant startsAt, Instant endsAt,
			boolean sessionCancelled, boolean feedbackGiven) {
	}

}
