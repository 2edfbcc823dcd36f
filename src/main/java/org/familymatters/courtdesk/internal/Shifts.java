package org.familymatters.courtdesk.internal;

import java.io.Serial;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A volunteer's shifts: the sessions at their own court they may sign up for, the ones
 * they are on, signing up and dropping. Each refusal says why (a {@link ShiftRefused}
 * with its message code); sign-ups and drops are audited.
 */
@Service
public class Shifts {

	private static final String AS_VOLUNTEER = "VOLUNTEER";

	private static final String AS_COORDINATOR = "COURT_DESK_COORDINATOR";

	private final JdbcClient jdbc;

	private final Rota rota;

	private final CourtVolunteers volunteers;

	private final AuditTrail audit;

	private final Clock clock;

	private final VolunteerReadiness readiness;

	Shifts(JdbcClient jdbc, Rota rota, CourtVolunteers volunteers, AuditTrail audit, Clock clock,
			VolunteerReadiness readiness) {
		this.jdbc = jdbc;
		this.rota = rota;
		this.volunteers = volunteers;
		this.audit = audit;
		this.clock = clock;
		this.readiness = readiness;
	}

	/**
	 * Sessions at the volunteer's court that have not started yet, cancelled ones
	 * included, a page at a time; none for a volunteer with no court.
	 */
	@Transactional(readOnly = true)
	public Page<RotaSession> upcomingAtCourtOf(UUID volunteerId, int page, int perPage) {
		var court = volunteers.courtOf(volunteerId);
		if (court.isEmpty()) {
			return new Page<>(List.of(), Math.max(1, page), Math.max(1, perPage), 0);
		}
		return rota.notStarted(court.get(), now(), page, perPage);
	}

	/**
	 * One session at the volunteer's court, as they may see it; empty for a session at
	 * another court, or none.
	 */
	@Transactional(readOnly = true)
	public Optional<RotaSession> atCourtOf(UUID volunteerId, UUID sessionId) {
		var court = volunteers.courtOf(volunteerId);
		return rota.find(sessionId).filter(s -> court.isPresent() && court.get().equals(s.courtId()));
	}

	/** Whether a session has started (or is over) by now, in court. */
	public boolean started(RotaSession session) {
		return session.startedBy(now());
	}

	/**
	 * The volunteer's next shift that has not ended, not cancelled, whatever the court;
	 * empty when they have none.
	 */
	@Transactional(readOnly = true)
	public Optional<RotaSession> next(UUID volunteerId) {
		return mine(volunteerId).stream().filter(s -> !s.cancelled()).findFirst();
	}

	/**
	 * The sessions at the volunteer's court from now to the end of a day that still need
	 * volunteers and that they are not on: what they could sign up for soon.
	 */
	@Transactional(readOnly = true)
	public List<RotaSession> gapsAtCourtOf(UUID volunteerId, LocalDate until) {
		var court = volunteers.courtOf(volunteerId);
		if (court.isEmpty()) {
			return List.of();
		}
		return rota.gaps(court.get(), now(), until).stream().filter(s -> !s.hasSignedUp(volunteerId)).toList();
	}

	/** The volunteer's own shifts that have not ended yet, whatever the court. */
	@Transactional(readOnly = true)
	public List<RotaSession> mine(UUID volunteerId) {
		var now = now();
		return rota.load(jdbc.sql(Rota.SELECT + """
				join court_desk_shift mine on mine.session_id = s.id and mine.volunteer_id = :volunteer
				where s.session_date >= :today
				order by s.session_date, s.starts_at
				""").param("volunteer", volunteerId).param("today", now.toLocalDate()))
			.stream()
			.filter(s -> s.date().atTime(s.endsAt()).isAfter(now))
			.toList();
	}

	/**
	 * Signs the volunteer up. Refused for a session that is unknown, at another court,
	 * cancelled, started or past, full, or that they are on already, and for a volunteer
	 * not ready for it (no induction, or no background check valid on the session's day:
	 * {@link Readiness}). The session row is locked while the places are counted, so two
	 * volunteers cannot take the last place at once.
	 */
	@Transactional
	public void signUp(UUID sessionId, UUID volunteerId) {
		add(sessionId, volunteerId, "courtdesk.shift.otherCourt", "courtdesk.shift.already", false);
		audit.record(AuditEntry.allowed(CourtDeskAudit.COURT_DESK_SHIFT_TAKEN, Rota.RECORD, sessionId, Basis.ROLE,
				AS_VOLUNTEER));
	}

