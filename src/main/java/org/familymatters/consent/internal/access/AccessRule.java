package org.familymatters.consent.internal.access;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.audit.Basis;
import org.familymatters.consent.Access;
import org.familymatters.consent.AccessDecision.SupportScope;
import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.InformationKind;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.shared.privacy.SubjectAccessGrant;
import org.familymatters.shared.time.ServiceTime;

/**
 * The rule that decides who may see and change a family's record, from the facts and a
 * day alone (no database, no signed-in user: a unit test drives it through every case).
 * In this order:
 * <ol>
 * <li>nobody signed in sees nothing;</li>
 * <li>a support worker of the family's locality (their organisation's locality, or any
 * locality for an organisation that has none) sees and changes everything (basis ROLE,
 * {@code SUPPORT_WORKER}); so does the family's key worker while they are a support
 * worker ({@code KEY_WORKER});</li>
 * <li>anyone else but an agency practitioner or a designated safeguarding lead of an
 * organisation on record sees nothing (ROLE, their roles);</li>
 * <li>an inactive organisation sees nothing; a school sees only its own pupils, and
 * nothing when the family has none;</li>
 * <li>a safeguarding approval that names the organisation and has not ended shows
 * everything (a school: who its pupils are) but changes nothing (SAFEGUARDING, the latest
 * approval);</li>
 * <li>else current consent that names the organisation or covers its type shows the kinds
 * it covers, together (CONSENT, the consents); a school only who its pupils are, and
 * nothing when the consent does not cover who they are;</li>
 * <li>else a refusal that names the consent which once covered the organisation and no
 * longer does (CONSENT, {@code WITHDRAWN:<id>} or {@code EXPIRED:<id>}, the latest), else
 * the approval that once covered it and has ended (SAFEGUARDING, {@code ENDED:<id>}, the
 * latest to end), or none (ROLE, {@code NO_CONSENT_OR_SAFEGUARDING}).</li>
 * </ol>
 * Consent counts from the day it was given to its review date; withdrawn, it counts no
 * more from the moment of withdrawal.
 */
public final class AccessRule {

	/** The scope of someone who keeps no locality's families. */
	public static final SupportScope NO_SCOPE = new SupportScope(false, null);

	/**
	 * The roles, besides the family's own support workers, that consent or a safeguarding
	 * approval can let see a family's record (the privacy notice and the consent form
	 * name them from here: {@code consent.AccessPolicy}).
	 */
	public static final Set<Role> SHARED_WITH = Collections
		.unmodifiableSet(EnumSet.of(Role.AGENCY_PRACTITIONER, Role.SAFEGUARDING_LEAD));

	/** All a school may see of a family, whatever consent or an approval covers. */
	public static final Set<InformationKind> SCHOOL_SEES = Collections
		.unmodifiableSet(EnumSet.of(InformationKind.IDENTITY));

	private AccessRule() {
	}

