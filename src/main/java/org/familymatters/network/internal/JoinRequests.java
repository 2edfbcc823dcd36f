package org.familymatters.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to join a network: anyone signed in who is not a member asks (a reason
 * optional, one open request at a time); the coordinator accepts (they become a member
 * with their organisation of the day) or declines. Audited as NETWORK_JOIN_REQUESTED,
 * NETWORK_MEMBER_ADDED and NETWORK_JOIN_DECLINED.
 */
@Service
public class JoinRequests {

	private final JdbcClient jdbc;

	private final Networks networks;

	private final NetworkMembers members;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	JoinRequests(JdbcClient jdbc, Networks networks, NetworkMembers members, AuditTrail audit, CurrentUser currentUser,
			Clock clock) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.members = members;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * The signed-in user asks to join. Refused by the field {@code reason} when they are
	 * a member already ({@code already}), have no organisation ({@code noOrganisation})
	 * or have asked already and wait for an answer ({@code open}).
	 */
	@Transactional
	public UUID ask(UUID networkId, String reason) {
		networks.require(networkId);
		var user = currentUser.get().id();
		if (members.isMember(networkId, user)) {
			throw new NetworkRefused("reason", "already");
		}
		if (members.organisationOf(user).isEmpty()) {
			throw new NetworkRefused("reason", "noOrganisation");
		}
		if (mine(networkId).isPresent()) {
			throw new NetworkRefused("reason", "open");
		}
		var id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into network_join_request (id, network_id, user_id, reason, asked_at)
					values (:id, :network, :user, :reason, :at)
					""")
				.param("id", id)
				.param("network", networkId)
				.param("user", user)
				.param("reason", reason)
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new NetworkRefused("reason", "open");
		}
		audit.record(
				AuditEntry.allowed(NetworkAudit.NETWORK_JOIN_REQUESTED, "network", networkId, Basis.ROLE, "SIGNED_IN")
					.withDetail("request " + id));
		return id;
	}

	/** The signed-in user's open request to join the network, if they have one. */
	@Transactional(readOnly = true)
	public Optional<Request> mine(UUID networkId) {
		return currentUser.find()
			.flatMap(user -> requests("r.network_id = :network and r.user_id = :user", networkId, user.id()).stream()
				.findFirst());
	}

	/** The open requests to join the network, oldest first: for its coordinator only. */
	@Transactional(readOnly = true)
	public List<Request> waiting(UUID networkId) {
		networks.requireCoordinator(networkId, currentUser.get().id());
		return requests("r.network_id = :network", networkId, null);
	}

	/**
	 * The networks the user coordinates that have requests waiting, with how many, by
	 * network name.
	 */
	@Transactional(readOnly = true)
	public List<Waiting> waitingFor(UUID coordinatorId) {
		return jdbc.sql("""
				select n.id as network_id, n.name as network_name, count(*) as requests
				from network n join network_join_request r on r.network_id = n.id and r.status = 'open'
				where n.coordinator_user_id = :user
				group by n.id, n.name
				order by n.name
				""").param("user", coordinatorId).query(Waiting.class).list();
	}

	/**
	 * The coordinator accepts a request: its user becomes a member with their
	 * organisation. Refused by the field {@code request} when they are a member already
	 * ({@code already}) or now have no organisation ({@code noOrganisation}); not found
	 * (404) for a request that is not open or not the network's.
	 */
	@Transactional
	public void accept(UUID networkId, UUID requestId) {
		var coordinator = currentUser.get().id();
		networks.requireCoordinator(networkId, coordinator);
		var request = open(networkId, requestId);
		var organisation = members.organisationOf(request.userId())
			.orElseThrow(() -> new NetworkRefused("request", "noOrganisation"));
		if (!members.join(networkId, request.userId(), organisation, coordinator)) {
			throw new NetworkRefused("request", "already");
		}
		decide(requestId, "accepted", coordinator);
		audit.record(AuditEntry
			.allowed(NetworkAudit.NETWORK_MEMBER_ADDED, "network", networkId, Basis.ROLE, NetworkMembers.COORDINATOR)
			.withDetail("user " + request.userId() + ", request " + requestId + " accepted"));
	}

	/**
	 * The coordinator declines a request. Not found (404) for a request that is not open
	 * or not the network's.
	 */
	@Transactional
	public void decline(UUID networkId, UUID requestId) {
		var coordinator = currentUser.get().id();
		networks.requireCoordinator(networkId, coordinator);
		var request = open(networkId, requestId);
		decide(requestId, "declined", coordinator);
		audit.record(AuditEntry
			.allowed(NetworkAudit.NETWORK_JOIN_DECLINED, "network", networkId, Basis.ROLE, NetworkMembers.COORDINATOR)
			.withDetail("user " + request.userId() + ", request " + requestId));
	}

	private Request open(UUID networkId, UUID requestId) {
		return requests("r.network_id = :network and r.id = :request", networkId, requestId).stream()
			.findFirst()
			.orElseThrow(() -> new NotFound("join request", requestId));
	}

	private void decide(UUID requestId, String status, UUID by) {
		jdbc.sql("""
				update network_join_request set status = :status, decided_by = :by, decided_at = :at
				where id = :id and status = 'open'
				""")
			.param("status", status)
			.param("by", by)
			.param("at", Timestamp.from(clock.instant()))
			.param("id", requestId)
			.update();
	}

	private List<Request> requests(String where, UUID networkId, UUID other) {
		return jdbc.sql("""
				select r.id, r.user_id, u.display_name as name, u.email, o.name as organisation_name, r.reason,
				       r.asked_at
				from network_join_request r
				join identity_user u on u.id = r.user_id
				left join identity_organisation o on o.id = u.organisation_id
				where r.status = 'open' and
				""" + where + " order by r.asked_at, r.id")
			.param("network", networkId)
			.param("user", other)
			.param("request", other)
			.query(Request.class)
			.list();
	}

	/**
	 * An open request to join.
	 *
	 * @param id the request
	 * @param userId who asks
	 * @param name their name
	 * @param email their e-mail address; null when none is on record
	 * @param organisationName their organisation's name; null when they have none
	 * @param reason why they ask; null when they gave no reason
	 * @param askedAt when
	 */
	public record Request(UUID id, UUID userId, String name, String email, String organisationName, String reason,
			Instant askedAt) {
	}

	/**
	 * A network whose coordinator has requests waiting.
	 *
	 * @param networkId the network
	 * @param networkName its name
	 * @param requests how many wait
	 */
	public record Waiting(UUID networkId, String networkName, long requests) {
	}

}
