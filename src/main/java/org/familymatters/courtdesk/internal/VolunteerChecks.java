package org.familymatters.courtdesk.internal;

import java.io.Serial;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Court desk volunteers' background checks: the coordinator records each check (the day
 * it was done, the day it expires, an optional reference); a renewal is a new record, the
 * history kept, and the latest (by the day it was done) is the one that counts. Recording
 * is audited as {@code VOLUNTEER_CHECK_RECORDED} on the coordinator's role.
 */
@Service
public class VolunteerChecks {

	/** The longest reference kept. */
	public static final int REFERENCE_MAX = 40;

	private static final String SELECT = """
			select id, volunteer_id, checked_on, expires_on, reference, recorded_by, recorded_at
			from volunteer_check
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	VolunteerChecks(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today, in the service's time zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE);
	}

	/**
	 * What the service refuses in a check, each by its field (messages under
	 * {@code courtdesk.check}): a check done in the future, an expiry not after the
	 * check's day, a check already expired today, an overlong reference or one with
	 * control characters. Pure.
	 */
	public static List<Rota.Problem> problems(LocalDate checkedOn, LocalDate expiresOn, String reference,
			LocalDate today) {
		var problems = new ArrayList<Rota.Problem>();
		if (checkedOn == null) {
			problems.add(new Rota.Problem("checkedOn", "courtdesk.check.checkedOn.required"));
		}
		else if (checkedOn.isAfter(today)) {
			problems.add(new Rota.Problem("checkedOn", "courtdesk.check.checkedOn.future"));
		}
		if (expiresOn == null) {
			problems.add(new Rota.Problem("expiresOn", "courtdesk.check.expiresOn.required"));
		}
		else if (checkedOn != null && !expiresOn.isAfter(checkedOn)) {
			problems.add(new Rota.Problem("expiresOn", "courtdesk.check.expiresOn.notAfter"));
		}
		else if (expiresOn.isBefore(today)) {
			problems.add(new Rota.Problem("expiresOn", "courtdesk.check.expiresOn.expired"));
		}
		if (reference != null && Input.text(reference, REFERENCE_MAX).failed()) {
			problems.add(new Rota.Problem("reference", "courtdesk.check.reference.invalid"));
		}
		return List.copyOf(problems);
	}

	/**
	 * Records a volunteer's check; refused (nothing saved) with {@link BadCheck} for what
	 * {@link #problems} finds.
	 */
	@Transactional
	public UUID record(UUID volunteerId, LocalDate checkedOn, LocalDate expiresOn, String reference, UUID recordedBy) {
		var problems = problems(checkedOn, expiresOn, reference, today());
		if (!problems.isEmpty()) {
			throw new BadCheck(problems);
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into volunteer_check (id, volunteer_id, checked_on, expires_on, reference, recorded_by)
				values (:id, :volunteer, :checked, :expires, :reference, :by)
				""")
			.param("id", id)
			.param("volunteer", volunteerId)
			.param("checked", checkedOn)
			.param("expires", expiresOn)
			.param("reference", (reference == null || reference.isBlank()) ? null : reference.strip())
			.param("by", recordedBy)
			.update();
		audit.record(AuditEntry
			.allowed(CourtDeskAudit.VOLUNTEER_CHECK_RECORDED, "user", volunteerId, Basis.ROLE, "COURT_DESK_COORDINATOR")
			.withDetail("expires " + expiresOn));
		return id;
	}

	/** The volunteer's latest check, if any. */
	@Transactional(readOnly = true)
	public Optional<BackgroundCheck> latest(UUID volunteerId) {
		return jdbc.sql(SELECT + """
				where volunteer_id = :volunteer
				order by checked_on desc, recorded_at desc, id
				limit 1
				""").param("volunteer", volunteerId).query(VolunteerChecks::check).optional();
	}

	/** Every check of the volunteer, the latest first. */
	@Transactional(readOnly = true)
	public List<BackgroundCheck> history(UUID volunteerId) {
		return jdbc.sql(SELECT + """
				where volunteer_id = :volunteer
				order by checked_on desc, recorded_at desc, id
				""").param("volunteer", volunteerId).query(VolunteerChecks::check).list();
	}

	/** Each volunteer's latest check, by volunteer. */
	@Transactional(readOnly = true)
	public Map<UUID, BackgroundCheck> latestOfEach() {
		var latest = new HashMap<UUID, BackgroundCheck>();
		jdbc.sql("select distinct on (volunteer_id) id, volunteer_id, checked_on, expires_on, reference, recorded_by,"
				+ " recorded_at from volunteer_check order by volunteer_id, checked_on desc, recorded_at desc, id")
			.query((RowCallbackHandler) rs -> {
				var check = check(rs, 0);
				latest.put(check.volunteerId(), check);
			});
		return latest;
	}

	/**
	 * The latest checks that have expired or expire by the day (inclusive), the soonest
	 * expiry first.
	 */
	@Transactional(readOnly = true)
	public List<BackgroundCheck> expiringBy(LocalDate until) {
		return jdbc.sql("""
				select * from (
				    select distinct on (volunteer_id) id, volunteer_id, checked_on, expires_on, reference, recorded_by,
				           recorded_at
				    from volunteer_check order by volunteer_id, checked_on desc, recorded_at desc, id
				) latest
				where expires_on <= :until
				order by expires_on, volunteer_id
				""").param("until", until).query(VolunteerChecks::check).list();
	}

	private static BackgroundCheck check(ResultSet rs, int row) throws SQLException {
		return new BackgroundCheck(rs.getObject("id", UUID.class), rs.getObject("volunteer_id", UUID.class),
				rs.getObject("checked_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
				rs.getString("reference"), rs.getObject("recorded_by", UUID.class),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}

	/** The check is refused: {@link #problems()} says why, by field. */
	public static class BadCheck extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		private final List<Rota.Problem> problems;

		BadCheck(List<Rota.Problem> problems) {
			super("Refused: " + problems);
			this.problems = List.copyOf(problems);
		}

		public List<Rota.Problem> problems() {
			return problems;
		}

	}

}
