package org.familymatters.consent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the consent module needs to know about families, told by the module that keeps
 * them (ADR 0008): consent defines this port, the family module implements it, so that
 * consent depends on no module that brings it facts. Apart from {@link #openForChange},
 * nothing here decides about access: consent asks the access decision first, and only
 * then for what it has allowed.
 */
public interface FamilyFacts {

	/**
	 * What the access decision needs to know about a family; empty when there is no such
	 * family.
	 */
	Optional<AccessSubject> subject(UUID familyId);

	/**
	 * What the access decision needs to know about many families, read at once; those not
	 * on record (or merged into another) are left out.
	 */
	Map<UUID, AccessSubject> subjects(Collection<UUID> familyIds);

	/**
	 * The open families (not closed, not merged) of a locality, and those a support
	 * worker keeps as key worker wherever they are: the families whose records a support
	 * worker of that locality may change, for lists about them that must not read the
	 * whole country's records. Deciding nothing about access: the caller decides each.
	 * @param localityId the locality; null for the key worker's families alone
	 * @param keyWorkerId the support worker
	 */
	Set<UUID> openFamiliesOf(UUID localityId, UUID keyWorkerId);

	/** The family's reference and locality; empty when there is no such family. */
	Optional<Family> family(UUID familyId);

	/**
	 * The family's people who may give consent and are named on the consent form, in the
	 * family's order (the person in custody first, then partners, parents and carers,
	 * children, other relatives).
	 */
	List<Member> people(UUID familyId);

	/**
	 * The family with a reference such as FM-000012, typed in any case, if one is on
	 * record.
	 */
	Optional<UUID> familyWithReference(String reference);

	/**
	 * The references of families, by their ids, for lists that show which family a record
	 * is about; families not on record are left out.
	 */
	Map<UUID, String> references(Collection<UUID> familyIds);

	/**
	 * The family, for a page about to let someone change something of it (record consent,
	 * ask to share without consent): refused (403) unless they may change the family, and
	 * audited as a view of the family with {@code purpose} as the note, as the family's
	 * own forms are. Not found (404) when there is no such family.
	 */
	Family openForChange(UUID familyId, String purpose);

	/**
	 * Who to ask about a family: its key worker's name and e-mail address; empty when it
	 * has no key worker.
	 */
	Optional<Contact> keyWorker(UUID familyId);

	/**
	 * Someone to ask about a family.
	 *
	 * @param name their name
	 * @param email their e-mail address; null when none is on record
	 */
	record Contact(String name, String email) {
	}

	/**
	 * A family as the consent pages name it.
	 *
	 * @param id the family
	 * @param reference its reference, like FM-000012
	 * @param localityId its locality
	 */
	record Family(UUID id, String reference, UUID localityId) {
	}

	/**
	 * A person of the family.
	 *
	 * @param id the person
	 * @param name their full name
	 * @param role their place in the family, in words ("Parent or carer")
	 */
	record Member(UUID id, String name, String role) {
	}

}
