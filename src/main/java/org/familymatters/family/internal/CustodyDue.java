package org.familymatters.family.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custody episodes whose expected release falls within some days, among the families a
 * support worker keeps: for lists of releases coming up. Reads only which episodes; what
 * each shows is read through the access decision.
 */
@Service
public class CustodyDue {

	private final JdbcClient jdbc;

	CustodyDue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The episodes not yet ended whose expected release falls from {@code from} to
	 * {@code to}, of open families (not merged) of the locality (every locality when
	 * {@code all}) or with {@code keyWorker} as key worker, earliest release first.
	 */
	@Transactional(readOnly = true)
	public List<Due> between(LocalDate from, LocalDate to, boolean all, UUID locality, UUID keyWorker) {
		return jdbc.sql("""
				select f.id as family_id, c.id as episode_id from custody_episode c
				join person p on p.id = c.person_id join family f on f.id = p.family_id
				where c.released_on is null and c.expected_release_on between :from and :to
				  and p.merged_into is null and f.merged_into is null and f.status <> 'closed'
				  and (:all or f.locality_id = cast(:locality as uuid) or f.key_worker_id = cast(:keyWorker as uuid))
				order by c.expected_release_on, f.reference, c.id
				""")
			.param("from", from)
			.param("to", to)
			.param("all", all)
			.param("locality", locality)
			.param("keyWorker", keyWorker)
			.query((rs, n) -> new Due(rs.getObject("family_id", UUID.class), rs.getObject("episode_id", UUID.class)))
			.list();
	}

	/** An episode due, and its family. */
	public record Due(UUID familyId, UUID episodeId) {
	}

}
