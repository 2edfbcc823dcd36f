package org.familymatters.plan.internal;

import java.util.UUID;

/**
 * An action was given to an owner: added to a plan, or reassigned to another organisation
 * or person. Published in the transaction that saves it; its owners are e-mailed once it
 * is committed (through the event publication registry, so a send that fails is retried,
 * also after a restart).
 *
 * @param actionId the action
 * @param ownerOrganisationId the organisation it is given to
 * @param ownerUserId the person in it, if one is named
 */
public record ActionAssigned(UUID actionId, UUID ownerOrganisationId, UUID ownerUserId) {
}
