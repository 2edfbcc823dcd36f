package org.familymatters.consent;

import java.util.Objects;
import java.util.UUID;

/**
 * The facts the access decision needs about one action of a family's support plan, given
 * by the module that keeps plans, read at every request (so that a reassigned or closed
 * action stops giving sight of the family at the next one).
 *
 * @param familyId the family whose plan it belongs to
 * @param actionId the action
 * @param ownerOrganisationId the organisation that owns it
 * @param ownerUserId the person in that organisation it names, if any
 * @param open whether it is still to be done (not started or in progress)
 * @param aboutPersonId the person of the family it is about, if any
 */
public record ActionSubject(UUID familyId, UUID actionId, UUID ownerOrganisationId, UUID ownerUserId, boolean open,
		UUID aboutPersonId) {

	public ActionSubject {
		Objects.requireNonNull(familyId, "familyId");
		Objects.requireNonNull(actionId, "actionId");
		Objects.requireNonNull(ownerOrganisationId, "ownerOrganisationId");
	}

}
