package org.familymatters.family.internal;

import java.io.Serial;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.AccessSubject;
import org.familymatters.family.CustodyEpisode;
import org.familymatters.family.Family;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.JourneyStage;
import org.familymatters.family.LikelyMatches;
import org.familymatters.family.LikelyMatchesShown;
import org.familymatters.family.NewPerson;
import org.familymatters.family.Person;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.limits.PerUserLimit;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a family's record: the household, its people, custody episodes, timeline and
 * attachments. Each change asks the access decision whether the user may change this
 * family, in the same transaction, and the decision's audit event records it; a change
 * made from a version someone else has since replaced is refused with {@link StaleSave},
 * never saved over theirs.
 */
@Service
public class FamilyEditing {

	private final Families families;

	private final AccessDecision access;

	private final Attachments attachments;

	private final JdbcClient jdbc;

	private final LikelyMatchesShown shown;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final PerUserLimit matchChecks;

	private final CustodyMoves moves;

	FamilyEditing(Families families, AccessDecision access, Attachments attachments, JdbcClient jdbc,
			LikelyMatchesShown shown, AuditTrail audit, CurrentUser currentUser, Clock clock, CustodyMoves moves,
			@Value("${familymatters.family.likely-match-checks.requests:30}") int checks,
			@Value("${familymatters.family.likely-match-checks.per:PT1H}") Duration per) {
		this.families = families;
		this.access = access;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.shown = shown;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
		this.matchChecks = new PerUserLimit(checks, per);
		this.moves = moves;
	}

