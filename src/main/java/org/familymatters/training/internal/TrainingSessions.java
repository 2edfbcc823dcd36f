package org.familymatters.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions of the courses: the public listing of those to come and of past events,
 * the coordinators' lists, and creating, changing and cancelling a session. The rules
 * ({@link SessionRules}) are checked again here under the session's lock, so that a
 * capacity is never set below the places booked meanwhile. Changing a session's date,
 * time or place, or cancelling it, publishes {@link SessionChanged} in the transaction
 * (those booked are told after the commit); its sequence is the session's new version.
 * Each change is audited (record type {@value #RECORD}, basis {@code ROLE} with
 * {@code TRAINING_COORDINATOR}).
 */
@Service
public class TrainingSessions {

	/** The audit trail's record type for a session. */
	public static final String RECORD = "training_session";

	/** The longest venue or address kept. */
	public static final int PLACE_MAX = 300;

	private static final String SELECT = """
			select s.id, s.course_id, c.title as course_title, c.kind as course_kind, s.starts_at, s.ends_at,
			       s.venue, s.address, s.online_link, s.capacity, s.locality_id, l.name as locality_name,
			       s.cancelled_at is not null as cancelled, s.version,
			       (select count(*) from training_booking b where b.session_id = s.id and b.status = 'BOOKED') as booked,
			       (select count(*) from training_booking b where b.session_id = s.id and b.status = 'WAITING') as waiting
			from training_session s
			join training_course c on c.id = s.course_id
			left join identity_locality l on l.id = s.locality_id
			""";

	private final JdbcClient jdbc;

	private final Courses courses;

	private final Bookings bookings;

	private final CurrentUser currentUser;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrainingSessions(JdbcClient jdbc, Courses courses, Bookings bookings, CurrentUser currentUser, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.courses = courses;
		this.currentUser = currentUser;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The sessions to come that are not cancelled, soonest first: those of the locality
	 * only when one is given.
	 */
	@Transactional(readOnly = true)
	public List<TrainingSession> upcoming(UUID localityId) {
		return jdbc.sql(SELECT + """
				where s.cancelled_at is null and s.starts_at > :now
				  and (cast(:locality as uuid) is null or s.locality_id = :locality)
				order by s.starts_at, s.id
				""").param("now", now()).param("locality", localityId).query(TrainingSessions::session).list();
	}

	/**
	 * Past events: sessions of conferences and workshops that have ended and were not
	 * cancelled, latest first, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<TrainingSession> pastEvents(int limit) {
		return jdbc.sql(SELECT + """
				where s.cancelled_at is null and s.ends_at <= :now and c.kind in ('CONFERENCE', 'WORKSHOP')
				order by s.starts_at desc, s.id
				limit :limit
				""").param("now", now()).param("limit", limit).query(TrainingSessions::session).list();
	}

	/**
	 * For the coordinators: sessions not yet over (cancelled ones too), soonest first,
	 * then the {@code pastLimit} latest that are over.
	 */
	@Transactional(readOnly = true)
	public Managed managed(int pastLimit) {
		var toCome = jdbc.sql(SELECT + " where s.ends_at > :now order by s.starts_at, s.id")
			.param("now", now())
			.query(TrainingSessions::session)
			.list();
		var past = jdbc.sql(SELECT + " where s.ends_at <= :now order by s.starts_at desc, s.id limit :limit")
			.param("now", now())
			.param("limit", pastLimit)
			.query(TrainingSessions::session)
			.list();
		return new Managed(toCome, past);
	}

	/** A course's sessions, latest first. */
	@Transactional(readOnly = true)
	public List<TrainingSession> ofCourse(UUID courseId) {
		return jdbc.sql(SELECT + " where s.course_id = :course order by s.starts_at desc, s.id")
			.param("course", courseId)
			.query(TrainingSessions::session)
			.list();
	}

	/**
	 * The sessions to come (not cancelled) that the user runs, soonest first, at most
	 * {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<TrainingSession> upcomingRunBy(UUID userId, int limit) {
		return jdbc.sql(SELECT + """
				where s.cancelled_at is null and s.ends_at > :now
				  and exists (select 1 from training_session_trainer t where t.session_id = s.id and t.user_id = :user)
				order by s.starts_at, s.id
				limit :limit
				""")
			.param("now", now())
			.param("user", userId)
			.param("limit", limit)
			.query(TrainingSessions::session)
			.list();
	}

	/** The session, if there is one. */
	@Transactional(readOnly = true)
	public Optional<TrainingSession> find(UUID id) {
		return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(TrainingSessions::session).optional();
	}

	/**
	 * The session.
	 * @throws NotFound when there is none
	 */
	@Transactional(readOnly = true)
	public TrainingSession get(UUID id) {
		return find(id).orElseThrow(() -> new NotFound("training session", id));
	}

	/** Who runs the session, by name. */
	@Transactional(readOnly = true)
	public List<Person> trainers(UUID sessionId) {
		return jdbc.sql("""
				select u.id, u.display_name as name from training_session_trainer t
				join identity_user u on u.id = t.user_id
				where t.session_id = :session order by lower(u.display_name), u.id
				""").param("session", sessionId).query(Person.class).list();
	}

	/** Who may run a session: the training coordinators who may sign in, by name. */
	@Transactional(readOnly = true)
	public List<Person> possibleTrainers() {
		return jdbc.sql("""
				select id, display_name as name from identity_user
				where enabled and 'TRAINING_COORDINATOR' = any (roles)
				order by lower(display_name), id
				""").query(Person.class).list();
	}

	/** The localities a session may serve, by county and name. */
	@Transactional(readOnly = true)
	public List<Place> localities() {
		return jdbc.sql("select id, name, county from identity_locality order by county, name")
			.query(Place.class)
			.list();
	}

	/**
	 * Creates a session of the course; answers its id.
	 * @throws NotFound when there is no such course
	 * @throws SessionRules.Broken when the details break the rules
	 */
	@Transactional
	public UUID create(UUID courseId, SessionRules.Details details) {
		courses.get(courseId);
		requireSound(details, 0);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_session (id, course_id, starts_at, ends_at, venue, address, online_link, capacity,
				                              locality_id, created_by, created_at)
				values (:id, :course, :starts, :ends, :venue, :address, :link, :capacity, :locality, :by, :now)
				""")
			.param("id", id)
			.param("course", courseId)
			.param("starts", Timestamp.from(details.startsAt()))
			.param("ends", Timestamp.from(details.endsAt()))
			.param("venue", details.venue())
			.param("address", details.address())
			.param("link", details.onlineLink())
			.param("capacity", details.capacity())
			.param("locality", details.localityId())
			.param("by", currentUser.get().id())
			.param("now", now())
			.update();
		saveTrainers(id, details.trainers());
		audit.record(AuditEntry.allowed(TrainingAudit.SESSION_CREATED, RECORD, id, Basis.ROLE, Courses.COORDINATOR)
			.withDetail("course " + courseId));
		return id;
	}

	/**
	 * Changes the session, as shown at {@code version}; places it gains go to the waiting
	 * list in order; when its date, time or place change, those booked are told after the
	 * commit.
	 * @throws NotFound when there is no such session
	 * @throws StaleSave when it changed since
	 * @throws SessionClosed when it is cancelled or has started
	 * @throws SessionRules.Broken when the details break the rules
	 */
	@Transactional
	public void change(UUID id, long version, SessionRules.Details details) {
		var session = changeable(id, version);
		requireSound(details, session.booked());
		jdbc.sql("""
				update training_session set starts_at = :starts, ends_at = :ends, venue = :venue, address = :address,
				       online_link = :link, capacity = :capacity, locality_id = :locality, version = version + 1
				where id = :id
				""")
			.param("starts", Timestamp.from(details.startsAt()))
			.param("ends", Timestamp.from(details.endsAt()))
			.param("venue", details.venue())
			.param("address", details.address())
			.param("link", details.onlineLink())
			.param("capacity", details.capacity())
			.param("locality", details.localityId())
			.param("id", id)
			.update();
		jdbc.sql("delete from training_session_trainer where session_id = :id").param("id", id).update();
		saveTrainers(id, details.trainers());
		// More places: the first on the waiting list get them now, in the order they
		// joined.
		bookings.offerFreePlaces(id);
		boolean moved = details.movedFrom(session);
		audit.record(AuditEntry.allowed(TrainingAudit.SESSION_CHANGED, RECORD, id, Basis.ROLE, Courses.COORDINATOR)
			.withDetail(moved ? "date, time or place changed" : "details changed"));
		if (moved) {
			events.publishEvent(new SessionChanged(id, false, session.version() + 1));
		}
	}

	/**
	 * Cancels the session, as shown at {@code version}; those booked are told after the
	 * commit.
	 * @throws NotFound when there is no such session
	 * @throws StaleSave when it changed since
	 * @throws SessionClosed when it is cancelled already or has started
	 */
	@Transactional
	public void cancel(UUID id, long version) {
		var session = changeable(id, version);
		jdbc.sql("""
				update training_session set cancelled_at = :now, cancelled_by = :by, version = version + 1
				where id = :id
				""").param("now", now()).param("by", currentUser.get().id()).param("id", id).update();
		audit.record(AuditEntry.allowed(TrainingAudit.SESSION_CANCELLED, RECORD, id, Basis.ROLE, Courses.COORDINATOR));
		events.publishEvent(new SessionChanged(id, true, session.version() + 1));
	}

	private TrainingSession changeable(UUID id, long version) {
		jdbc.sql("select id from training_session where id = :id for update")
			.param("id", id)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFound("training session", id));
		var session = get(id);
		if (session.cancelled()) {
			throw new SessionClosed(SessionClosed.Why.CANCELLED);
		}
		if (session.version() != version) {
			throw new StaleSave(RECORD, id);
		}
		if (session.started(clock.instant())) {
			throw new SessionClosed(SessionClosed.Why.STARTED);
		}
		return session;
	}

	private void requireSound(SessionRules.Details details, int booked) {
		var problems = new ArrayList<>(SessionRules.problems(details, clock.instant(), booked));
		var trainers = new HashSet<UUID>();
		possibleTrainers().forEach(p -> trainers.add(p.id()));
		if (!trainers.containsAll(details.trainers())) {
			problems.add(new SessionRules.Problem("trainers", "unknownChoice", null));
		}
		if (details.localityId() != null && localities().stream().noneMatch(l -> l.id().equals(details.localityId()))) {
			problems.add(new SessionRules.Problem("localityId", "unknownChoice", null));
		}
		if (!problems.isEmpty()) {
			throw new SessionRules.Broken(problems);
		}
	}

	private void saveTrainers(UUID sessionId, List<UUID> trainers) {
		for (var trainer : trainers) {
			jdbc.sql("insert into training_session_trainer (session_id, user_id) values (:session, :user)")
				.param("session", sessionId)
				.param("user", trainer)
				.update();
		}
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static TrainingSession session(ResultSet rs, int row) throws SQLException {
		return new TrainingSession(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
				rs.getString("course_title"), Course.Kind.valueOf(rs.getString("course_kind")),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("venue"),
				rs.getString("address"), rs.getString("online_link"), rs.getInt("capacity"),
				rs.getObject("locality_id", UUID.class), rs.getString("locality_name"), rs.getBoolean("cancelled"),
				rs.getLong("version"), rs.getInt("booked"), rs.getInt("waiting"));
	}

	/**
	 * The coordinators' lists of sessions.
	 *
	 * @param toCome the sessions not yet over, cancelled ones too, soonest first
	 * @param past the latest sessions that are over, latest first
	 */
	public record Managed(List<TrainingSession> toCome, List<TrainingSession> past) {
	}

	/**
	 * Someone by name.
	 *
	 * @param id the user
	 * @param name their name
	 */
	public record Person(UUID id, String name) {
	}

	/**
	 * A locality.
	 *
	 * @param id the locality
	 * @param name its name
	 * @param county its county
	 */
	public record Place(UUID id, String name, String county) {
	}

	/** The session can no longer be changed: it is cancelled or has started. */
	public static class SessionClosed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final Why why;

		public SessionClosed(Why why) {
			super("The session " + why.name().toLowerCase(Locale.ROOT));
			this.why = why;
		}

		public Why why() {
			return why;
		}

		/** Why it can no longer be changed. */
		public enum Why {

			/** It was cancelled. */
			CANCELLED,

			/** It has started. */
			STARTED

		}

	}

}
