package org.familymatters.release.internal;

import java.util.List;
import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The choices the release plan's forms offer: who a release action can be given to
 * (active organisations and the people in them), and the probation services.
 */
@Service
public class ReleaseOwners {

	private final Organisations organisations;

	private final JdbcClient jdbc;

	ReleaseOwners(Organisations organisations, JdbcClient jdbc) {
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	/** Active organisations, by name. */
	@Transactional(readOnly = true)
	public List<Choice> organisations() {
		return organisations.findActiveOrdered().stream().map(o -> new Choice(o.id(), o.name(), null)).toList();
	}

	/** Active organisations of type PROBATION, by name. */
	@Transactional(readOnly = true)
	public List<Choice> probation() {
		return organisations.findActiveOrdered()
			.stream()
			.filter(o -> o.type() == OrganisationType.PROBATION)
			.map(o -> new Choice(o.id(), o.name(), null))
			.toList();
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
	 * A choice.
	 *
	 * @param organisationId for a person, their organisation; null for an organisation
	 */
	public record Choice(UUID id, String name, UUID organisationId) {
	}

}
