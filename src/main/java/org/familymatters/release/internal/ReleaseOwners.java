package org.familymatters.release.internal;

import java.util.List;
import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.plan.PlanActions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The choices the release plan's forms offer: who a release action can be given to
 * (active organisations and the people in them), and the probation services.
 */
@Service
public class ReleaseOwners {

	private final Organisations organisations;

	private final PlanActions actions;

	ReleaseOwners(Organisations organisations, PlanActions actions) {
		this.organisations = organisations;
		this.actions = actions;
	}

	/** Active organisations, by name: who the support plan lets own an action. */
	@Transactional(readOnly = true)
	public List<Choice> organisations() {
		return actions.ownerOrganisations().stream().map(o -> new Choice(o.id(), o.name(), null)).toList();
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

	/** The people the support plan lets own an action, by organisation then name. */
	@Transactional(readOnly = true)
	public List<Choice> people() {
		return actions.ownerPeople().stream().map(p -> new Choice(p.id(), p.name(), p.organisationId())).toList();
	}

	/**
	 * A choice.
	 *
	 * @param organisationId for a person, their organisation; null for an organisation
	 */
	public record Choice(UUID id, String name, UUID organisationId) {
	}

}
