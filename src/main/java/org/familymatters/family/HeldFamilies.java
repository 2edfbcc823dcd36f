package org.familymatters.family;

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
 * Which families a safeguarding lead has put under a hold that lasts today (placed at
 * {@code /safeguarding/holds}): their records are neither removed by the retention run
 * nor erased on request while it lasts. It reads nothing else about them and says only
 * which of the caller's own ids are held.
 */
@Service
public class HeldFamilies {

	private final JdbcClient jdbc;

	private final Clock clock;

	HeldFamilies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The families among {@code familyIds} under a hold that lasts today. */
	@Transactional(readOnly = true)
	public Set<UUID> held(Collection<UUID> familyIds) {
		if (familyIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select id from family where id in (:ids) and hold_until >= :today")
			.param("ids", familyIds)
			.param("today", LocalDate.now(clock))
			.query(UUID.class)
			.list());
	}

}
