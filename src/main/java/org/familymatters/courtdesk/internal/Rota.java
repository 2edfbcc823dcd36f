package org.familymatters.courtdesk.internal;

import java.io.Serial;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's rota: court desk sessions, created, changed and cancelled. Sessions
 * are never deleted; a cancelled one stays visible, marked cancelled. Every change is
 * audited.
 */
@Service
public class Rota {

	static final String RECORD = "court_desk_session";

	private static final String AS_COORDINATOR = "COURT_DESK_COORDINATOR";

	static final String SELECT = """
			select s.id, s.court_id, c.name as court_name, c.address as court_address, s.session_date, s.starts_at,
			       s.ends_at, s.volunteers_needed, s.notes, s.cancelled_at is not null as cancelled, s.version
			from court_desk_session s join court c on c.id = s.court_id
			""";

	private final JdbcClient jdbc;

	private final Courts courts;

	private final AuditTrail audit;

	private final Clock clock;

	Rota(JdbcClient jdbc, Courts courts, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.courts = courts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sessions from a day on, at one court or all (court null), by date and time, a page
	 * at a time; with {@code gapsOnly}, only those not cancelled that still need
	 * volunteers. A page past the last is empty; its total says how many there are.
	 */
	@Transactional(readOnly = true)
	public Page<RotaSession> sessions(UUID courtId, LocalDate from, boolean gapsOnly, int page, int perPage) {
		int size = Math.max(1, perPage);
		int number = Math.max(1, page);
		var where = """
				where s.session_date >= :from and (cast(:court as uuid) is null or s.court_id = cast(:court as uuid))
				  and (not cast(:gaps as boolean) or (s.cancelled_at is null and s.volunteers_needed >
				       (select count(*) from court_desk_shift sh where sh.session_id = s.id)))
				""";
		long total = jdbc.sql("select count(*) from court_desk_session s " + where)
			.param("from", from)
			.param("court", (courtId != null) ? courtId.toString() : null)
			.param("gaps", gapsOnly)
			.query(Long.class)
			.single();
		var items = load(jdbc.sql(SELECT + where + """
				order by s.session_date, s.starts_at, c.name, s.id
				limit :limit offset :offset
				""")
			.param("from", from)
			.param("court", (courtId != null) ? courtId.toString() : null)
			.param("gaps", gapsOnly)
			.param("limit", size)
			.param("offset", (long) (number - 1) * size));
		return new Page<>(items, number, size, total);
	}

	/**
	 * Sessions at one court (or every court, court null) that have not started by a
	 * moment in court, by date and time, a page at a time, cancelled ones included: what
	 * a volunteer may sign up for, and what they may see is cancelled.
	 */
	@Transactional(readOnly = true)
	public Page<RotaSession> notStarted(UUID courtId, LocalDateTime now, int page, int perPage) {
		int size = Math.max(1, perPage);
		int number = Math.max(1, page);
		var where = """
				where (s.session_date > :today or (s.session_date = :today and s.starts_at > :time))
				  and (cast(:court as uuid) is null or s.court_id = cast(:court as uuid))
				""";
		long total = jdbc.sql("select count(*) from court_desk_session s " + where)
			.param("today", now.toLocalDate())
			.param("time", now.toLocalTime())
			.param("court", (courtId != null) ? courtId.toString() : null)
			.query(Long.class)
			.single();
		var items = load(jdbc.sql(SELECT + where + """
				order by s.session_date, s.starts_at, c.name, s.id
				limit :limit offset :offset
				""")
			.param("today", now.toLocalDate())
			.param("time", now.toLocalTime())
			.param("court", (courtId != null) ? courtId.toString() : null)
			.param("limit", size)
			.param("offset", (long) (number - 1) * size));
		return new Page<>(items, number, size, total);
	}

	/**
	 * The sessions at one court (or every court, court null) from now to the end of a day
	 * that still need volunteers (not cancelled, not started), by date, time and court:
	 * the gaps a coordinator has to fill.
	 */
	@Transactional(readOnly = true)
	public List<RotaSession> gaps(UUID courtId, LocalDateTime now, LocalDate until) {
		return load(jdbc.sql(SELECT + """
				where s.cancelled_at is null and s.session_date <= :until
				  and (cast(:court as uuid) is null or s.court_id = cast(:court as uuid))
				  and (s.session_date > :today or (s.session_date = :today and s.starts_at > :time))
				  and s.volunteers_needed > (select count(*) from court_desk_shift sh where sh.session_id = s.id)
				order by s.session_date, s.starts_at, c.name, s.id
				""")
			.param("until", until)
			.param("court", (courtId != null) ? courtId.toString() : null)
			.param("today", now.toLocalDate())
			.param("time", now.toLocalTime()));
	}

	@Transactional(readOnly = true)
	public Optional<RotaSession> find(UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		return load(jdbc.sql(SELECT + " where s.id = :id").param("id", id)).stream().findFirst();
	}

	/**
	 * What is wrong with these details for a session, if anything, in the order of the
	 * form.
	 */
	@Transactional(readOnly = true)
	public List<Problem> check(SessionDetails details) {
		var problems = new ArrayList<Problem>();
		var court = courts.find(details.courtId());
		if (court.isEmpty()) {
			problems.add(new Problem("courtId", "courtdesk.session.court.unknown"));
		}
		else if (court.get().archived()) {
			problems.add(new Problem("courtId", "courtdesk.session.court.archived"));
		}
		if (details.date() != null && details.date().isBefore(today())) {
			problems.add(new Problem("date", "courtdesk.session.date.past"));
		}
		if (details.startsAt() != null && details.endsAt() != null && !details.endsAt().isAfter(details.startsAt())) {
			problems.add(new Problem("endsAt", "courtdesk.session.endsAt.beforeStart"));
		}
		if (details.volunteersNeeded() < 1 || details.volunteersNeeded() > 20) {
			problems.add(new Problem("volunteersNeeded", "courtdesk.session.needed.range"));
		}
		if (details.notes() != null && details.notes().strip().length() > 500) {
			problems.add(new Problem("notes", "courtdesk.session.notes.tooLong"));
		}
		return problems;
	}

	@Transactional
	public UUID create(SessionDetails details, UUID createdBy) {
		requireGood(details);
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into court_desk_session (id, court_id, session_date, starts_at, ends_at, volunteers_needed, notes,
						                                created_by)
						values (:id, :court, :day, :starts, :ends, :needed, :notes, :by)
						""")
			.param("id", id)
			.param("court", details.courtId())
			.param("day", details.date())
			.param("starts", details.startsAt())
			.param("ends", details.endsAt())
			.param("needed", details.volunteersNeeded())
			.param("notes", blankToNull(details.notes()))
			.param("by", createdBy)
			.update();
		audit.record(
				AuditEntry.allowed(CourtDeskAudit.COURT_DESK_SESSION_CREATED, RECORD, id, Basis.ROLE, AS_COORDINATOR));
		return id;
	}

	/**
	 * Changes a session as of the version the coordinator saw; a cancelled session cannot
	 * change.
	 */
	@Transactional
	public void change(UUID id, long version, SessionDetails details) {
		var session = find(id).orElseThrow(() -> new NotFound(RECORD, id));
		if (session.cancelled()) {
			throw new SessionCancelled();
		}
		requireGood(details);
		int changed = jdbc.sql("""
				update court_desk_session set court_id = :court, session_date = :day, starts_at = :starts,
				       ends_at = :ends, volunteers_needed = :needed, notes = :notes, version = version + 1
				where id = :id and version = :version and cancelled_at is null
				""")
			.param("id", id)
			.param("version", version)
			.param("court", details.courtId())
			.param("day", details.date())
			.param("starts", details.startsAt())
			.param("ends", details.endsAt())
			.param("needed", details.volunteersNeeded())
			.param("notes", blankToNull(details.notes()))
			.update();
		if (changed == 0) {
			throw new StaleSave("court desk session", id);
		}
		audit.record(
				AuditEntry.allowed(CourtDeskAudit.COURT_DESK_SESSION_CHANGED, RECORD, id, Basis.ROLE, AS_COORDINATOR));
	}

	/** Cancels a session. Its volunteers see it cancelled; it stays on the rota. */
	@Transactional
	public void cancel(UUID id, long version) {
		var session = find(id).orElseThrow(() -> new NotFound(RECORD, id));
		if (session.cancelled()) {
			throw new SessionCancelled();
		}
		int changed = jdbc.sql("""
				update court_desk_session set cancelled_at = now(), version = version + 1
				where id = :id and version = :version and cancelled_at is null
				""").param("id", id).param("version", version).update();
		if (changed == 0) {
			throw new StaleSave("court desk session", id);
		}
		audit.record(AuditEntry.allowed(CourtDeskAudit.COURT_DESK_SESSION_CANCELLED, RECORD, id, Basis.ROLE,
				AS_COORDINATOR));
	}

	/** Today, in court: the service's time zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE);
	}

	/** Now, in court: the service's time zone. */
	public LocalDateTime now() {
		return LocalDateTime.ofInstant(clock.instant(), ServiceTime.ZONE);
	}

	private void requireGood(SessionDetails details) {
		if (details.date() == null || details.startsAt() == null || details.endsAt() == null) {
			throw new BadSession(List.of(new Problem("date", "courtdesk.session.date.required")));
		}
		var problems = check(details);
		if (!problems.isEmpty()) {
			throw new BadSession(problems);
		}
	}

	/** Loads sessions and, in one more query, who signed up for each. */
	List<RotaSession> load(JdbcClient.StatementSpec statement) {
		var rows = statement.query(Rota::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<RotaSession.Volunteer>> signedUp = new LinkedHashMap<>();
		jdbc.sql(
				"""
						select sh.session_id, u.id, u.display_name from court_desk_shift sh join identity_user u on u.id = sh.volunteer_id
						where sh.session_id in (:ids) order by sh.signed_up_at
						""")
			.param("ids", rows.stream().map(RotaSession::id).toList())
			.query((RowCallbackHandler) rs -> signedUp
				.computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new ArrayList<>())
				.add(new RotaSession.Volunteer(rs.getObject("id", UUID.class), rs.getString("display_name"))));
		return rows.stream()
			.map(s -> new RotaSession(s.id(), s.courtId(), s.courtName(), s.courtAddress(), s.date(), s.startsAt(),
					s.endsAt(), s.volunteersNeeded(), s.notes(), s.cancelled(), s.version(),
					List.copyOf(signedUp.getOrDefault(s.id(), List.of()))))
			.toList();
	}

	private static RotaSession row(ResultSet rs, int n) throws SQLException {
		return new RotaSession(rs.getObject("id", UUID.class), rs.getObject("court_id", UUID.class),
				rs.getString("court_name"), rs.getString("court_address"),
				rs.getObject("session_date", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
				rs.getObject("ends_at", LocalTime.class), rs.getInt("volunteers_needed"), rs.getString("notes"),
				rs.getBoolean("cancelled"), rs.getLong("version"), List.of());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A field the coordinator must correct, and the message code that says how. */
	public record Problem(String field, String code) {
	}

	/** The details are refused; each problem names its field. */
	public static class BadSession extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		private final List<Problem> problems;

		BadSession(List<Problem> problems) {
			super("The session's details are refused: " + problems);
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}

	}

	/** The session is cancelled, so it cannot change. */
	public static class SessionCancelled extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		SessionCancelled() {
			super("The session is cancelled");
		}

	}

}