	/**
	 * A coordinator fills a gap: puts a volunteer who works at the session's court on it.
	 * Refused, as a sign-up is, for a session that is unknown, cancelled, started or
	 * past, or full, for a volunteer at another court (or none), for one on it already
	 * and for one not ready for it ({@link Readiness}). Audited as
	 * {@code COURT_DESK_SHIFT_ASSIGNED} on the coordinator's role, naming the volunteer
	 * by id. The volunteer sees the shift as theirs, in their calendar too, and is
	 * reminded of it the day before.
	 */
	@Transactional
	public void assign(UUID sessionId, UUID volunteerId) {
		add(sessionId, volunteerId, "courtdesk.assign.otherCourt", "courtdesk.assign.already", true);
		audit.record(AuditEntry
			.allowed(CourtDeskAudit.COURT_DESK_SHIFT_ASSIGNED, Rota.RECORD, sessionId, Basis.ROLE, AS_COORDINATOR)
			.withDetail("volunteer " + volunteerId));
	}

	/**
	 * Puts a volunteer on a session, the session's row locked while its places are
	 * counted.
	 */
	private void add(UUID sessionId, UUID volunteerId, String otherCourt, String already, boolean byCoordinator) {
		var locked = sessionId != null && !jdbc.sql("select id from court_desk_session where id = :id for update")
			.param("id", sessionId)
			.query(UUID.class)
			.list()
			.isEmpty();
		if (!locked) {
			throw new ShiftRefused("courtdesk.shift.unknown");
		}
		var session = rota.find(sessionId).orElseThrow(() -> new ShiftRefused("courtdesk.shift.unknown"));
		var court = volunteers.courtOf(volunteerId);
		if (court.isEmpty() || !court.get().equals(session.courtId())) {
			throw new ShiftRefused(otherCourt);
		}
		if (session.cancelled()) {
			throw new ShiftRefused("courtdesk.shift.cancelled");
		}
		if (session.startedBy(now())) {
			throw new ShiftRefused("courtdesk.shift.past");
		}
		if (session.hasSignedUp(volunteerId)) {
			throw new ShiftRefused(already);
		}
		var volunteer = readiness.of(volunteerId);
		var problems = volunteer.forShiftOn(session.date(), now().toLocalDate());
		if (!problems.isEmpty()) {
			var problem = problems.get(0);
			throw new ShiftRefused(byCoordinator ? problem.coordinatorCode() : problem.code(),
					volunteer.arguments(problem));
		}
		if (session.full()) {
			throw new ShiftRefused("courtdesk.shift.full");
		}
		int added = jdbc.sql("""
				insert into court_desk_shift (session_id, volunteer_id) values (:session, :volunteer)
				on conflict (session_id, volunteer_id) do nothing
				""").param("session", sessionId).param("volunteer", volunteerId).update();
		if (added == 0) {
			throw new ShiftRefused(already);
		}
	}

	/** Takes the volunteer off a session that has not started yet. */
	@Transactional
	public void drop(UUID sessionId, UUID volunteerId) {
		var session = rota.find(sessionId).orElseThrow(() -> new ShiftRefused("courtdesk.shift.notYours"));
		if (!session.hasSignedUp(volunteerId)) {
			throw new ShiftRefused("courtdesk.shift.notYours");
		}
		if (!session.cancelled() && session.startedBy(now())) {
			throw new ShiftRefused("courtdesk.shift.dropStarted");
		}
		int removed = jdbc.sql("delete from court_desk_shift where session_id = :session and volunteer_id = :volunteer")
			.param("session", sessionId)
			.param("volunteer", volunteerId)
			.update();
		if (removed == 0) {
			throw new ShiftRefused("courtdesk.shift.notYours");
		}
		audit.record(AuditEntry.allowed(CourtDeskAudit.COURT_DESK_SHIFT_DROPPED, Rota.RECORD, sessionId, Basis.ROLE,
				AS_VOLUNTEER));
	}

	/** Now, in court: the service's time zone. */
	private LocalDateTime now() {
		return LocalDateTime.ofInstant(clock.instant(), ServiceTime.ZONE);
	}

	/** The sign-up or drop is refused; {@link #code()} is the message that says why. */
	public static class ShiftRefused extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		private final String code;

		private final Object[] arguments;

		ShiftRefused(String code) {
			this(code, new Object[0]);
		}

		ShiftRefused(String code, Object[] arguments) {
			super("Refused: " + code);
			this.code = code;
			this.arguments = arguments.clone();
		}

		public String code() {
			return code;
		}

		/** What the message puts in its {0} (a date, as shown), if anything. */
		public Object[] arguments() {
			return arguments.clone();
		}

	}

}
