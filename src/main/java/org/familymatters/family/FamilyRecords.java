package org.familymatters.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.family.internal.Attachments;
import org.familymatters.family.internal.Families;
import org.familymatters.family.internal.FamilyAudit;
import org.familymatters.family.internal.ShownRecord;
import org.familymatters.shared.web.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family records as users see them, for the family's own pages and for other modules:
 * every read goes through the access decision, is audited with its basis, and returns
 * only what that decision allows.
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
		return ShownRecord.of(allowed, family, families.people(familyId), () -> families.custody(familyId),
				() -> families.timeline(familyId), () -> attachments.of(familyId));
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

}
