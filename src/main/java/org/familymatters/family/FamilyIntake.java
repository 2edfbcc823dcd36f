package org.familymatters.family;

import java.util.List;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.family.internal.Families;
import org.familymatters.family.internal.FamilyAudit;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How families arrive: a new family with its people, or people added to a family already
 * on record. Only those who may change the family (its locality's support workers, its
 * key worker) may do either; the access decision is asked, and audited, in the same
 * transaction. A family started from a referral keeps its household, a link to the
 * referral, and the referral's story as its first timeline entry, so that nothing the
 * family told us is lost.
 */
@Service
public class FamilyIntake {

	private final Families families;

	private final AccessDecision access;

	private final CurrentUser currentUser;

	FamilyIntake(Families families, AccessDecision access, CurrentUser currentUser) {
		this.families = families;
		this.access = access;
		this.currentUser = currentUser;
	}

	/** A new, active family in a locality with its people; returns the family's id. */
	@Transactional
	public UUID newFamily(UUID localityId, List<NewPerson> people, UUID keyWorkerId) {
		return start(new NewFamily(localityId, keyWorkerId, null, people, null)).id();
	}

	/**
	 * A new, active family with its household and people; when it comes from a referral,
	 * linked to it, with the referral's story as its first timeline entry. Returns the
	 * family's id and reference.
	 */
	@Transactional
	public Started start(NewFamily family) {
		access.requireNewFamilyIn(family.localityId(), FamilyAudit.FAMILY_CREATED);
		var id = families.create(family);
		for (var person : family.people()) {
			families.addPerson(id, person);
		}
		access.require(families.subject(id).orElseThrow(), FamilyAudit.FAMILY_CREATED, true);
		if (family.referral() != null) {
			families.addReferralNote(id, family.referral(), author());
		}
		return new Started(id, families.find(id).orElseThrow().reference());
	}

	/** Adds people to a family on record; returns their ids in order. */
	@Transactional
	public List<UUID> addPeople(UUID familyId, List<NewPerson> people) {
		return addPeople(familyId, people, null);
	}

	/**
	 * Adds people to a family on record from a referral, whose story goes on the family's
	 * timeline (when {@code referral} is not null); returns the people's ids in order.
	 */
	@Transactional
	public List<UUID> addPeople(UUID familyId, List<NewPerson> people, FromReferral referral) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		access.require(subject, FamilyAudit.FAMILY_PEOPLE_ADDED, true);
		var ids = people.stream().map(person -> families.addPerson(familyId, person)).toList();
		if (referral != null) {
			families.addReferralNote(familyId, referral, author());
		}
		return ids;
	}

	private UUID author() {
		return currentUser.find().map(SignedInUser::id).orElse(null);
	}

	/** A family just started: its id, and the reference people will know it by. */
	public record Started(UUID id, String reference) {
	}

}
