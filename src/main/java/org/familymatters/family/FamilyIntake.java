package org.familymatters.family;

import java.util.List;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.family.internal.Families;
import org.familymatters.family.internal.FamilyAudit;
import org.familymatters.shared.web.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How families arrive: a new family with its people, or people added to a family already
 * on record. Only those who may change the family (its locality's support workers, its
 * key worker) may do either; the access decision is asked, and audited, in the same
 * transaction.
 */
@Service
public class FamilyIntake {

	private final Families families;

	private final AccessDecision access;

	FamilyIntake(Families families, AccessDecision access) {
		this.families = families;
		this.access = access;
	}

	/** A new, active family in a locality with its people; returns the family's id. */
	@Transactional
	public UUID newFamily(UUID localityId, List<NewPerson> people, UUID keyWorkerId) {
		access.requireNewFamilyIn(localityId, FamilyAudit.FAMILY_CREATED);
		var id = families.create(localityId, "active", keyWorkerId);
		for (var person : people) {
			families.addPerson(id, person);
		}
		access.require(families.subject(id).orElseThrow(), FamilyAudit.FAMILY_CREATED, true);
		return id;
	}

	/** Adds people to a family on record; returns their ids in order. */
	@Transactional
	public List<UUID> addPeople(UUID familyId, List<NewPerson> people) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		access.require(subject, FamilyAudit.FAMILY_PEOPLE_ADDED, true);
		return people.stream().map(person -> families.addPerson(familyId, person)).toList();
	}

}
