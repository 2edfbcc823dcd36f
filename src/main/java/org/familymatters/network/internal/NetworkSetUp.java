package org.familymatters.network.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager sets up a network for a locality with a coordinator, and may give it another
 * coordinator. The coordinator becomes a member too, with their organisation, when they
 * have one. Audited as NETWORK_CREATED and NETWORK_COORDINATOR_CHANGED (basis ROLE,
 * MANAGER).
 */
@Service
public class NetworkSetUp {

	private final JdbcClient jdbc;

	private final NetworkMembers members;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	NetworkSetUp(JdbcClient jdbc, NetworkMembers members, AuditTrail audit, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.members = members;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The localities a network may serve, by name. */
	@Transactional(readOnly = true)
	public List<Choice> localities() {
		return jdbc.sql("select id, name from identity_locality order by name, id").query(Choice.class).list();
	}

	/**
	 * The users who may coordinate a network: every enabled user, by name, with their
	 * organisation's name (null when they have none).
	 */
	@Transactional(readOnly = true)
	public List<Choice> enabledUsers() {
		return jdbc.sql("""
				select u.id, u.display_name || coalesce(' (' || o.name || ')', '') as name
				from identity_user u left join identity_organisation o on o.id = u.organisation_id
				where u.enabled
				order by lower(u.display_name), u.id
				""").query(Choice.class).list();
	}

	/**
	 * Sets up a network; refused by the name when another network has it (in any case).
	 */
	@Transactional
	public UUID create(String name, UUID localityId, UUID coordinatorId) {
		if (nameTaken(name)) {
			throw new NetworkRefused("name", "taken");
		}
		var id = UUID.randomUUID();
		var by = currentUser.get().id();
		try {
			jdbc.sql("""
					insert into network (id, name, locality_id, coordinator_user_id, created_by, created_at, updated_at)
					values (:id, :name, :locality, :coordinator, :by, :at, :at)
					""")
				.param("id", id)
				.param("name", name)
				.param("locality", localityId)
				.param("coordinator", coordinatorId)
				.param("by", by)
				.param("at", java.sql.Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new NetworkRefused("name", "taken");
		}
		audit.record(AuditEntry.allowed(NetworkAudit.NETWORK_CREATED, "network", id, Basis.ROLE, "MANAGER"));
		members.addCoordinator(id, coordinatorId, by);
		return id;
	}

	/**
	 * Gives the network another coordinator, unless someone changed it since the form was
	 * shown ({@link StaleSave}).
	 */
	@Transactional
	public void changeCoordinator(UUID networkId, long version, UUID coordinatorId) {
		int changed = jdbc.sql("""
				update network set coordinator_user_id = :coordinator, updated_at = :at, version = version + 1
				where id = :id and version = :version
				""")
			.param("coordinator", coordinatorId)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("id", networkId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleSave("network", networkId);
		}
		audit.record(AuditEntry
			.allowed(NetworkAudit.NETWORK_COORDINATOR_CHANGED, "network", networkId, Basis.ROLE, "MANAGER")
			.withDetail("coordinator " + coordinatorId));
		members.addCoordinator(networkId, coordinatorId, currentUser.get().id());
	}

	private boolean nameTaken(String name) {
		return jdbc.sql("select exists (select 1 from network where lower(name) = lower(:name))")
			.param("name", name)
			.query(Boolean.class)
			.single();
	}

	/**
	 * One choice of a select.
	 *
	 * @param id what the form sends
	 * @param name what the user reads
	 */
	public record Choice(UUID id, String name) {
	}

}
