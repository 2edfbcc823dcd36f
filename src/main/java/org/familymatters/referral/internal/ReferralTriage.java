package org.familymatters.referral.internal;

import java.io.Serial;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.AccessSubject;
import org.familymatters.family.FamilyIntake;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.LikelyMatches;
import org.familymatters.family.LikelyMatchesShown;
import org.familymatters.family.NewFamily;
import org.familymatters.family.Person;
import org.familymatters.identity.Role;
import org.familymatters.referral.ReferralSource;
import org.familymatters.referral.ReferralStatus;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.input.Checked;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.input.InputProblem;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Page;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The triage queue and its decisions. Only a support worker of the referral's locality
 * (their organisation's locality, or any locality for an organisation that works across
 * the Thames Valley) sees a referral or decides on it: the same rule the access decision
 * applies to family records. Every view, decision and refusal is audited. A decision is
 * made at the version the support worker saw, so a second decision on the same referral
 * is refused. The deciding transaction publishes {@link ReferralDecided}, so that the
 * referrer is e-mailed the decision after it is committed, and again until the e-mail is
 * sent ({@link DecisionLetters}). Families are read and changed only through the family
 * module's access-decided services.
 */
@Service
public class ReferralTriage {

	/** How many likely matches are shown for each person named. */
	static final int MATCHES = 5;

	/** The longest reason for declining, and the longest note of other help. */
	public static final int NOTE_MAX = 2000;

	private final Referrals referrals;

	private final AccessDecision access;

	private final FamilyRecords families;

	private final FamilyIntake intake;

	private final LikelyMatchesShown likelyMatches;

	private final AuditTrail audit;

	private final DecisionLetters letters;

	private final ApplicationEventPublisher events;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separately;

