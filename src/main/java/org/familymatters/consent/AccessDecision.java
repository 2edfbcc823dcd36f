package org.familymatters.consent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.internal.access.AccessFactLoader;
import org.familymatters.consent.internal.access.AccessFacts;
import org.familymatters.consent.internal.access.AccessRule;
import org.familymatters.consent.internal.access.ActionRule;
import org.familymatters.consent.internal.access.CourtDeskRule;
import org.familymatters.consent.internal.access.Viewer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one decision on who may see and change a family's record. Pages, API, exports and
 * attachments all ask it, and every answer — allowed or refused — is audited with its
 * basis:
 * <ul>
 * <li>a support worker of the family's locality (their organisation's locality, or any
 * locality for an organisation that works across the Thames Valley), and the family's key
 * worker, see and change everything (basis ROLE);</li>
 * <li>an agency practitioner or designated safeguarding lead sees what an approved
 * safeguarding basis (SAFEGUARDING) or current consent (CONSENT) covers for their
 * organisation, or for every organisation of its type; consent that is withdrawn, not yet
 * given or past its review date counts as none;</li>
 * <li>a school sees only its own pupils, whatever consent covers, and only who they
 * are;</li>
 * <li>without consent to who they are (identity) nobody in the family is named: consent
 * to custody details alone shows the custody episodes and the family's reference, nothing
 * more;</li>
 * <li>volunteers, court desk coordinators, training coordinators, managers and
 * administrators see no family records, even where consent names their organisation; a
 * key worker who is no longer a support worker loses the family.</li>
 * </ul>
 * A refusal because consent was withdrawn or has lapsed is audited with basis CONSENT and
 * a reference {@code WITHDRAWN:<consent id>} or {@code EXPIRED:<consent id>}.
 * <p>
 * The decision is made in two parts (ADR 0008): the facts are read at each request (no
 * cache, so a withdrawal or an expiry takes effect at the next request), and a pure rule
 * ({@link AccessRule}) answers from them and the day. Court desk contacts are not family
 * records; {@link #requireCourtDeskContact} is their rule ({@link CourtDeskRule}).
 */
@Service
public class AccessDecision {

	/** How long a volunteer keeps sight of the contacts they recorded. */
	public static final Duration COURT_DESK_WINDOW = CourtDeskRule.WINDOW;

	private final AccessFactLoader facts;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate separately;

	AccessDecision(AccessFactLoader facts, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
		this.facts = facts;
		this.audit = audit;
		this.clock = clock;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Decides for the signed-in user, records the decision as {@code action}, and returns
	 * it.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Access decide(AccessSubject subject, AuditAction action) {
		var access = decide(subject, LocalDate.now(clock));
		audit.record(new AuditEntry(action, access.allowed(), "family", subject.familyId().toString(), access.basis(),
				access.reference(), null));
		return access;
	}

	/**
	 * Decides and records as {@code decide} does, then refuses (403) unless the user may
	 * see the family at all, or change it when {@code change} is asked.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Access require(AccessSubject subject, AuditAction action, boolean change) {
		return require(subject, action, change, null);
	}

	/**
	 * As {@link #require(AccessSubject, AuditAction, boolean)}, with a note for the audit
	 * event (for example which consent was recorded, or what a safeguarding lead was
	 * shown).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Access require(AccessSubject subject, AuditAction action, boolean change, String detail) {
		var access = decide(subject, LocalDate.now(clock));
		boolean allowed = access.allowed() && (!change || access.mayChange());
		var entry = new AuditEntry(action, allowed, "family", subject.familyId().toString(), access.basis(),
				access.reference(), detail);
		if (!allowed) {
			// The refusal is kept even though the caller's work is rolled back.
			separately.executeWithoutResult(status -> audit.record(entry));
			throw new FamilyAccessRefused(subject.familyId(), access, change);
		}
		audit.record(entry);
		return access;
	}

	/**
	 * Whether the signed-in user may see (or, with {@code change}, change) an action of
	 * the family's plan, and the minimum of the family's record needed to do it
	 * ({@link ActionRule}): the family's support workers may (ROLE, and change it); the
	 * action's owner may while it is open (ACTION, the action's id: see and change the
	 * action, never the family). The facts are read now, so a reassigned or closed action
	 * stops giving sight at the next request. Audited as {@code action} on the family
	 * with its basis; a refusal is kept even though the caller's work rolls back, and
	 * answered with 403 ({@link ActionAccessRefused}).
	 * @param family the family's facts, from the module that keeps families
	 * @param subject the action's facts, from the module that keeps plans
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Access requireAction(AccessSubject family, ActionSubject subject, AuditAction action, boolean change) {
		return requireAction(family, subject, action, change, null);
	}

	/**
	 * As {@link #requireAction(AccessSubject, ActionSubject, AuditAction, boolean)}, with
	 * a note for the audit event.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Access requireAction(AccessSubject family, ActionSubject subject, AuditAction action, boolean change,
			String detail) {
		if (!family.familyId().equals(subject.familyId())) {
			throw new IllegalArgumentException("The action " + subject.actionId() + " is not of the family");
		}
		var access = ActionRule.decide(facts.viewer(), family, subject);
		boolean allowed = access.allowed() && (!change || access.mayChange() || access.basis() == Basis.ACTION);
		var entry = new AuditEntry(action, allowed, "family", subject.familyId().toString(), access.basis(),
				access.reference(), detail);
		if (!allowed) {
			// The refusal is kept even though the caller's work is rolled back.
			separately.executeWithoutResult(status -> audit.record(entry));
			throw new ActionAccessRefused(subject.familyId(), subject.actionId(), access, change);
		}
		audit.record(entry);
		return access;
	}

	/**
	 * The signed-in user's access to each action as its owner ({@link ActionRule}, the
	 * ACTION basis alone), recording nothing: for lists of an organisation's actions,
	 * which audit each action they show.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Access> decideActions(List<ActionSubject> subjects) {
		var viewer = facts.viewer();
		var decided = new LinkedHashMap<UUID, Access>();
		subjects.forEach(subject -> decided.put(subject.actionId(), ActionRule.byOwnership(viewer, subject)));
		return decided;
	}

	/**
	 * Whether the signed-in data protection officer may read the family for a request
	 * ({@link AccessRule#forRequest}, ADR 0017): only while the request is open, and only
	 * a family whose people they confirmed are the requester (ROLE, the request's id).
	 * The request is read now from the module that keeps it, so an answered or closed
	 * request gives sight of nothing more. Audited as {@code action} on the family; a
	 * refusal is kept even though the caller's work rolls back, and answered with 403.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Access requireForRequest(AccessSubject subject, UUID requestId, AuditAction action, String detail) {
		var access = AccessRule.forRequest(facts.viewerAlone(), subject, facts.grant(requestId));
		var entry = new AuditEntry(action, access.allowed(), "family", subject.familyId().toString(), access.basis(),
				access.reference(), detail);
		if (!access.allowed()) {
			separately.executeWithoutResult(status -> audit.record(entry));
			throw new FamilyAccessRefused(subject.familyId(), access, false);
		}
		audit.record(entry);
		return access;
	}

	/**
	 * Whether the signed-in data protection officer may look for a request's person among
	 * every family's people ({@link AccessRule#searchForRequest}): only for an open
	 * request. A refusal is audited as {@code action} on the request and answered with
	 * 403; what an allowed search shows is audited by the caller, each person against
	 * their family.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Access requireSearchForRequest(UUID requestId, AuditAction action) {
		var access = AccessRule.searchForRequest(facts.viewerAlone(), facts.grant(requestId));
		if (!access.allowed()) {
			var entry = new AuditEntry(action, false, "privacy_request", String.valueOf(requestId), access.basis(),
					access.reference(), null);
			separately.executeWithoutResult(status -> audit.record(entry));
			throw new AccessDeniedException("Not allowed to search for this request");
		}
		return access;
	}

	/**
	 * Whether the signed-in user may start a new family in a locality: its support
	 * workers may. A refusal is audited as {@code action} and answered with 403.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void requireNewFamilyIn(UUID localityId, AuditAction action) {
		var access = decide(new AccessSubject(new UUID(0, 0), localityId, null, Map.of()), LocalDate.now(clock));
		if (!access.mayChange()) {
			var entry = new AuditEntry(action, false, "locality", localityId.toString(), access.basis(),
					access.reference(), null);
			separately.executeWithoutResult(status -> audit.record(entry));
			throw new AccessDeniedException("Not allowed to start a family in this locality");
		}
	}

	/**
	 * Whether the signed-in user may see a court desk contact: a court desk coordinator
	 * sees every contact (basis ROLE); a volunteer sees only a contact they recorded
	 * themselves, at the court they work at now, met within the last
	 * {@link #COURT_DESK_WINDOW 14 days}; nobody else sees any. The answer is audited as
	 * {@code action}; a refusal is kept even though the caller's work rolls back, and
	 * answered with 403.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Access requireCourtDeskContact(CourtDeskContactSubject subject, AuditAction action) {
		var access = decideCourtDeskContact(subject, clock.instant());
		var entry = new AuditEntry(action, access.allowed(), "court_desk_contact", subject.contactId().toString(),
				access.basis(), access.reference(), null);
		if (!access.allowed()) {
			separately.executeWithoutResult(status -> audit.record(entry));
			throw new AccessDeniedException("Not allowed to see this court desk contact");
		}
		audit.record(entry);
		return access;
	}

	/** The court desk decision alone, at a given moment, recording nothing. */
	public Access decideCourtDeskContact(CourtDeskContactSubject subject, Instant now) {
		return CourtDeskRule.decide(facts.viewerAlone(), subject, now);
	}

	/** The decision alone, for a given day, recording nothing. */
	@Transactional(readOnly = true)
	public Access decide(AccessSubject subject, LocalDate today) {
		return AccessRule.decide(facts.facts(subject), today);
	}

	/**
	 * What each of several other users would be shown of a family today (the members of a
	 * network deciding which of them see a family by name, a school's designated contact
	 * before the school is told), recording nothing: whatever a user is later shown is
	 * decided again, and audited, when they ask for it. A user not on record, or
	 * disabled, is refused.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Access> decideFor(Collection<UUID> userIds, AccessSubject subject) {
		var today = LocalDate.now(clock);
		var decided = new LinkedHashMap<UUID, Access>();
		for (var each : facts.factsFor(userIds, subject)) {
			if (each.viewer().signedIn()) {
				decided.put(each.viewer().id(), AccessRule.decide(each, today));
			}
		}
		for (var userId : userIds) {
			decided.computeIfAbsent(userId,
					id -> AccessRule.decide(AccessFacts.withoutSharing(Viewer.ANONYMOUS, subject), today));
		}
		return decided;
	}

	/**
	 * The families whose current consent or approval names the signed-in user's
	 * organisation (or consent its type): those the access decision may let them see
	 * today, to be decided one by one ({@link #decideEach}). None for anyone without an
	 * organisation on record.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> familiesSharedWithMe() {
		var organisation = facts.viewer().organisation();
		return (organisation != null) ? facts.sharedWith(organisation, LocalDate.now(clock)) : Set.of();
	}

	/**
	 * The decision for each family today, with until when a share lasts, recording
	 * nothing: for lists, which audit each family they show. The facts are read once for
	 * all the families.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Shared> decideEach(Collection<AccessSubject> subjects) {
		var today = LocalDate.now(clock);
		var decided = new LinkedHashMap<UUID, Shared>();
		for (var each : facts.factsOf(subjects)) {
			var access = AccessRule.decide(each, today);
			decided.put(each.subject().familyId(), new Shared(access, AccessRule.until(each, access)));
		}
		return decided;
	}

	/**
	 * The localities whose families the signed-in user keeps as a support worker, for
	 * lists and queues of a locality's work; none for anyone else. The same rule as
	 * {@link #decide}.
	 */
	@Transactional(readOnly = true)
	public SupportScope supportScope() {
		return AccessRule.supportScope(facts.viewer());
	}

	/**
	 * A decision for one family of a list, and until when it lasts.
	 *
	 * @param access what the user may see
	 * @param until the last day the share counts (a consent's review date, an approval's
	 * end date); null when it has no end (consent with no review date, or a support
	 * worker's role)
	 */
	public record Shared(Access access, LocalDate until) {
	}

	/**
	 * The localities whose families a support worker keeps: their organisation's
	 * locality, or every locality for an organisation that has none.
	 *
	 * @param all every locality
	 * @param locality the one locality, when not all
	 */
	public record SupportScope(boolean all, UUID locality) {

		public boolean none() {
			return !all && locality == null;
		}

		public boolean covers(UUID localityId) {
			return all || locality != null && locality.equals(localityId);
		}

	}

}
