package org.familymatters.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.security.Secrets;
import org.familymatters.shared.web.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places on training sessions, without an account or with one click for staff: booking
 * (the session's row locked, so that of two people taking the last place exactly one gets
 * it), the waiting list (joined only when asked, offered places in the order people
 * joined it), cancelling, and the staff user's details for one click. Each decision
 * publishes a {@link BookingMailDue} in its transaction, so that {@link BookingMail}
 * e-mails whoever booked after the commit. Bookings hold professionals' own work details,
 * never a family's; each is audited (record type {@value #RECORD}, basis {@code SELF}, or
 * {@code SYSTEM} for a place given from the waiting list).
 */
@Service
public class Bookings {

	/** The audit trail's record type for a booking. */
	public static final String RECORD = "training_booking";

	private static final String SELECT = """
			select id, session_id, name, email, organisation, sector, role, seniority, user_id, status, booked_at,
			       waiting_since, version
			from training_booking
			""";

	private final JdbcClient jdbc;

	private final SessionSeats sessions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final BookingLinks links;

	private final Clock clock;

	Bookings(JdbcClient jdbc, SessionSeats sessions, BookingLinks links, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.links = links;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The session, while places on it may be booked.
	 * @throws NotFound when there is no such session, or it is cancelled or has started
	 */
	@Transactional(readOnly = true)
	public SessionSeats.Seats openSession(UUID sessionId) {
		return sessions.find(sessionId)
			.filter(s -> s.open(clock.instant()))
			.orElseThrow(() -> new NotFound("training_session", sessionId));
	}

	/**
	 * Books a place for the trainee, with the session's row locked: a place if one is
	 * free; else a place on the waiting list if {@code joinWaitingList}, else nothing
	 * (the answer says it is full). Nothing is saved when the address already has a place
	 * or is waiting on this session.
	 * @param userId the staff user booking for themselves with one click; null for none
	 * @throws NotFound when there is no such session, or it is cancelled or has started
	 */
	@Transactional
	public Outcome book(UUID sessionId, BookingRules.Trainee trainee, UUID userId, boolean joinWaitingList) {
		var session = sessions.lock(sessionId)
			.filter(s -> s.open(clock.instant()))
			.orElseThrow(() -> new NotFound("training_session", sessionId));
		boolean already = jdbc.sql("""
				select exists (select 1 from training_booking
				               where session_id = :session and email = :email and status <> 'CANCELLED')
				""").param("session", sessionId).param("email", trainee.email()).query(Boolean.class).single();
		if (already) {
			return new Outcome(Result.ALREADY_BOOKED, null, 0);
		}
		boolean place = !session.full();
		if (!place && !joinWaitingList) {
			return new Outcome(Result.FULL, null, 0);
		}
		var id = UUID.randomUUID();
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into training_booking (id, session_id, name, email, organisation, sector, role, seniority,
				                              user_id, status, booked_at, waiting_since, token_hash)
				values (:id, :session, :name, :email, :organisation, :sector, :role, :seniority, :user, :status,
				        :now, :waitingSince, :hash)
				""")
			.param("id", id)
			.param("session", sessionId)
			.param("name", trainee.name())
			.param("email", trainee.email())
			.param("organisation", trainee.organisation())
			.param("sector", trainee.sector().name())
			.param("role", trainee.role().name())
			.param("seniority", trainee.seniority().name())
			.param("user", userId)
			.param("status", place ? Booking.BOOKED : Booking.WAITING)
			.param("now", now)
			.param("waitingSince", place ? null : now)
			// The first secret is never sent: each e-mail carries a link of its own.
			.param("hash", Secrets.hash(Secrets.newSecret()))
			.update();
		if (place) {
			audit.record(AuditEntry.allowed(TrainingAudit.BOOKING_MADE, RECORD, id, Basis.SELF, null)
				.withDetail("session " + sessionId));
			events.publishEvent(new BookingMailDue(id, BookingMailDue.Kind.CONFIRMATION));
			return new Outcome(Result.BOOKED, id, 0);
		}
		audit.record(AuditEntry.allowed(TrainingAudit.BOOKING_WAITING, RECORD, id, Basis.SELF, null)
			.withDetail("session " + sessionId));
		events.publishEvent(new BookingMailDue(id, BookingMailDue.Kind.WAITING_LIST));
		return new Outcome(Result.WAITING, id, session.waiting() + 1);
	}

	/**
	 * What a staff user books with one click: their name, e-mail address, organisation
	 * and its sector; VOLUNTEER for a court desk volunteer, else the role and seniority
	 * of their latest booking, else OTHER and FRONT_LINE. Empty for a user without an
	 * e-mail address (or not enabled): they use the form.
	 */
	@Transactional(readOnly = true)
	public Optional<BookingRules.Trainee> staffTrainee(UUID userId) {
		var user = jdbc
			.sql("""
					select u.display_name, u.email, o.name as organisation, o.sector, 'VOLUNTEER' = any(u.roles) as volunteer
					from identity_user u
					join identity_organisation o on o.id = u.organisation_id
					where u.id = :user and u.enabled and u.email is not null and btrim(u.email) <> ''
					""")
			.param("user", userId)
			.query((rs,
					n) -> new Object[] { rs.getString("display_name"), rs.getString("email"),
							rs.getString("organisation"), rs.getString("sector"), rs.getBoolean("volunteer") })
			.optional();
		if (user.isEmpty()) {
			return Optional.empty();
		}
		var row = user.get();
		var latest = jdbc.sql("""
				select role, seniority from training_booking where user_id = :user
				order by booked_at desc, id limit 1
				""")
			.param("user", userId)
			.query((rs, n) -> new String[] { rs.getString("role"), rs.getString("seniority") })
			.optional();
		var role = ((Boolean) row[4]) ? BookingRules.Role.VOLUNTEER
				: latest.map(l -> BookingRules.Role.valueOf(l[0])).orElse(BookingRules.Role.OTHER);
		var seniority = latest.map(l -> BookingRules.Seniority.valueOf(l[1])).orElse(BookingRules.Seniority.FRONT_LINE);
		return Optional.of(new BookingRules.Trainee((String) row[0], (String) row[1], (String) row[2],
				BookingRules.Sector.valueOf((String) row[3]), role, seniority));
	}

	/** The booking, if it is live (a place or on the waiting list). */
	@Transactional(readOnly = true)
	public Optional<Booking> live(UUID bookingId) {
		return jdbc.sql(SELECT + " where id = :id and status <> 'CANCELLED'")
			.param("id", bookingId)
			.query(Booking.class)
			.optional();
	}

	/** Now, by the service's clock. */
	public Instant now() {
		return clock.instant();
	}

	/**
	 * The live booking a link's secret opens; empty for a wrong secret and for a
	 * cancelled booking alike.
	 */
	@Transactional(readOnly = true)
	public Optional<Booking> bySecret(String secret) {
		return links.bookingOf(secret).flatMap(this::live);
	}

	/** The booking's session. */
	@Transactional(readOnly = true)
	public SessionSeats.Seats session(Booking booking) {
		return sessions.find(booking.sessionId()).orElseThrow(() -> new NotFound("training_session", booking.id()));
	}

	/** The address's live booking on the session, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Booking> liveOn(UUID sessionId, String email) {
		return jdbc.sql(SELECT + " where session_id = :session and email = :email and status <> 'CANCELLED'")
			.param("session", sessionId)
			.param("email", BookingRules.normalisedEmail(email))
			.query(Booking.class)
			.optional();
	}

	/** The staff user's own live booking. */
	@Transactional(readOnly = true)
	public Optional<Booking> liveOf(UUID bookingId, UUID userId) {
		return live(bookingId).filter(b -> userId.equals(b.userId()));
	}

	/**
	 * Where a booking on the waiting list stands in it: 1 for the next to be offered a
	 * place; 0 for a booking not waiting.
	 */
	@Transactional(readOnly = true)
	public long waitingNumber(Booking booking) {
		if (!booking.waiting()) {
			return 0;
		}
		return jdbc.sql("""
				select count(*) from training_booking
				where session_id = :session and status = 'WAITING'
				  and (waiting_since, id) <= (:since, :id)
				""")
			.param("session", booking.sessionId())
			.param("since", Timestamp.from(booking.waitingSince()))
			.param("id", booking.id())
			.query(Long.class)
			.single();
	}

	/**
	 * Cancels a live booking, with its session's row locked: a place on the waiting list
	 * is just taken off it; a place is given at once to the first on the waiting list (if
	 * the session has not started), who is e-mailed, and whoever cancelled is sent the
	 * invitation's cancellation. Nothing changes once the session has started.
	 * @return whether it was cancelled (false: the session has started)
	 * @throws NotFound when it is not live (cancelled already, or no such booking)
	 */
	@Transactional
	public boolean cancel(UUID bookingId) {
		var sessionId = jdbc.sql("select session_id from training_booking where id = :id")
			.param("id", bookingId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFound(RECORD, bookingId));
		var session = sessions.lock(sessionId).orElseThrow(() -> new NotFound(RECORD, bookingId));
		var booking = live(bookingId).orElseThrow(() -> new NotFound(RECORD, bookingId));
		if (session.started(clock.instant())) {
			return false;
		}
		jdbc.sql("""
				update training_booking set status = 'CANCELLED', cancelled_at = :now, version = version + 1
				where id = :id
				""").param("now", Timestamp.from(clock.instant())).param("id", bookingId).update();
		audit.record(AuditEntry.allowed(TrainingAudit.BOOKING_CANCELLED, RECORD, bookingId, Basis.SELF, null)
			.withDetail(booking.booked() ? "place" : "waiting list"));
		if (booking.booked()) {
			events.publishEvent(new BookingMailDue(bookingId, BookingMailDue.Kind.CANCELLED));
			offerFreePlaces(sessionId);
		}
		return true;
	}

	/**
	 * Gives the session's free places, if any, to the first on its waiting list, in the
	 * order they joined it; each is e-mailed after the commit. The session's row must be
	 * locked by the caller's transaction.
	 * @return the bookings given a place
	 */
	@Transactional
	public List<UUID> offerFreePlaces(UUID sessionId) {
		var session = sessions.lock(sessionId).orElseThrow(() -> new NotFound("training_session", sessionId));
		if (!session.open(clock.instant()) || session.free() == 0) {
			return List.of();
		}
		var given = jdbc.sql("""
				update training_booking set status = 'BOOKED', booked_at = :now, version = version + 1
				where id in (select id from training_booking
				             where session_id = :session and status = 'WAITING'
				             order by waiting_since, id
				             limit :free)
				returning id
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("session", sessionId)
			.param("free", session.free())
			.query(UUID.class)
			.list();
		for (var id : given) {
			audit.record(AuditEntry.allowed(TrainingAudit.BOOKING_PLACE_OFFERED, RECORD, id, Basis.SYSTEM, null)
				.withDetail("session " + sessionId));
			events.publishEvent(new BookingMailDue(id, BookingMailDue.Kind.PLACE_OFFERED));
		}
		return given;
	}

	/**
	 * The staff user's bookings of sessions to come (places and the waiting list),
	 * soonest first, at most {@code limit}; none of a cancelled session.
	 */
	@Transactional(readOnly = true)
	public List<Upcoming> upcomingOf(UUID userId, int limit) {
		return jdbc.sql("""
				select b.id as booking_id, c.title, s.starts_at, s.ends_at, b.status = 'WAITING' as waiting
				from training_booking b
				join training_session s on s.id = b.session_id
				join training_course c on c.id = s.course_id
				where b.user_id = :user and b.status <> 'CANCELLED' and s.cancelled_at is null and s.ends_at > :now
				order by s.starts_at, b.id
				limit :limit
				""")
			.param("user", userId)
			.param("now", Timestamp.from(clock.instant()))
			.param("limit", limit)
			.query(Upcoming.class)
			.list();
	}

	/** What booking came to. */
	public enum Result {

		/** A place. */
		BOOKED,

		/** A place on the waiting list. */
		WAITING,

		/** Nothing: every place is taken, and the waiting list was not asked for. */
		FULL,

		/** Nothing: the address has a place, or is waiting, on this session already. */
		ALREADY_BOOKED

	}

	/**
	 * What booking came to.
	 *
	 * @param result a place, the waiting list, or nothing and why
	 * @param bookingId the booking; null when nothing was saved
	 * @param waitingNumber the place on the waiting list; 0 when not waiting
	 */
	public record Outcome(Result result, UUID bookingId, long waitingNumber) {
	}

	/**
	 * A booking of a session to come, on a staff user's home page.
	 *
	 * @param bookingId the booking
	 * @param title the course's title
	 * @param startsAt when the session starts
	 * @param endsAt when it ends
	 * @param waiting whether it is on the waiting list
	 */
	public record Upcoming(UUID bookingId, String title, Instant startsAt, Instant endsAt, boolean waiting) {
	}

}
