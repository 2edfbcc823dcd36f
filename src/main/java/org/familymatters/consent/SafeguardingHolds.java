package org.familymatters.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which families are held for safeguarding: a request to share without consent waits for
 * a decision, or an approval is still running (not ended, its end date today or later).
 * For the privacy module, which refuses to erase a family's data while it is held (ADR
 * 0018). Tells nothing of a family but whether it is held, so it asks no access decision
 * and records nothing: the caller audits its own decision.
 */
@Service
public class SafeguardingHolds {

	private final JdbcClient jdbc;

	private final Clock clock;

	SafeguardingHolds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The families among {@code familyIds} that are held today. */
	@Transactional(readOnly = true)
	public Set<UUID> held(Collection<UUID> familyIds) {
		if (familyIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select distinct family_id from safeguarding_request
				where family_id in (:families)
				  and (status = 'pending' or (status = 'approved' and ended_at is null and ends_on >= :today))
				""").param("families", familyIds).param("today", LocalDate.now(clock)).query(UUID.class).list());
	}

}