	/** What the viewer may see and change of the family on a day. */
	public static Access decide(AccessFacts facts, LocalDate today) {
		var viewer = facts.viewer();
		var subject = facts.subject();
		if (!viewer.signedIn()) {
			return refused(Basis.ROLE, "anonymous");
		}
		var byRole = byRole(viewer, subject);
		if (byRole != null) {
			return byRole;
		}
		var organisation = viewer.organisation();
		boolean school = organisation.type() == OrganisationType.SCHOOL;
		Set<UUID> pupils = school ? pupils(subject, organisation) : null;

		var approval = facts.approvals()
			.stream()
			.filter(a -> a.covers(organisation, today))
			.max(Comparator.comparing(ApprovalFact::decidedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(a -> a.id().toString()));
		if (approval.isPresent()) {
			var kinds = school ? EnumSet.copyOf(SCHOOL_SEES) : EnumSet.allOf(InformationKind.class);
			return new Access(true, Basis.SAFEGUARDING, approval.get().id().toString(), kinds, pupils, false);
		}

		var covering = facts.consents().stream().filter(c -> c.covers(organisation)).toList();
		var current = covering.stream().filter(c -> c.inForce(today)).toList();
		if (current.isEmpty()) {
			return covering.stream()
				.filter(c -> c.lapsed(today))
				.max(Comparator
					.comparing((ConsentFact c) -> (c.withdrawnAt() != null) ? c.withdrawnAt() : c.recordedAt(),
							Comparator.nullsFirst(Comparator.naturalOrder()))
					.thenComparing(c -> c.id().toString(), Comparator.reverseOrder()))
				.map(c -> refused(Basis.CONSENT, ((c.withdrawnAt() != null) ? "WITHDRAWN:" : "EXPIRED:") + c.id()))
				.or(() -> ended(facts, organisation))
				.orElseGet(() -> refused(Basis.ROLE, "NO_CONSENT_OR_SAFEGUARDING"));
		}
		var kinds = EnumSet.noneOf(InformationKind.class);
		current.forEach(c -> kinds.addAll(c.kinds()));
		if (school) {
			kinds.retainAll(SCHOOL_SEES);
			if (kinds.isEmpty()) {
				return refused(Basis.ROLE, "SCHOOL_CONSENT_WITHOUT_IDENTITY");
			}
		}
		var reference = current.stream()
			.map(c -> c.id().toString())
			.distinct()
			.sorted()
			.collect(Collectors.joining(","));
		return new Access(true, Basis.CONSENT, reference, kinds, pupils, false);
	}

	/**
	 * The data protection officer's basis (ADR 0017): they read a family's record only
	 * for an open subject access, rectification or erasure request whose confirmed people
	 * belong to that family; everything of it, changing nothing (ROLE, the request's id).
	 * Refused for anyone else (ROLE, their roles), without a request
	 * ({@code NO_REQUEST}), for a request no longer open ({@code REQUEST_NOT_OPEN:<id>})
	 * or one that does not name the family ({@code NOT_NAMED_BY_REQUEST:<id>}). The
	 * ordinary rule ({@link #decide}) gives the officer nothing.
	 * @param grant what the request allows, read now; null when there is no such request
	 */
	public static Access forRequest(Viewer viewer, AccessSubject subject, SubjectAccessGrant grant) {
		var search = searchForRequest(viewer, grant);
		if (!search.allowed()) {
			return search;
		}
		if (!grant.covers(subject.familyId())) {
			return refused(Basis.ROLE, "NOT_NAMED_BY_REQUEST:" + grant.requestId());
		}
		return new Access(true, Basis.ROLE, grant.requestId().toString(), EnumSet.allOf(InformationKind.class), null,
				false);
	}

	/**
	 * Whether the data protection officer may look for the requester among every family's
	 * people (the likely-match search, before any is confirmed): only for an open request
	 * (ROLE, the request's id), with the refusals of {@link #forRequest}.
	 */
	public static Access searchForRequest(Viewer viewer, SubjectAccessGrant grant) {
		if (!viewer.signedIn()) {
			return refused(Basis.ROLE, "anonymous");
		}
		if (!viewer.holds(Role.DATA_PROTECTION_OFFICER)) {
			return refused(Basis.ROLE,
					viewer.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
		}
		if (grant == null) {
			return refused(Basis.ROLE, "NO_REQUEST");
		}
		if (!grant.open()) {
			return refused(Basis.ROLE, "REQUEST_NOT_OPEN:" + grant.requestId());
		}
		return new Access(true, Basis.ROLE, grant.requestId().toString(), EnumSet.allOf(InformationKind.class), null,
				false);
	}

	/**
	 * The last day a share the rule allowed counts: for an approval its end date; for
	 * consent the latest review date of the consents that allow it (null when one has
	 * none); null for a support worker's role or a refusal.
	 */
	public static LocalDate until(AccessFacts facts, Access access) {
		if (!access.allowed() || access.basis() == Basis.ROLE) {
			return null;
		}
		var named = Set.of(access.reference().split(","));
		if (access.basis() == Basis.SAFEGUARDING) {
			return facts.approvals()
				.stream()
				.filter(a -> named.contains(a.id().toString()))
				.map(ApprovalFact::endsOn)
				.findFirst()
				.orElse(null);
		}
		var consents = facts.consents().stream().filter(c -> named.contains(c.id().toString())).toList();
		if (consents.isEmpty() || consents.stream().anyMatch(c -> c.reviewOn() == null)) {
			return null;
		}
		return consents.stream().map(ConsentFact::reviewOn).max(Comparator.naturalOrder()).orElse(null);
	}

	/**
	 * The refusal that names the approval which last covered the organisation and has
	 * ended (no approval covers it today when this is asked).
	 */
	private static Optional<Access> ended(AccessFacts facts, Viewer.Organisation organisation) {
		return facts.approvals()
			.stream()
			.filter(a -> a.names(organisation) && a.endsOn() != null)
			.max(Comparator.comparing(AccessRule::endedOn).thenComparing(a -> a.id().toString()))
			.map(a -> refused(Basis.SAFEGUARDING, "ENDED:" + a.id()));
	}

	/** The day an approval stopped counting: the day a lead ended it, or its end date. */
	public static LocalDate endedOn(ApprovalFact approval) {
		return (approval.endedAt() != null) ? approval.endedAt().atZone(ServiceTime.ZONE).toLocalDate()
				: approval.endsOn();
	}

	/**
	 * Whether consent and safeguarding approvals could change the answer, so that they
	 * need reading at all: not for a support worker of the family, nor for anyone the
	 * rule refuses by their role or organisation.
	 */
	public static boolean needsSharing(Viewer viewer, AccessSubject subject) {
		return viewer.signedIn() && byRole(viewer, subject) == null;
	}

	/**
	 * The localities whose families the viewer keeps as a support worker: their
	 * organisation's, or every one for an organisation that has none; none for anyone
	 * else.
	 */
	public static SupportScope supportScope(Viewer viewer) {
		var organisation = viewer.organisation();
		if (!viewer.signedIn() || !viewer.holds(Role.SUPPORT_WORKER) || organisation == null) {
			return NO_SCOPE;
		}
		return (organisation.localityId() != null) ? new SupportScope(false, organisation.localityId())
				: new SupportScope(true, null);
	}

	/**
	 * The answer when the viewer's role or organisation decides it whatever the family's
	 * consent says; null when consent and safeguarding decide.
	 */
	private static Access byRole(Viewer viewer, AccessSubject subject) {
		var supportWorker = ofTheFamily(viewer, subject);
		if (supportWorker != null) {
			return supportWorker;
		}
		var organisation = viewer.organisation();
		if (organisation == null || viewer.roles().stream().noneMatch(SHARED_WITH::contains)) {
			return refused(Basis.ROLE,
					viewer.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
		}
		if (!organisation.active()) {
			return refused(Basis.ROLE, "ORGANISATION_INACTIVE");
		}
		if (organisation.type() == OrganisationType.SCHOOL && pupils(subject, organisation).isEmpty()) {
			return refused(Basis.ROLE, "SCHOOL_WITHOUT_PUPILS");
		}
		return null;
	}

	/**
	 * Everything, for the family's own support workers: a support worker of its locality
	 * ({@code SUPPORT_WORKER}), or its key worker while they are a support worker
	 * ({@code KEY_WORKER}); null for anyone else.
	 */
	static Access ofTheFamily(Viewer viewer, AccessSubject subject) {
		if (supportScope(viewer).covers(subject.localityId())) {
			return everything(Role.SUPPORT_WORKER.name());
		}
		// The key worker keeps the family while they are a support worker, wherever their
		// organisation is.
		if (viewer.holds(Role.SUPPORT_WORKER) && viewer.id().equals(subject.keyWorkerId())) {
			return everything("KEY_WORKER");
		}
		return null;
	}

	/** The family's children who go to the school. */
	private static Set<UUID> pupils(AccessSubject subject, Viewer.Organisation school) {
		return subject.schoolOfPupil()
			.entrySet()
			.stream()
			.filter(e -> school.id().equals(e.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static Access everything(String reference) {
		return new Access(true, Basis.ROLE, reference, EnumSet.allOf(InformationKind.class), null, true);
	}

	static Access refused(Basis basis, String reference) {
		return new Access(false, basis, reference, EnumSet.noneOf(InformationKind.class), Set.of(), false);
	}

}
