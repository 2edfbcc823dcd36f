package org.familymatters.family;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.ActionSubject;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.consent.InformationKind;
import org.familymatters.family.internal.Attachments;
import org.familymatters.family.internal.CustodyDue;
import org.familymatters.family.internal.Families;
import org.familymatters.family.internal.FamilyAudit;
import org.familymatters.family.internal.FamilyEditing;
import org.familymatters.family.internal.FamilyListing;
import org.familymatters.family.internal.FamilyTies;
import org.familymatters.family.internal.ShownRecord;
import org.familymatters.shared.limits.PerUserLimit;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.beans.factory.annotation.Value;
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

	private final FamilyFacts facts;

	private final FamilyEditing editing;

	private final FamilyListing listing;

	private final CurrentUser currentUser;

	private final AuditTrail audit;

	private final PerUserLimit lookups;

	private final FamilyTies ties;

	private final CustodyDue custodyDue;

	FamilyRecords(Families families, AccessDecision access, Attachments attachments, Clock clock, FamilyFacts facts,
			FamilyEditing editing, FamilyListing listing, CurrentUser currentUser, AuditTrail audit, FamilyTies ties,
			CustodyDue custodyDue, @Value("${familymatters.family.reference-lookups.requests:20}") int lookups,
			@Value("${familymatters.family.reference-lookups.per:PT1H}") Duration per) {
		this.ties = ties;
		this.audit = audit;
		this.custodyDue = custodyDue;
		this.lookups = new PerUserLimit(lookups, per);
		this.families = families;
		this.access = access;
		this.attachments = attachments;
		this.clock = clock;
		this.facts = facts;
		this.editing = editing;
		this.listing = listing;
		this.currentUser = currentUser;
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

	/**
	 * The family for another module's page about it (a support plan, an assessment),
	 * decided and audited once as {@code action} rather than as a view of the family:
	 * refused (403) and audited unless the user may see it, or change it when
	 * {@code change} is asked.
	 */
	@Transactional
	public FamilyView view(UUID familyId, AuditAction action, boolean change) {
		return view(familyId, action, change, null);
	}

	/**
	 * As {@link #view(UUID, AuditAction, boolean)}, with a detail recorded with the audit
	 * event (such as which version of a document was printed).
	 */
	@Transactional
	public FamilyView view(UUID familyId, AuditAction action, boolean change, String detail) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		var allowed = access.require(subject, action, change, detail);
		var family = families.find(familyId).orElseThrow(() -> new NotFound("family", familyId));
		return ShownRecord.of(allowed, family, families.people(familyId), () -> families.custody(familyId),
				() -> families.timeline(familyId), () -> attachments.of(familyId));
	}

	/**
	 * What stands in the way of the family's contact with the person in custody, newest
	 * first ({@link ContactBarrier}), for another module's page about the family (its
	 * support plan, where a goal can act on them). Decided for the signed-in user and
	 * audited as CONTACT_BARRIERS_VIEWED with its basis: refused (403) and audited unless
	 * they may see the family; empty unless they may change it, or see all of it with
	 * consent to its needs. Not found (404) when there is no such family.
	 */
	@Transactional
	public List<ContactBarrier> contactBarriers(UUID familyId) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		var allowed = access.require(subject, FamilyAudit.CONTACT_BARRIERS_VIEWED, false);
		boolean seesNeeds = allowed.onlyPeople() == null && allowed.sees(InformationKind.NEEDS);
		return (allowed.mayChange() || seesNeeds) ? ties.barriers(familyId) : List.of();
	}

	/**
	 * Records that the person of the family's custody episode was released on a day (for
	 * modules that learn it first, as Building Bridges does on release day): for those
	 * who may change the family, refused (403) and audited otherwise. An episode already
	 * released keeps its date.
	 */
	@Transactional
	public void released(UUID familyId, UUID episodeId, LocalDate releasedOn) {
		editing.released(familyId, episodeId, releasedOn);
	}

	/**
	 * The day the family's record was started (in the service's time zone); empty when
	 * there is no such family. Tells nothing about who is in it: for checking the dates
	 * of records about a family the caller has already been allowed to see.
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> startedOn(UUID familyId) {
		return families.createdAt(familyId).map(at -> LocalDate.ofInstant(at, clock.getZone()));
	}

	/**
	 * Closes the family with a reason (as its household form does when the status is set
	 * to closed), for those who may change it: refused (403) and audited otherwise; the
	 * change is audited as FAMILY_HOUSEHOLD_CHANGED with {@code why} as its note.
	 */
	@Transactional
	public void close(UUID familyId, String reason, String why) {
		editing.close(familyId, reason, why);
	}

	/**
	 * The families the signed-in user is key worker for and may change (the access
	 * decision answers for each, recording nothing: the caller audits each family it
	 * shows), open ones first, each with its reference, the names of its people, the day
	 * it was started and its status.
	 */
	@Transactional(readOnly = true)
	public List<KeyWorkerFamily> keyWorkerFamilies() {
		var user = currentUser.find().map(SignedInUser::id).orElse(null);
		if (user == null) {
			return List.of();
		}
		var rows = listing.keyWorkerOf(user);
		var decided = access
			.decideEach(families.subjects(rows.stream().map(FamilyListing.KeyWorkerRow::id).toList()).values());
		return rows.stream()
			.filter(r -> decided.containsKey(r.id()) && decided.get(r.id()).access().mayChange())
			.map(r -> new KeyWorkerFamily(r.id(), r.reference(), r.names(),
					LocalDate.ofInstant(r.createdAt(), clock.getZone()), r.status()))
			.toList();
	}

	/**
	 * The people due for release from custody from {@code from} to {@code to} (episodes
	 * not yet ended, of open families), among the families the signed-in user may change
	 * — their locality's, every locality's for an organisation that works across the
	 * Thames Valley, and those they are key worker for — earliest release first. The
	 * access decision answers for each family, recording nothing: the caller audits each
	 * family it shows. None for anyone who may change no family.
	 */
	@Transactional(readOnly = true)
	public List<ReleaseDue> releasesDue(LocalDate from, LocalDate to) {
		var user = currentUser.find().map(SignedInUser::id).orElse(null);
		if (user == null) {
			return List.of();
		}
		var scope = access.supportScope();
		var due = custodyDue.between(from, to, scope.all(), scope.locality(), user);
		if (due.isEmpty()) {
			return List.of();
		}
		var familyIds = due.stream().map(CustodyDue.Due::familyId).distinct().toList();
		var decided = access.decideEach(families.subjects(familyIds).values());
		var references = families.references(familyIds);
		var people = families.peopleOf(familyIds);
		var episodes = new java.util.HashMap<UUID, CustodyEpisode>();
		familyIds.stream()
			.filter(id -> decided.containsKey(id) && decided.get(id).access().mayChange())
			.forEach(id -> families.custody(id).forEach(e -> episodes.put(e.id(), e)));
		return due.stream().filter(d -> episodes.containsKey(d.episodeId())).map(d -> {
			var episode = episodes.get(d.episodeId());
			var name = people.getOrDefault(d.familyId(), List.of())
				.stream()
				.filter(p -> p.id().equals(episode.personId()))
				.findFirst()
				.map(Person::fullName)
				.orElse(null);
			return new ReleaseDue(d.familyId(), references.get(d.familyId()), episode.id(), episode.personId(), name,
					episode.prisonName(), episode.expectedReleaseOn());
		}).toList();
	}

	private FamilyView view(UUID familyId, boolean change) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		var allowed = access.require(subject, FamilyAudit.FAMILY_VIEWED, change);
		var family = families.find(familyId).orElseThrow(() -> new NotFound("family", familyId));
		return ShownRecord.of(allowed, family, families.people(familyId), () -> families.custody(familyId),
				() -> families.timeline(familyId), () -> attachments.of(familyId));
	}

	/**
	 * The minimum of the family's record for one action of its plan
	 * ({@link ActionRecord}), as the access decision allows it
	 * ({@link AccessDecision#requireAction}): to the family's support workers (ROLE) and
	 * to the action's owner while it is open (ACTION). Audited as {@code action} with its
	 * basis; refused (403) and audited otherwise, also when {@code change} is asked and
	 * the user may change neither the action nor the family. Not found (404) when there
	 * is no such family.
	 */
	@Transactional
	public ActionRecord forAction(ActionSubject subject, AuditAction action, boolean change, String detail) {
		var family = families.subject(subject.familyId()).orElseThrow(() -> new NotFound("family", subject.familyId()));
		var allowed = access.requireAction(family, subject, action, change, detail);
		var reference = families.find(subject.familyId())
			.orElseThrow(() -> new NotFound("family", subject.familyId()))
			.reference();
		ActionRecord.AboutPerson about = null;
		if (subject.aboutPersonId() != null && allowed.seesPerson(subject.aboutPersonId())) {
			about = families.people(subject.familyId())
				.stream()
				.filter(p -> p.id().equals(subject.aboutPersonId()))
				.findFirst()
				.map(p -> new ActionRecord.AboutPerson(p.id(), p.fullName(), p.dateOfBirth(), p.schoolYear()))
				.orElse(null);
		}
		var keyWorker = facts.keyWorker(subject.familyId())
			.map(c -> new ActionRecord.Contact(c.name(), c.email()))
			.orElse(null);
		return new ActionRecord(subject.familyId(), reference, about, keyWorker, allowed);
	}

	/**
	 * One pupil of a family as a school sees them ({@link PupilRecord}): decided for the
	 * signed-in user and audited as {@code action} on the family with its basis (allowed
	 * or refused), recording a refusal without failing, so that a list can leave the
	 * pupil out. Empty when the decision does not let the user see that person by name (a
	 * school sees only its own pupils, with consent or an approval that covers it), or
	 * when there is no such family or person.
	 */
	@Transactional
	public Optional<PupilRecord> pupil(UUID familyId, UUID personId, AuditAction action) {
		var subject = families.subject(familyId);
		if (subject.isEmpty()) {
			return Optional.empty();
		}
		var allowed = access.decide(subject.get(), action);
		if (!allowed.seesPerson(personId)) {
			return Optional.empty();
		}
		var keyWorker = facts.keyWorker(familyId);
		return families.people(familyId)
			.stream()
			.filter(p -> p.id().equals(personId))
			.findFirst()
			.map(p -> new PupilRecord(familyId, p.id(), p.fullName(), p.schoolId(), p.schoolYear(),
					keyWorker.map(FamilyFacts.Contact::name).orElse(null),
					keyWorker.map(FamilyFacts.Contact::email).orElse(null), allowed));
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

	/**
	 * The family with a reference such as FM-000012 (typed in any case), for someone
	 * naming a family to another module's page (a member raising it at a network
	 * meeting): its id, reference, locality and the facts the access decision needs,
	 * nothing of its people. Every lookup is audited as {@code action} with
	 * {@code purpose} as its note: found, on the family (basis ROLE, the user's roles);
	 * not found, on what was typed (record type {@code family_reference}). References are
	 * sequential, so lookups are limited per user
	 * ({@code familymatters.family.reference-lookups.*}, 20 an hour by default); beyond
	 * that the lookup is refused, audited, and says how long to wait.
	 */
	@Transactional
	public ReferenceLookup findByReference(String reference, AuditAction action, String purpose) {
		if (reference == null || reference.isBlank()) {
			return new ReferenceLookup(null, null, lookups.requests(), lookups.per());
		}
		var typed = reference.strip().toUpperCase(Locale.ROOT);
		var roles = String.join(",",
				currentUser.authorities().stream().map(a -> a.replace("ROLE_", "")).sorted().toList());
		var wait = currentUser.find().flatMap(user -> lookups.take(user.id()));
		if (wait.isPresent()) {
			audit.record(AuditEntry.refused(action, "family_reference", typed, Basis.ROLE, "LIMIT_REACHED")
				.withDetail(purpose + "; more than " + lookups.requests() + " lookups in " + lookups.per().toMinutes()
						+ " minutes"));
			return new ReferenceLookup(null, wait.get(), lookups.requests(), lookups.per());
		}
		var found = facts.familyWithReference(typed)
			.flatMap(id -> families.find(id)
				.flatMap(family -> families.subject(id)
					.map(subject -> new FoundFamily(id, family.reference(), family.localityId(), subject))));
		audit.record(found.map(f -> AuditEntry.allowed(action, "family", f.id(), Basis.ROLE, roles).withDetail(purpose))
			.orElseGet(() -> AuditEntry.allowed(action, "family_reference", typed, Basis.ROLE, roles)
				.withDetail(purpose + "; no family with that reference")));
		return new ReferenceLookup(found.orElse(null), null, lookups.requests(), lookups.per());
	}

	/**
	 * What the access decision needs to know about each family, read at once, for
	 * deciding what several users would be shown ({@link AccessDecision#decideFor},
	 * {@link AccessDecision#decideEach}); nothing of its people. Families not on record
	 * are left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, AccessSubject> subjects(Collection<UUID> familyIds) {
		return families.subjects(familyIds);
	}

	/**
	 * The prisons on the reference list (active ones, by name): reference data, nothing
	 * of any family, so no access decision is needed. For other modules that offer a
	 * prison as a choice or name one beside its id (the Building Bridges pilot's
	 * prisons).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> prisons() {
		var prisons = new java.util.LinkedHashMap<UUID, String>();
		listing.prisons().forEach(prison -> prisons.put(prison.id(), prison.name()));
		return prisons;
	}

	/**
	 * A lookup of a family by its reference.
	 *
	 * @param found the family; null when none has that reference, or the lookup was
	 * refused
	 * @param retryAfter how long until the user may look up again, when refused for too
	 * many lookups; null otherwise
	 * @param limit how many lookups a user may make …
	 * @param per … in this period
	 */
	public record ReferenceLookup(FoundFamily found, Duration retryAfter, int limit, Duration per) {

		public boolean refused() {
			return retryAfter != null;
		}

	}

	/**
	 * A family found by its reference.
	 *
	 * @param id the family
	 * @param reference its reference, like FM-000012
	 * @param localityId its locality
	 * @param subject what the access decision needs to know about it
	 */
	public record FoundFamily(UUID id, String reference, UUID localityId, AccessSubject subject) {
	}

	/**
	 * A family the user is key worker for.
	 *
	 * @param id the family
	 * @param reference its reference, like FM-000012
	 * @param names the names of its people; null when it has nobody yet
	 * @param startedOn the day its record was started
	 * @param status {@code referred}, {@code active} or {@code closed}
	 */
	public record KeyWorkerFamily(UUID id, String reference, String names, LocalDate startedOn, String status) {
	}

}
