package org.familymatters.network.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of networks: one network, every network, who coordinates it. */
@Service
public class Networks {

	private static final String SELECT = """
			select n.id, n.name, n.locality_id, l.name as locality_name, n.coordinator_user_id,
			       u.display_name as coordinator_name, u.email as coordinator_email, n.version
			from network n
			join identity_locality l on l.id = n.locality_id
			join identity_user u on u.id = n.coordinator_user_id
			""";

	private final JdbcClient jdbc;

	Networks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The network; empty when there is none with that id. */
	@Transactional(readOnly = true)
	public Optional<Network> find(UUID networkId) {
		return jdbc.sql(SELECT + " where n.id = :id").param("id", networkId).query(Network.class).optional();
	}

	/** Every network, by locality and name. */
	@Transactional(readOnly = true)
	public List<Network> all() {
		return jdbc.sql(SELECT + " order by l.name, n.name").query(Network.class).list();
	}

	/** Whether the user coordinates the network. */
	@Transactional(readOnly = true)
	public boolean isCoordinator(UUID networkId, UUID userId) {
		return jdbc.sql("select exists (select 1 from network where id = :id and coordinator_user_id = :user)")
			.param("id", networkId)
			.param("user", userId)
			.query(Boolean.class)
			.single();
	}

	/** The network; not found (404) when there is none with that id. */
	@Transactional(readOnly = true)
	public Network require(UUID networkId) {
		return find(networkId).orElseThrow(() -> new NotFound("network", networkId));
	}

	/**
	 * The network, for its coordinator: not found (404) when there is none, refused (403)
	 * for anyone else.
	 */
	@Transactional(readOnly = true)
	public Network requireCoordinator(UUID networkId, UUID userId) {
		var network = require(networkId);
		if (!network.coordinatorUserId().equals(userId)) {
			throw new AccessDeniedException("Only the network's coordinator may do this");
		}
		return network;
	}

	/**
	 * A network.
	 *
	 * @param id the network
	 * @param name its name, e.g. "Banbury Family Matters network"
	 * @param localityId the locality it serves
	 * @param localityName the locality's name
	 * @param coordinatorUserId who coordinates it
	 * @param coordinatorName their name
	 * @param coordinatorEmail their e-mail address; null when none is on record
	 * @param version for stale saves
	 */
	public record Network(UUID id, String name, UUID localityId, String localityName, UUID coordinatorUserId,
			String coordinatorName, String coordinatorEmail, long version) {
	}

}
