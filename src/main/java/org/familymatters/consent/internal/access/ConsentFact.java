package org.familymatters.consent.internal.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.InformationKind;
import org.familymatters.identity.OrganisationType;

/**
 * One consent of the family, as the access rule needs it.
 *
 * @param id the consent
 * @param givenOn the day it was given
 * @param reviewOn the last day it counts, if it has one
 * @param withdrawnAt when it was withdrawn, if it was
 * @param recordedAt when it was recorded
 * @param kinds the kinds of information it covers
 * @param organisations the organisations it names
 * @param organisationTypes the types of organisation it covers, every one of each
 */
public record ConsentFact(UUID id, LocalDate givenOn, LocalDate reviewOn, Instant withdrawnAt, Instant recordedAt,
		Set<InformationKind> kinds, Set<UUID> organisations, Set<OrganisationType> organisationTypes) {

	public ConsentFact {
		kinds = Set.copyOf(kinds);
		organisations = Set.copyOf(organisations);
		organisationTypes = Set.copyOf(organisationTypes);
	}

	/** Whether it names the organisation, or covers every organisation of its type. */
	public boolean covers(Viewer.Organisation organisation) {
		return organisations.contains(organisation.id()) || organisationTypes.contains(organisation.type());
	}

	/**
	 * Whether it counts on a day: given by then, not withdrawn, and not past its review
	 * date.
	 */
	public boolean inForce(LocalDate today) {
		return withdrawnAt == null && !givenOn.isAfter(today) && (reviewOn == null || !reviewOn.isBefore(today));
	}

	/**
	 * Whether it counted once and no longer does: withdrawn (from the moment it was), or
	 * past its review date.
	 */
	public boolean lapsed(LocalDate today) {
		return withdrawnAt != null || (reviewOn != null && reviewOn.isBefore(today));
	}

}
