package org.familymatters.consent;

import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.Basis;

/**
 * What the access decision allows a user for one family.
 *
 * @param allowed whether they may see anything at all
 * @param basis on what ground (ROLE, CONSENT or SAFEGUARDING), or on what ground it was
 * refused
 * @param reference the role, consent or safeguarding record behind the basis
 * @param kinds the kinds of information they may see
 * @param onlyPeople the people they may see; null for everyone in the family whom the
 * kinds allow (with {@link InformationKind#IDENTITY}: everyone; without it: nobody by
 * name)
 * @param mayChange whether they may change the record (the family's support workers only)
 */
public record Access(boolean allowed, Basis basis, String reference, Set<InformationKind> kinds, Set<UUID> onlyPeople,
		boolean mayChange) {

	public boolean sees(InformationKind kind) {
		return allowed && kinds.contains(kind);
	}

	/**
	 * Whether a person of the family is shown at all. Without consent to who they are
	 * (identity), nobody is named: custody details or notes about the children are shown
	 * without the people.
	 */
	public boolean seesPerson(UUID personId) {
		return allowed
				&& ((onlyPeople != null) ? onlyPeople.contains(personId) : kinds.contains(InformationKind.IDENTITY));
	}

}
