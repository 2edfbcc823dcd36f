package org.familymatters.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.OrganisationType;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's members: who they are, their organisation, how to reach them; and the
 * coordinator's changes to them (add, record the day an organisation confirmed its
 * backing, remove), each audited with basis ROLE, {@code NETWORK_COORDINATOR}.
 */
@Service
public class NetworkMembers {

	/** The audit basis's reference for what the coordinator does. */
	static final String COORDINATOR = "NETWORK_COORDINATOR";

	private final JdbcClient jdbc;

	private final Networks networks;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	NetworkMembers(JdbcClient jdbc, Networks networks, AuditTrail audit, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The network's current members (not those who left), by name. */
	@Transactional(readOnly = true)
	public List<Member> current(UUID networkId) {
		return jdbc.sql("""
				select m.user_id, u.display_name as name, u.email, m.organisation_id, o.name as organisation_name,
				       o.type as organisation_type, m.backing_confirmed_on, m.joined_at
				from network_member m
				join identity_user u on u.id = m.user_id
				join identity_organisation o on o.id = m.organisation_id
				where m.network_id = :network and m.left_at is null
				order by lower(u.display_name), m.user_id
				""").param("network", networkId).query(Member.class).list();
	}

	/** Whether the user is a current member of the network. */
	@Transactional(readOnly = true)
	public boolean isMember(UUID networkId, UUID userId) {
		return jdbc.sql("""
				select exists (select 1 from network_member
				               where network_id = :network and user_id = :user and left_at is null)
				""").param("network", networkId).param("user", userId).query(Boolean.class).single();
	}

	/** The networks the user is a current member or the coordinator of. */
	@Transactional(readOnly = true)
	public List<UUID> networksOf(UUID userId) {
		return jdbc.sql("""
				select n.id from network n
				where n.coordinator_user_id = :user
				   or exists (select 1 from network_member m
				              where m.network_id = n.id and m.user_id = :user and m.left_at is null)
				order by n.name
				""").param("user", userId).query(UUID.class).list();
	}

	/** A current member of the network; empty when the user is not one. */
	@Transactional(readOnly = true)
	public Optional<Member> member(UUID networkId, UUID userId) {
		return current(networkId).stream().filter(m -> m.userId().equals(userId)).findFirst();
	}

	/**
	 * The organisations of the network's current members, by name, each once: what
	 * someone who is not a member is shown of them.
	 */
	@Transactional(readOnly = true)
	public List<String> organisations(UUID networkId) {
		return jdbc.sql("""
				select o.name from identity_organisation o
				where exists (select 1 from network_member m
				              where m.network_id = :network and m.organisation_id = o.id and m.left_at is null)
				order by lower(o.name), o.id
				""").param("network", networkId).query(String.class).list();
	}

	/**
	 * The coordinator adds a user to the network with their organisation of the day.
	 * Refused by the field {@code userId} for a user who is a member already
	 * ({@code already}) or has no organisation ({@code noOrganisation}); for anyone but
	 * the coordinator (403).
	 */
	@Transactional
	public void add(UUID networkId, UUID userId) {
		var coordinator = currentUser.get().id();
		networks.requireCoordinator(networkId, coordinator);
		var organisation = organisationOf(userId).orElseThrow(() -> new NetworkRefused("userId", "noOrganisation"));
		if (!join(networkId, userId, organisation, coordinator)) {
			throw new NetworkRefused("userId", "already");
		}
		audit
			.record(AuditEntry.allowed(NetworkAudit.NETWORK_MEMBER_ADDED, "network", networkId, Basis.ROLE, COORDINATOR)
				.withDetail("user " + userId));
	}

	/**
	 * Adds a network's coordinator as a member, with their organisation, unless they are
	 * one already or have no organisation.
	 */
	@Transactional
	void addCoordinator(UUID networkId, UUID userId, UUID by) {
		var organisation = organisationOf(userId);
		if (organisation.isPresent() && join(networkId, userId, organisation.get(), by)) {
			audit.record(
					AuditEntry.allowed(NetworkAudit.NETWORK_MEMBER_ADDED, "network", networkId, Basis.ROLE, "MANAGER")
						.withDetail("the coordinator, user " + userId));
		}
	}

	/**
	 * Makes the user a member with the organisation; false when they are one already. A
	 * member who left joins again afresh.
	 */
	boolean join(UUID networkId, UUID userId, UUID organisationId, UUID by) {
		return jdbc.sql("""
				insert into network_member (network_id, user_id, organisation_id, joined_at, added_by)
				values (:network, :user, :organisation, :at, :by)
				on conflict (network_id, user_id) do update
				set organisation_id = excluded.organisation_id, joined_at = excluded.joined_at,
				    added_by = excluded.added_by, backing_confirmed_on = null, left_at = null
				where network_member.left_at is not null
				""")
			.param("network", networkId)
			.param("user", userId)
			.param("organisation", organisationId)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", by)
			.update() > 0;
	}

	/** The organisation of an enabled user; empty when they have none. */
	Optional<UUID> organisationOf(UUID userId) {
		return jdbc.sql("""
				select u.organisation_id from identity_user u
				where u.id = :id and u.enabled and u.organisation_id is not null
				""").param("id", userId).query(UUID.class).optional();
	}

	/**
	 * The coordinator records the day the member's organisation confirmed its backing
	 * (not after today: refused by {@code confirmedOn} as {@code future}). Not found
	 * (404) for someone who is not a current member.
	 */
	@Transactional
	public void confirmBacking(UUID networkId, UUID userId, LocalDate confirmedOn) {
		networks.requireCoordinator(networkId, currentUser.get().id());
		if (confirmedOn.isAfter(LocalDate.now(clock))) {
			throw new NetworkRefused("confirmedOn", "future");
		}
		int changed = jdbc.sql("""
				update network_member set backing_confirmed_on = :on
				where network_id = :network and user_id = :user and left_at is null
				""").param("on", confirmedOn).param("network", networkId).param("user", userId).update();
		if (changed == 0) {
			throw new NotFound("network member", userId);
		}
		audit.record(
				AuditEntry.allowed(NetworkAudit.NETWORK_BACKING_RECORDED, "network", networkId, Basis.ROLE, COORDINATOR)
					.withDetail("user " + userId + ", confirmed on " + confirmedOn));
	}

	/**
	 * The coordinator removes a member (they leave today; their row is kept). Not found
	 * (404) for someone who is not a current member.
	 */
	@Transactional
	public void remove(UUID networkId, UUID userId) {
		networks.requireCoordinator(networkId, currentUser.get().id());
		int changed = jdbc.sql("""
				update network_member set left_at = :at
				where network_id = :network and user_id = :user and left_at is null
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("network", networkId)
			.param("user", userId)
			.update();
		if (changed == 0) {
			throw new NotFound("network member", userId);
		}
		audit.record(
				AuditEntry.allowed(NetworkAudit.NETWORK_MEMBER_REMOVED, "network", networkId, Basis.ROLE, COORDINATOR)
					.withDetail("user " + userId));
	}

	/**
	 * A member of a network.
	 *
	 * @param userId the member, a user of the service
	 * @param name their name
	 * @param email their e-mail address; null when none is on record
	 * @param organisationId the organisation they belong to in the network
	 * @param organisationName its name
	 * @param organisationType its type (a school sees only its own pupils)
	 * @param backingConfirmedOn the day their organisation confirmed its backing; null
	 * until it does
	 * @param joinedAt when they joined
	 */
	public record Member(UUID userId, String name, String email, UUID organisationId, String organisationName,
			OrganisationType organisationType, LocalDate backingConfirmedOn, Instant joinedAt) {
	}

}