	/**
	 * People on record who may be the one about to be added to this family, asked by
	 * someone who may change it (audited as LIKELY_MATCHES_CHECKED), each match audited
	 * against its own family as it is shown ({@link LikelyMatchesShown}). Each user may
	 * ask only so often ({@code familymatters.family.likely-match-checks.*}): beyond it
	 * nothing is looked for, the refusal is audited, and the answer says how long to
	 * wait.
	 */
	@Transactional
	public MatchCheck likelyMatches(UUID familyId, LikelyMatches.Candidate candidate) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		var user = signedInUserId();
		if (access.decide(subject, LocalDate.now(clock)).mayChange() && user != null) {
			var wait = matchChecks.take(user);
			if (wait.isPresent()) {
				audit.record(new AuditEntry(FamilyAudit.LIKELY_MATCHES_CHECKED, false, "family", familyId.toString(),
						Basis.ROLE, "LIMIT_REACHED", "more than " + matchChecks.requests() + " checks in "
								+ matchChecks.per().toMinutes() + " minutes"));
				return new MatchCheck(List.of(), wait.get(), matchChecks.requests(), matchChecks.per());
			}
		}
		var allowed = access.require(subject, FamilyAudit.LIKELY_MATCHES_CHECKED, true);
		var reference = families.find(familyId).map(Family::reference).orElse("a family");
		var matches = shown.show(candidate, 10, allowed.basis(), allowed.reference(),
				"adding a person to " + reference);
		return new MatchCheck(matches, null, matchChecks.requests(), matchChecks.per());
	}

	@Transactional
	public void changeHousehold(UUID familyId, long version, Household household) {
		require(familyId, FamilyAudit.FAMILY_HOUSEHOLD_CHANGED);
		if ("closed".equals(household.status())
				&& (household.closedReason() == null || household.closedReason().isBlank())) {
			throw new NotAllowedChange("Closing a family needs a reason");
		}
		int changed = jdbc
			.sql("""
					update family set address_line_1 = :line1, address_line_2 = :line2, town = :town, postcode = :postcode,
					       status = :status, closed_reason = :closedReason, journey_stage = :stage, key_worker_id = :keyWorker,
					       updated_at = :now, version = version + 1
					where id = :id and version = :version and merged_into is null
					""")
			.param("line1", household.addressLine1())
			.param("line2", household.addressLine2())
			.param("town", household.town())
			.param("postcode", household.postcode())
			.param("status", household.status())
			.param("closedReason", "closed".equals(household.status()) ? household.closedReason() : null)
			.param("stage", (household.journeyStage() != null) ? household.journeyStage().code() : null)
			.param("keyWorker", household.keyWorkerId())
			.param("now", families.now())
			.param("id", familyId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleSave("family", familyId);
		}
	}

	/**
	 * Closes the family with a reason, whatever its household's version (closing its
	 * support plan closes it), audited as FAMILY_HOUSEHOLD_CHANGED with {@code why} as
	 * the note.
	 */
	@Transactional
	public void close(UUID familyId, String reason, String why) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		access.require(subject, FamilyAudit.FAMILY_HOUSEHOLD_CHANGED, true, why);
		if (reason == null || reason.isBlank()) {
			throw new NotAllowedChange("Closing a family needs a reason");
		}
		jdbc.sql("""
				update family set status = 'closed', closed_reason = :reason, updated_at = :now, version = version + 1
				where id = :id and merged_into is null
				""").param("reason", reason.strip()).param("now", families.now()).param("id", familyId).update();
	}

	/** Adds a person to the family; returns their id. */
	@Transactional
	public UUID addPerson(UUID familyId, NewPerson person) {
		require(familyId, FamilyAudit.PERSON_ADDED);
		checkPerson(person);
		return families.addPerson(familyId, person);
	}

	@Transactional
	public void changePerson(UUID familyId, UUID personId, long version, NewPerson p) {
		require(familyId, FamilyAudit.PERSON_CHANGED);
		checkPerson(p);
		int changed = jdbc.sql("""
				update person set given_name = :given, family_name = :familyName, other_names = :other,
				       date_of_birth = :dob, phone = :phone, email = :email, relationship = :relationship, role = :role,
				       school_id = :school, school_year = :year, version = version + 1
				where id = :id and family_id = :family and version = :version and merged_into is null
				""")
			.param("given", p.givenName())
			.param("familyName", p.familyName())
			.param("other", p.otherNames())
			.param("dob", p.dateOfBirth())
			.param("phone", p.phone())
			.param("email", p.email())
			.param("relationship", p.relationship())
			.param("role", p.role().code())
			.param("school", (p.role() != FamilyRole.CHILD) ? null : p.schoolId())
			.param("year", (p.role() != FamilyRole.CHILD) ? null : p.schoolYear())
			.param("id", personId)
			.param("family", familyId)
			.param("version", version)
			.update();
		if (changed == 0) {
			personOf(familyId, personId);
			throw new StaleSave("person", personId);
		}
		families.touch(familyId);
	}

	/** Records a custody episode for the family's person in custody; returns its id. */
	@Transactional
	public UUID addCustody(UUID familyId, Custody custody) {
		require(familyId, FamilyAudit.CUSTODY_EPISODE_ADDED);
		checkCustody(familyId, custody);
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into custody_episode (id, person_id, prison_id, prison_number, remanded_on, sentenced_on, sentence,
						                             expected_release_on, released_on)
						values (:id, :person, :prison, :number, :remanded, :sentenced, :sentence, :expected, :released)
						""")
			.param("id", id)
			.params(custodyParams(custody))
			.update();
		moves.episodeSaved(id, custody.prisonId(), began(custody));
		families.touch(familyId);
		return id;
	}

	@Transactional
	public void changeCustody(UUID familyId, UUID episodeId, long version, Custody custody) {
		require(familyId, FamilyAudit.CUSTODY_EPISODE_CHANGED);
		checkCustody(familyId, custody);
		int changed = jdbc.sql("""
				update custody_episode set person_id = :person, prison_id = :prison, prison_number = :number,
				       remanded_on = :remanded, sentenced_on = :sentenced, sentence = :sentence,
				       expected_release_on = :expected, released_on = :released, version = version + 1
				where id = :id and version = :version
				  and person_id in (select id from person where family_id = :family)
				""")
			.param("id", episodeId)
			.param("version", version)
			.param("family", familyId)
			.params(custodyParams(custody))
			.update();
		if (changed == 0) {
			if (custodyEpisode(familyId, episodeId).isEmpty()) {
				throw new NotFound("custody episode", episodeId);
			}
			throw new StaleSave("custody episode", episodeId);
		}
		moves.episodeSaved(episodeId, custody.prisonId(), began(custody));
		families.touch(familyId);
	}

	/**
	 * Records that the person of a custody episode was released on a day, as another
	 * module learned it (Building Bridges' release day): refused (403) and audited unless
	 * the user may change the family; an episode already released keeps its date, one of
	 * another family is not found.
	 */
	@Transactional
	public void released(UUID familyId, UUID episodeId, LocalDate releasedOn) {
		require(familyId, FamilyAudit.CUSTODY_EPISODE_CHANGED);
		int changed = jdbc.sql("""
				update custody_episode set released_on = :released, version = version + 1
				where id = :id and released_on is null
				  and person_id in (select id from person where family_id = :family)
				""").param("id", episodeId).param("family", familyId).param("released", releasedOn).update();
		if (changed == 0 && custodyEpisode(familyId, episodeId).isEmpty()) {
			throw new NotFound("custody episode", episodeId);
		}
		families.touch(familyId);
	}

	private static LocalDate began(Custody custody) {
		return (custody.remandedOn() != null) ? custody.remandedOn() : custody.sentencedOn();
	}

	/** A custody episode of this family, as on record. */
	@Transactional(readOnly = true)
	public Optional<CustodyEpisode> custodyEpisode(UUID familyId, UUID episodeId) {
		return families.custody(familyId).stream().filter(c -> c.id().equals(episodeId)).findFirst();
	}

	@Transactional
	public UUID addTimelineEntry(UUID familyId, NewTimelineEntry entry) {
		return addTimelineEntry(familyId, entry, null);
	}

	/**
	 * Adds an entry to the timeline, once per idempotency key: an entry the same user
	 * sent before with this key (the answer to the first was lost) is not stored again,
	 * and its id is returned. Two sent at once wait for each other on the key's unique
	 * constraint. Without a key every call adds an entry.
	 */
	@Transactional
	public UUID addTimelineEntry(UUID familyId, NewTimelineEntry entry, UUID idempotencyKey) {
		require(familyId, FamilyAudit.TIMELINE_ENTRY_ADDED);
		if (TimelineKind.GENERAL.stream().noneMatch(k -> k.code().equals(entry.kind())) || entry.summary() == null
				|| entry.summary().isBlank()) {
			throw new NotAllowedChange("A timeline entry needs a kind and a summary");
		}
		var author = signedInUserId();
		var id = jdbc.sql("""
				insert into timeline_entry (id, family_id, kind, about_children, occurred_at, summary, author_id,
				                            created_at, idempotency_key)
				values (:id, :family, :kind, :children, :at, :summary, :author, :now, :key)
				on conflict on constraint timeline_entry_key do nothing
				returning id
				""")
			.param("id", UUID.randomUUID())
			.param("family", familyId)
			.param("kind", entry.kind())
			.param("children", entry.aboutChildren())
			.param("at", Timestamp.from(entry.occurredAt()))
			.param("summary", entry.summary().strip())
			.param("author", author)
			.param("now", families.now())
			.param("key", idempotencyKey)
			.query(UUID.class)
			.optional();
		if (id.isEmpty()) {
			// Sent before with this key: the entry stored then is the answer.
			return jdbc.sql("""
					select id from timeline_entry
					where author_id = :author and idempotency_key = :key and family_id = :family
					""")
				.param("author", author)
				.param("key", idempotencyKey)
				.param("family", familyId)
				.query(UUID.class)
				.optional()
				.orElseThrow(() -> new NotAllowedChange("This form was already used for another family"));
		}
		families.touch(familyId);
		return id.get();
	}

	/**
	 * Keeps an attachment that {@link Attachments#problem} found nothing wrong with;
	 * returns its id.
	 */
	@Transactional
	public UUID addAttachment(UUID familyId, Attachments.Upload upload) {
		require(familyId, FamilyAudit.ATTACHMENT_UPLOADED);
		var id = attachments.store(familyId, upload, signedInUserId());
		families.touch(familyId);
		return id;
	}

	/**
	 * An attachment, for those who may change the family only; asked and audited as a
	 * download.
	 */
	@Transactional
	public Attachments.Download download(UUID familyId, UUID attachmentId) {
		require(familyId, FamilyAudit.ATTACHMENT_DOWNLOADED);
		return attachments.content(familyId, attachmentId).orElseThrow(() -> new NotFound("attachment", attachmentId));
	}

	/** A person of this family, or 404. */
	@Transactional(readOnly = true)
	public Person personOf(UUID familyId, UUID personId) {
		return families.people(familyId)
			.stream()
			.filter(p -> p.id().equals(personId))
			.findFirst()
			.orElseThrow(() -> new NotFound("person", personId));
	}

	private AccessSubject require(UUID familyId, AuditAction action) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		access.require(subject, action, true);
		return subject;
	}

	private void checkPerson(NewPerson person) {
		if (person.givenName() == null || person.givenName().isBlank() || person.familyName() == null
				|| person.familyName().isBlank()) {
			throw new NotAllowedChange("A person needs a name");
		}
		if (person.dateOfBirth() != null && person.dateOfBirth().isAfter(LocalDate.now(clock))) {
			throw new NotAllowedChange("A date of birth cannot be in the future");
		}
	}

	private void checkCustody(UUID familyId, Custody custody) {
		var person = personOf(familyId, custody.personId());
		if (person.role() != FamilyRole.IN_CUSTODY) {
			throw new NotAllowedChange("Custody episodes are for the person in custody");
		}
		if (custody.expectedReleaseOn() != null && custody.sentencedOn() != null
				&& custody.expectedReleaseOn().isBefore(custody.sentencedOn())) {
			throw new NotAllowedChange("The expected release cannot be before the sentence");
		}
	}

	private static Map<String, Object> custodyParams(Custody custody) {
		var params = new HashMap<String, Object>();
		params.put("person", custody.personId());
		params.put("prison", custody.prisonId());
		params.put("number", custody.prisonNumber());
		params.put("remanded", custody.remandedOn());
		params.put("sentenced", custody.sentencedOn());
		params.put("sentence", custody.sentence());
		params.put("expected", custody.expectedReleaseOn());
		params.put("released", custody.releasedOn());
		return params;
	}

	private UUID signedInUserId() {
		return currentUser.find().map(SignedInUser::id).orElse(null);
	}

	/** A change that breaks a rule the form should have caught. */
	public static class NotAllowedChange extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		public NotAllowedChange(String message) {
			super(message);
		}

	}

	/**
	 * The household as a support worker keeps it. Status is {@code referred},
	 * {@code active} or {@code closed}.
	 */
	public record Household(String addressLine1, String addressLine2, String town, String postcode, String status,
			String closedReason, JourneyStage journeyStage, UUID keyWorkerId) {
	}

	/** A custody episode of the family's person in custody. */
	public record Custody(UUID personId, UUID prisonId, String prisonNumber, LocalDate remandedOn,
			LocalDate sentencedOn, String sentence, LocalDate expectedReleaseOn, LocalDate releasedOn) {
	}

	/** An entry on the timeline: a call, visit, meeting, letter or note. */
	public record NewTimelineEntry(String kind, boolean aboutChildren, Instant occurredAt, String summary) {
	}

	/**
	 * The answer to a check for likely matches: the matches shown, or, when the user has
	 * checked too often, how long until they may check again.
	 *
	 * @param matches the matches as the user may see them
	 * @param retryAfter how long to wait; null when the check was made
	 * @param limit how many checks a user may make …
	 * @param per … in this period
	 */
	public record MatchCheck(List<LikelyMatchesShown.ShownMatch> matches, Duration retryAfter, int limit,
			Duration per) {

		public boolean limited() {
			return retryAfter != null;
		}

	}

}
