package org.familymatters.network.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.identity.OrganisationType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of a network's members: who they are, their organisation, how to reach them. */
@Service
public class NetworkMembers {

	private final JdbcClient jdbc;

	NetworkMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
