package org.familymatters.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.AccessDecision;
import org.familymatters.family.internal.Families;
import org.familymatters.family.internal.FamilyAudit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely matches as the signed-in user may be shown them, for the family's own pages and
 * for other modules (a referral's triage): in full (name, date of birth, postcode) for a
 * family the user may change, otherwise only the family's reference and why it may be the
 * same person. Every match shown is audited against its own family
 * ({@code LIKELY_MATCH_SHOWN}): in full on the basis the access decision gives for that
 * family; by reference only on the basis the caller names (what allowed the user to look
 * for matches at all, such as their role for the record being worked on).
 */
@Service
public class LikelyMatchesShown {

	private final LikelyMatches likelyMatches;

	private final Families families;

	private final AccessDecision access;

	private final AuditTrail audit;

	private final Clock clock;

	LikelyMatchesShown(LikelyMatches likelyMatches, Families families, AccessDecision access, AuditTrail audit,
			Clock clock) {
		this.likelyMatches = likelyMatches;
		this.families = families;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The most likely matches first, at most {@code limit}, each audited against its
	 * family as it is shown.
	 * @param candidate who is being looked for
	 * @param limit how many at most
	 * @param basis what allowed the user to look (for matches shown by reference only)
	 * @param basisReference the role or record behind that basis, e.g.
	 * {@code SUPPORT_WORKER}
	 * @param where what the user was doing, for the audit's note, e.g. "adding a person
	 * to FM-000012" or "triage of referral R-000034"; no personal data
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public List<ShownMatch> show(LikelyMatches.Candidate candidate, int limit, Basis basis, String basisReference,
			String where) {
		var today = LocalDate.now(clock);
		return likelyMatches.find(candidate, limit).stream().map(match -> {
			var decided = families.subject(match.familyId()).map(subject -> access.decide(subject, today));
			if (decided.isPresent() && decided.get().mayChange()) {
				audit.record(new AuditEntry(FamilyAudit.LIKELY_MATCH_SHOWN, true, "family", match.familyId().toString(),
						decided.get().basis(), decided.get().reference(),
						"person " + match.personId() + " shown in full as a likely match while " + where));
				return new ShownMatch(match, true);
			}
			audit.record(new AuditEntry(FamilyAudit.LIKELY_MATCH_SHOWN, true, "family", match.familyId().toString(),
					basis, basisReference, "the family's reference only, as a likely match while " + where));
			return new ShownMatch(new LikelyMatches.Match(match.personId(), match.familyId(), match.familyReference(),
					null, null, null, null, match.score(), match.reasons()), false);
		}).toList();
	}

	/**
	 * A likely match as the user may see it: in full for a family they may change;
	 * otherwise the match carries only the family's reference, the score and the reasons
	 * (its names, date of birth and postcode are null).
	 *
	 * @param match the match, in full or by reference only
	 * @param mayOpen whether it is shown in full (the user may change, and so open, the
	 * family)
	 */
	public record ShownMatch(LikelyMatches.Match match, boolean mayOpen) {
	}

}