	ReferralTriage(Referrals referrals, AccessDecision access, FamilyRecords families, FamilyIntake intake,
			LikelyMatchesShown likelyMatches, AuditTrail audit, DecisionLetters letters,
			ApplicationEventPublisher events, CurrentUser currentUser, Clock clock,
			PlatformTransactionManager transactions) {
		this.referrals = referrals;
		this.access = access;
		this.families = families;
		this.intake = intake;
		this.likelyMatches = likelyMatches;
		this.audit = audit;
		this.letters = letters;
		this.events = events;
		this.currentUser = currentUser;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * A page of the referrals waiting for a decision in the signed-in support worker's
	 * localities, oldest first, in one locality and from one source when they are given.
	 * A locality the support worker does not work in gives an empty page. Refused (403)
	 * for anyone but a support worker.
	 */
	public Page<ReferralSummary> queue(UUID localityId, ReferralSource source, int page, int size) {
		supportWorker();
		var scope = access.supportScope();
		if (scope.none() || (localityId != null && !scope.covers(localityId))) {
			return new Page<>(List.of(), page, size, 0);
		}
		var locality = (localityId != null) ? localityId : (scope.all() ? null : scope.locality());
		return transaction.execute(status -> {
			long total = referrals.waiting(locality, source);
			return new Page<>(referrals.queue(locality, source, (long) (page - 1) * size, size), page, size, total);
		});
	}

	/**
	 * The oldest referrals waiting in the signed-in support worker's localities, at most
	 * {@code limit}: the first page of {@link #queue(UUID, ReferralSource, int, int)}.
	 */
	public List<ReferralSummary> queue(int limit) {
		return queue(null, null, 1, limit).items();
	}

	/**
	 * Whether the signed-in user is a support worker who works in this locality (or in
	 * every one), recording nothing: for the triage queue's filter.
	 */
	public boolean worksIn(UUID localityId) {
		return currentUser.has(Role.SUPPORT_WORKER) && access.supportScope().covers(localityId);
	}

	/**
	 * The support workers who may be a family's key worker when a referral to this
	 * locality is accepted: those of its locality, and of organisations that work across
	 * the Thames Valley. The signed-in support worker is always among them.
	 */
	public List<KeyWorker> keyWorkers(UUID localityId) {
		return transaction.execute(status -> referrals.supportWorkers(localityId));
	}

	/**
	 * One referral for triage, with likely matches while it waits for a decision; refused
	 * (403) and audited unless the user is one of its locality's support workers.
	 */
	public TriageView open(UUID id) {
		return transaction.execute(status -> {
			var referral = allowed(id, ReferralAudit.REFERRAL_VIEWED);
			var people = new ArrayList<PersonMatches>();
			var familiesSeen = new LinkedHashMap<UUID, String>();
			for (var person : referral.people()) {
				if (referral.decided()) {
					people.add(new PersonMatches(person, List.of()));
					continue;
				}
				// Each match shown is audited against its own family: in full where the
				// support worker may change it, else by its reference only.
				var matches = likelyMatches.show(
						new LikelyMatches.Candidate(person.givenName(), person.familyName(), person.dateOfBirth(),
								person.postcode()),
						MATCHES, Basis.ROLE, Role.SUPPORT_WORKER.name(), "triage of referral " + referral.reference());
				matches.stream()
					.filter(LikelyMatchesShown.ShownMatch::mayOpen)
					.forEach(shown -> familiesSeen.putIfAbsent(shown.match().familyId(),
							shown.match().familyReference()));
				people.add(new PersonMatches(person, matches));
			}
			return new TriageView(referral, List.copyOf(people), familiesSeen);
		});
	}

	/**
	 * Accepts the referral into a new family, as below, with the support worker accepting
	 * it as the family's key worker.
	 */
	public Outcome acceptIntoNewFamily(UUID id, long seenVersion) {
		return acceptIntoNewFamily(id, seenVersion, null);
	}

	/**
	 * Accepts the referral into a new family with every person it names, its household,
	 * its story as the first timeline entry and a link back to the referral
	 * ({@link FamilyFromReferral}), and the key worker chosen (the support worker
	 * accepting it when null), who must be one of the locality's support workers.
	 */
	public Outcome acceptIntoNewFamily(UUID id, long seenVersion, UUID keyWorkerId) {
		return decide(() -> {
			var referral = allowed(id, ReferralAudit.REFERRAL_ACCEPTED);
			var keyWorker = (keyWorkerId != null) ? keyWorkerId : currentUser.get().id();
			if (referrals.supportWorkers(referral.localityId()).stream().noneMatch(k -> k.id().equals(keyWorker))) {
				throw new BadDecision("keyWorkerId", "referral.decision.keyWorker.unknown");
			}
			if (!referrals.lockUndecided(id, seenVersion)) {
				throw new DecidedElsewhere(id);
			}
			var family = intake
				.start(new NewFamily(referral.localityId(), keyWorker, FamilyFromReferral.household(referral),
						FamilyFromReferral.people(referral), FamilyFromReferral.origin(referral)));
			if (!referrals.decide(id, seenVersion, ReferralStatus.ACCEPTED, null, currentUser.get().id(), family.id(),
					family.reference(), List.of(), null, clock.instant())) {
				throw new DecidedElsewhere(id);
			}
			linkByName(referral.people(), family.id());
			audit.record(decision(ReferralAudit.REFERRAL_ACCEPTED, id)
				.withDetail("into new family " + family.id() + ", key worker " + keyWorker));
			return referrals.find(id).orElseThrow();
		});
	}

	/**
	 * Accepts the referral into a family on record: the people already on record in it
	 * are linked to the referral's people, and the others are added.
	 */
	public Outcome acceptIntoFamily(UUID id, long seenVersion, UUID familyId, List<SamePerson> same) {
		return decide(() -> {
			var referral = allowed(id, ReferralAudit.REFERRAL_ACCEPTED);
			if (familyId == null || !families.mayChange(familyId)) {
				throw new BadDecision("familyId", "referral.decision.family.required");
			}
			var family = families.viewForChange(familyId);
			var inFamily = family.people().stream().map(Person::id).collect(Collectors.toSet());
			var matched = new LinkedHashMap<UUID, UUID>();
			for (var pair : same) {
				if (!inFamily.contains(pair.personId())) {
					throw new BadDecision("same", "referral.decision.same.otherFamily");
				}
				if (referral.people().stream().noneMatch(p -> p.id().equals(pair.referralPersonId()))
						|| matched.containsKey(pair.referralPersonId()) || matched.containsValue(pair.personId())) {
					throw new BadDecision("same", "referral.decision.same.twice");
				}
				matched.put(pair.referralPersonId(), pair.personId());
			}
			if (!referrals.decide(id, seenVersion, ReferralStatus.ACCEPTED, null, currentUser.get().id(), familyId,
					family.family().reference(), List.of(), null, clock.instant())) {
				throw new DecidedElsewhere(id);
			}
			var toAdd = referral.people().stream().filter(p -> !matched.containsKey(p.id())).toList();
			var added = intake.addPeople(familyId, toAdd.stream().map(FamilyFromReferral::person).toList(),
					FamilyFromReferral.origin(referral));
			for (int i = 0; i < toAdd.size(); i++) {
				referrals.linkPerson(toAdd.get(i).id(), added.get(i));
			}
			matched.forEach(referrals::linkPerson);
			audit.record(decision(ReferralAudit.REFERRAL_ACCEPTED, id).withDetail("into family " + familyId + ", "
					+ matched.size() + " already on record, " + toAdd.size() + " added"));
			return referrals.find(id).orElseThrow();
		});
	}

	/**
	 * Signposts the family to directory services and, or, other help described in words.
	 */
	public Outcome signpost(UUID id, long seenVersion, List<UUID> serviceIds, String note) {
		var services = (serviceIds != null) ? serviceIds.stream().filter(Objects::nonNull).distinct().toList()
				: List.<UUID>of();
		var text = Input.text(note, NOTE_MAX);
		if (text.failed()) {
			throw new BadDecision("signpostNote", problem(text));
		}
		if (services.isEmpty() && text.isEmpty()) {
			throw new BadDecision("services", "referral.decision.signpost.required");
		}
		return decide(() -> {
			allowed(id, ReferralAudit.REFERRAL_SIGNPOSTED);
			if (!referrals.decide(id, seenVersion, ReferralStatus.SIGNPOSTED, null, currentUser.get().id(), null, null,
					services, text.value(), clock.instant())) {
				throw new DecidedElsewhere(id);
			}
			audit.record(decision(ReferralAudit.REFERRAL_SIGNPOSTED, id).withDetail(services.size() + " services"));
			return referrals.find(id).orElseThrow();
		});
	}

	/** Declines the referral, with the reason (required, kept, never e-mailed). */
	public Outcome decline(UUID id, long seenVersion, String reason) {
		var text = Input.text(reason, NOTE_MAX);
		if (text.isEmpty()) {
			throw new BadDecision("declineReason", "referral.decision.decline.reason.required");
		}
		if (text.failed()) {
			throw new BadDecision("declineReason", problem(text));
		}
		return decide(() -> {
			allowed(id, ReferralAudit.REFERRAL_DECLINED);
			if (!referrals.decide(id, seenVersion, ReferralStatus.DECLINED, text.value(), currentUser.get().id(), null,
					null, List.of(), null, clock.instant())) {
				throw new DecidedElsewhere(id);
			}
			audit.record(decision(ReferralAudit.REFERRAL_DECLINED, id));
			return referrals.find(id).orElseThrow();
		});
	}

	/**
	 * Changes the criteria a referral waiting for a decision meets, at the version the
	 * support worker saw: any of its locality's criteria on the forms, and those it
	 * already meets.
	 */
	public Referral changeCriteria(UUID id, long seenVersion, List<UUID> criteria) {
		return transaction.execute(status -> {
			var referral = allowed(id, ReferralAudit.REFERRAL_CRITERIA_CHANGED);
			var chosen = criteria.stream().filter(Objects::nonNull).distinct().toList();
			var offered = criteriaOffered(referral).stream().map(Criterion::id).collect(Collectors.toSet());
			if (!offered.containsAll(chosen)) {
				throw new BadDecision("criteria", "referral.criteria.unknown");
			}
			if (!referrals.changeCriteria(id, seenVersion, chosen)) {
				throw new DecidedElsewhere(id);
			}
			audit.record(decision(ReferralAudit.REFERRAL_CRITERIA_CHANGED, id)
				.withDetail(chosen.size() + " of " + referral.criteriaTotal() + " criteria met"));
			return referrals.find(id).orElseThrow();
		});
	}

	/**
	 * The criteria a support worker may tick on a referral: its locality's criteria on
	 * the forms, and any it meets that were taken off them since.
	 */
	public List<Criterion> criteriaOffered(Referral referral) {
		var met = referrals.criteriaMetIds(referral.id());
		return referrals.criteriaOfLocality(referral.localityId())
			.stream()
			.filter(c -> c.active() || met.contains(c.id()))
			.toList();
	}

	/** The ids of the criteria a referral meets. */
	public List<UUID> criteriaMet(Referral referral) {
		return referrals.criteriaMetIds(referral.id());
	}

	/**
	 * A referral as its referrer or its locality's support workers see it through the
	 * API; refused (403) and audited for anyone else.
	 */
	public Referral forReferrerOrTriage(UUID id) {
		return transaction.execute(status -> {
			var referral = referrals.find(id).orElseThrow(() -> new NotFound("referral", id));
			var user = currentUser.find();
			if (user.isPresent() && user.get().id().equals(referral.referredBy())) {
				audit.record(AuditEntry.allowed(ReferralAudit.REFERRAL_VIEWED, "referral", id, Basis.SELF, "referrer"));
				return referral;
			}
			return allowed(id, ReferralAudit.REFERRAL_VIEWED);
		});
	}

	/**
	 * Makes a decision and publishes it in the same transaction, so that the referrer is
	 * e-mailed once it is committed.
	 */
	private Outcome decide(Supplier<Referral> decision) {
		var decided = transaction.execute(status -> {
			var referral = decision.get();
			events.publishEvent(new ReferralDecided(referral.id()));
			return referral;
		});
		return new Outcome(decided, letters.expected(decided));
	}

	/**
	 * Whether the referrer of a decided referral was, or will be, e-mailed the decision.
	 */
	public MailOutcome mail(Referral referral) {
		return letters.expected(referral);
	}

	/**
	 * The referral, if the signed-in user is a support worker of its locality; else
	 * audited and refused.
	 */
	private Referral allowed(UUID id, AuditAction action) {
		var localityId = referrals.localityOf(id).orElseThrow(() -> new NotFound("referral", id));
		var decided = access.decide(new AccessSubject(new UUID(0, 0), localityId, null, Map.of()),
				LocalDate.now(clock));
		if (!decided.mayChange() || !currentUser.has(Role.SUPPORT_WORKER)) {
			var entry = AuditEntry.refused(action, "referral", id, Basis.ROLE, decided.reference());
			separately.executeWithoutResult(status -> audit.record(entry));
			throw new AccessDeniedException("Not a support worker of the referral's locality");
		}
		if (ReferralAudit.REFERRAL_VIEWED.equals(action)) {
			audit.record(AuditEntry.allowed(action, "referral", id, Basis.ROLE, Role.SUPPORT_WORKER.name()));
		}
		return referrals.find(id).orElseThrow(() -> new NotFound("referral", id));
	}

	/** The message for a note that the input rules refuse. */
	private static String problem(Checked<String> text) {
		return (text.problem() != InputProblem.TOO_LONG) ? text.problem().code() : "referral.tooLong." + NOTE_MAX;
	}

	private static AuditEntry decision(AuditAction action, UUID id) {
		return AuditEntry.allowed(action, "referral", id, Basis.ROLE, Role.SUPPORT_WORKER.name());
	}

	private void linkByName(List<Referral.Person> named, UUID familyId) {
		// The family's people are in order of role and age, not as added: pair each named
		// person with the person of the same name, role and date of birth.
		var created = new ArrayList<>(families.viewForChange(familyId).people());
		for (var person : named) {
			var same = created.stream()
				.filter(p -> p.givenName().equals(person.givenName()) && p.familyName().equals(person.familyName())
						&& p.role() == person.role() && Objects.equals(p.dateOfBirth(), person.dateOfBirth()))
				.findFirst();
			same.ifPresent(p -> {
				referrals.linkPerson(person.id(), p.id());
				created.remove(p);
			});
		}
	}

	private SignedInUser supportWorker() {
		var user = currentUser.find();
		if (user.isEmpty() || !currentUser.has(Role.SUPPORT_WORKER)) {
			throw new AccessDeniedException("Support workers only");
		}
		return user.get();
	}

	/**
	 * A referral as triage shows it: with, for each person named, the people on record
	 * who may be them.
	 */
	public record TriageView(Referral referral, List<PersonMatches> people, Map<UUID, String> candidateFamilies) {
	}

	/** A support worker who may be a family's key worker. */
	public record KeyWorker(UUID id, String name) {
	}

	/** A person the referral names and the likely matches the support worker may see. */
	public record PersonMatches(Referral.Person person, List<LikelyMatchesShown.ShownMatch> matches) {
	}

	/**
	 * A person named in the referral who is already on record: the referral's person and
	 * who they are.
	 */
	public record SamePerson(UUID referralPersonId, UUID personId) {
	}

	/**
	 * What a decision did: the family it went into (when accepted), and whether the
	 * referrer was told.
	 */
	public record Outcome(Referral referral, MailOutcome mail) {
	}

	/**
	 * The referral was decided, or changed, since the support worker saw it: nothing was
	 * done. A stale save like any other; the triage page says it in its own words.
	 */
	public static class DecidedElsewhere extends StaleSave {

		@Serial
		private static final long serialVersionUID = 1L;

		DecidedElsewhere(UUID id) {
			super("referral", id);
		}

	}

	/**
	 * A decision that does not hold together (for example, a person matched in another
	 * family).
	 */
	public static class BadDecision extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		private final String field;

		private final String code;

		BadDecision(String field, String code) {
			super(code);
			this.field = field;
			this.code = code;
		}

		public String field() {
			return field;
		}

		public String code() {
			return code;
		}

	}

}
