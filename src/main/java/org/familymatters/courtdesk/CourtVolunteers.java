package org.familymatters.courtdesk;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The court each volunteer works at. A volunteer sees that court's sessions and records its
 * contacts; a coordinator (or, for a new volunteer, an administrator) sets it.
 */
@Service
public class CourtVolunteers {

	private final JdbcClient jdbc;

	CourtVolunteers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The court a user volunteers at, if any. */
	@Transactional(readOnly = true)
	public Optional<UUID> courtOf(UUID userId) {
		if (userId == null) {
			return Optional.empty();
		}
		return jdbc.sql("select court_id from court_volunteer where user_id = :user").param("user", userId)
			.query(UUID.class).optional();
	}

	/** Sets (or changes) the court a volunteer works at. */
	@Transactional
	public void assign(UUID userId, UUID courtId, UUID assignedBy) {
		jdbc.sql("""
				insert into court_volunteer (user_id, court_id, assigned_by) values (:user, :court, :by)
				on conflict (user_id) do update set court_id = excluded.court_id, assigned_at = now(),
				    assigned_by = excluded.assigned_by
				""")
			.param("user", userId).param("court", courtId).param("by", assignedBy).update();
	}

}
