package org.familymatters.courtdesk.internal;

import java.io.Serial;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The court each volunteer works at. A volunteer sees that court's sessions and records
 * its contacts; a coordinator (or, for a new volunteer, an administrator) sets it.
 */
@Service
public class CourtVolunteers {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	CourtVolunteers(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The court a user volunteers at, if any. */
	@Transactional(readOnly = true)
	public Optional<UUID> courtOf(UUID userId) {
		if (userId == null) {
			return Optional.empty();
		}
		return jdbc.sql("select court_id from court_volunteer where user_id = :user")
			.param("user", userId)
			.query(UUID.class)
			.optional();
	}

	/** Every volunteer who has a court, and that court. */
	@Transactional(readOnly = true)
	public Map<UUID, UUID> courts() {
		var courts = new HashMap<UUID, UUID>();
		jdbc.sql("select user_id, court_id from court_volunteer")
			.query((RowCallbackHandler) rs -> courts.put(rs.getObject("user_id", UUID.class),
					rs.getObject("court_id", UUID.class)));
		return courts;
	}

	/**
	 * Sets (or changes) the court a volunteer works at; refuses a court that is unknown
	 * or archived.
	 */
	@Transactional
	public void assign(UUID userId, UUID courtId, UUID assignedBy) {
		var active = jdbc.sql("select count(*) from court where id = :court and not archived")
			.param("court", courtId)
			.query(Long.class)
			.single() > 0;
		if (!active) {
			throw new CourtNotTakingVolunteers();
		}
		jdbc.sql("""
				insert into court_volunteer (user_id, court_id, assigned_by) values (:user, :court, :by)
				on conflict (user_id) do update set court_id = excluded.court_id, assigned_at = now(),
				    assigned_by = excluded.assigned_by
				""").param("user", userId).param("court", courtId).param("by", assignedBy).update();
		audit.record(AuditEntry
			.allowed(CourtDeskAudit.COURT_VOLUNTEER_ASSIGNED, "user", userId, Basis.ROLE, "COURT_DESK_COORDINATOR")
			.withDetail("court " + courtId));
	}

	/** The court is not on record, or is archived. */
	public static class CourtNotTakingVolunteers extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		CourtNotTakingVolunteers() {
			super("That court is not on record or is archived");
		}

	}

}
