package org.familymatters.plan.internal;

import java.util.List;
import java.util.UUID;

import org.familymatters.identity.Organisations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who an action can be given to: active organisations, and the people in them. */
@Service
public class Owners {

	private final Organisations organisations;

	private final JdbcClient jdbc;

	Owners(Organisations organisations, JdbcClient jdbc) {
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	/** Active organisations, by name. */
	@Transactional(readOnly = true)
	public List<Choice> organisations() {
		return organisations.findActiveOrdered().stream().map(o -> new Choice(o.id(), o.name(), null)).toList();
	}

	/** Enabled users of active organisations, by organisation then name. */
	@Transactional(readOnly = true)
	public List<Choice> people() {
		return jdbc.sql("""
				select u.id, u.display_name, o.id as organisation_id, o.name as organisation
				from identity_user u join identity_organisation o on o.id = u.organisation_id
				where u.enabled and o.active
				order by lower(o.name), lower(u.display_name), u.id
				""")
			.query((rs, n) -> new Choice(rs.getObject("id", UUID.class),
					rs.getString("display_name") + " (" + rs.getString("organisation") + ")",
					rs.getObject("organisation_id", UUID.class)))
			.list();
	}

	/**
	 * Enabled users of active organisations near a family: those of its county (an
	 * organisation in any locality of the same county) and those that serve everywhere
	 * (no locality), and always the action's current owner, so that changing an action
	 * never loses who holds it. Across the country the list of everyone would be tens of
	 * thousands of names on every action's form.
	 * @param localityId the family's locality
	 * @param currentOwnerId the action's owner now, or null
	 */
	@Transactional(readOnly = true)
	public List<Choice> people(UUID localityId, UUID currentOwnerId) {
		return jdbc
			.sql("""
					select u.id, u.display_name, o.id as organisation_id, o.name as organisation
					from identity_user u join identity_organisation o on o.id = u.organisation_id
					left join identity_locality l on l.id = o.locality_id
					where (u.enabled and o.active
					       and (o.locality_id is null
					            or l.county is not distinct from (select f.county from identity_locality f where f.id = :locality)))
					   or u.id = :current
					order by lower(o.name), lower(u.display_name), u.id
					""")
			.param("locality", localityId)
			.param("current", currentOwnerId)
			.query((rs, n) -> new Choice(rs.getObject("id", UUID.class),
					rs.getString("display_name") + " (" + rs.getString("organisation") + ")",
					rs.getObject("organisation_id", UUID.class)))
			.list();
	}

	/**
	 * A choice of owner.
	 *
	 * @param organisationId for a person, their organisation; null for an organisation
	 */
	public record Choice(UUID id, String name, UUID organisationId) {
	}

}
