package org.familymatters.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.InformationKind;
import org.familymatters.family.internal.FamilyAudit;
import org.familymatters.shared.web.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family records as users see them: every read goes through the access decision, is
 * audited with its basis, and returns only what that decision allows.
 */
@Service
public class FamilyRecords {

	private final Families families;

	private final AccessDecision access;

	private final Attachments attachments;

	private final Clock clock;

	FamilyRecords(Families families, AccessDecision access, Attachments attachments, Clock clock) {
		this.families = families;
		this.access = access;
		this.attachments = attachments;
		this.clock = clock;
	}

	/**
	 * The family as the signed-in user may see it; refused (403) and audited if they may
	 * not.
	 */
	@Transactional
	public FamilyView view(UUID familyId) {
		return view(familyId, false);
	}

	/**
	 * The family for someone about to change it: refused (403) and audited unless they
	 * may change it, so that a form is never shown to someone who could not save it.
	 */
	@Transactional
	public FamilyView viewForChange(UUID familyId) {
		return view(familyId, true);
	}

	private FamilyView view(UUID familyId, boolean change) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		var allowed = access.require(subject, FamilyAudit.FAMILY_VIEWED, change);
		var family = families.find(familyId).orElseThrow(() -> new NotFound("family", familyId));
		List<Person> people = families.people(familyId)
			.stream()
			.filter(p -> allowed.seesPerson(p.id()))
			.map(p -> (allowed.onlyPeople() == null && allowed.sees(InformationKind.IDENTITY)) ? p : minimal(p))
			.toList();
		var custody = (allowed.onlyPeople() == null && allowed.sees(InformationKind.CUSTODY))
				? families.custody(familyId) : List.<CustodyEpisode>of();
		List<TimelineEntry> timeline;
		if (allowed.mayChange()) {
			timeline = families.timeline(familyId);
		}
		else if (allowed.onlyPeople() == null && allowed.sees(InformationKind.CHILDREN)) {
			timeline = families.timeline(familyId).stream().filter(TimelineEntry::aboutChildren).toList();
		}
		else {
			timeline = List.of();
		}
		var shown = (allowed.onlyPeople() == null && allowed.sees(InformationKind.IDENTITY)) ? family
				: new Family(family.id(), family.reference(), family.localityId(), family.localityName(),
						family.status(), null, null, null, null, null, null, null, null, family.updatedAt(),
						family.version());
		var files = allowed.mayChange() ? attachments.of(familyId) : List.<Attachments.Summary>of();
		return new FamilyView(shown, allowed, people, custody, timeline, files);
	}

	/**
	 * Whether the signed-in user may change a family (its locality's support workers, its
	 * key worker), asked without recording a view: for offering a family as a choice,
	 * such as the family a referral may be accepted into. False for a family that does
	 * not exist.
	 */
	@Transactional(readOnly = true)
	public boolean mayChange(UUID familyId) {
		return families.subject(familyId)
			.map(subject -> access.decide(subject, LocalDate.now(clock)).mayChange())
			.orElse(false);
	}

	/** Who a person is and nothing more: name, date of birth, school year. */
	private static Person minimal(Person p) {
		return new Person(p.id(), p.familyId(), p.givenName(), p.familyName(), null, p.dateOfBirth(), null, null, null,
				p.role(), p.schoolId(), p.schoolYear(), p.version());
	}

}
