package org.familymatters.consent;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.Basis;

/**
 * What the access decision allows a user for one family.
 *
 * @param allowed whether they may see anything at all
 * @param basis on what ground (ROLE, CONSENT or SAFEGUARDING), or on what ground it was refused
 * @param reference the role, consent or safeguarding record behind the basis
 * @param kinds the kinds of information they may see
 * @param onlyPeople the people they may see; null for everyone in the family
 * @param mayChange whether they may change the record (the family's support workers only)
 */
public record Access(boolean allowed, Basis basis, String reference, Set<InformationKind> kinds, Set<UUID> onlyPeople,
		boolean mayChange) {

	static Access everything(String reference) {
		return new Access(true, Basis.ROLE, reference, EnumSet.allOf(InformationKind.class), null, true);
	}

	static Access refused(String reference) {
		return new Access(false, Basis.ROLE, reference, EnumSet.noneOf(InformationKind.class), Set.of(), false);
	}

	public boolean sees(InformationKind kind) {
		return allowed && kinds.contains(kind);
	}

	public boolean seesPerson(UUID personId) {
		return allowed && (onlyPeople == null || onlyPeople.contains(personId));
	}

}
