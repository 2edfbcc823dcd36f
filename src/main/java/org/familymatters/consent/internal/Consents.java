package org.familymatters.consent.internal;

import java.io.Serial;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.ConsentWithdrawn;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.consent.InformationKind;
import org.familymatters.identity.OrganisationType;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, withdraws and lists a family's consents. The family's facts come from the
 * caller as an {@link AccessSubject}, and who is in the family from {@link FamilyFacts};
 * only those who may change the family (its locality's support workers and its key
 * worker) may do any of it, and each action is audited through the access decision with
 * its basis, in the same transaction as the change.
 */
@Service
public class Consents {

	private final JdbcClient jdbc;

	private final AccessDecision access;

	private final FamilyFacts families;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Consents(JdbcClient jdbc, AccessDecision access, FamilyFacts families, CurrentUser currentUser, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.access = access;
		this.families = families;
		this.currentUser = currentUser;
		this.clock = clock;
		this.events = events;
	}

	/** Records consent given by a member of the family; returns its id. */
	@Transactional
	public UUID record(AccessSubject subject, NewConsent consent) {
		var id = UUID.randomUUID();
		access.require(subject, ConsentAudit.CONSENT_RECORDED, true, "consent " + id);
		boolean giverInFamily = families.people(subject.familyId())
			.stream()
			.anyMatch(person -> person.id().equals(consent.giverId()));
		if (!giverInFamily) {
			throw new IllegalArgumentException("The person giving consent is not a member of this family");
		}
		jdbc.sql(
				"""
						insert into consent (id, family_id, giver_id, method, witness, given_on, purpose, review_on, recorded_by,
						                     recorded_at)
						values (:id, :family, :giver, :method, :witness, :givenOn, :purpose, :reviewOn, :recordedBy,
						        :recordedAt)
						""")
			.param("id", id)
			.param("family", subject.familyId())
			.param("giver", consent.giverId())
			.param("method", consent.method().code())
			.param("witness", (consent.method() != ConsentMethod.VERBAL_WITNESSED) ? null : consent.witness().strip())
			.param("givenOn", consent.givenOn())
			.param("purpose", consent.purpose().strip())
			.param("reviewOn", consent.reviewOn())
			.param("recordedBy", currentUserId())
			.param("recordedAt", Timestamp.from(clock.instant()))
			.update();
		for (var kind : consent.kinds()) {
			jdbc.sql("insert into consent_information (consent_id, kind) values (:id, :kind)")
				.param("id", id)
				.param("kind", kind.code())
				.update();
		}
		for (var organisation : consent.organisationIds()) {
			jdbc.sql("insert into consent_recipient (consent_id, organisation_id) values (:id, :organisation)")
				.param("id", id)
				.param("organisation", organisation)
				.update();
		}
		for (var type : consent.organisationTypes()) {
			jdbc.sql("insert into consent_recipient (consent_id, organisation_type) values (:id, :type)")
				.param("id", id)
				.param("type", type.name())
				.update();
		}
		return id;
	}

	/**
	 * Withdraws consent now: from this moment nothing more is shared on it. What was
	 * shared before stays in the audit trail. Publishes {@link ConsentWithdrawn} in the
	 * same transaction.
	 */
	@Transactional
	public void withdraw(AccessSubject subject, UUID consentId, String note) {
		access.require(subject, ConsentAudit.CONSENT_WITHDRAWN, true, "consent " + consentId);
		int changed = jdbc.sql("""
				update consent set withdrawn_at = :now, withdrawn_by = :by, withdrawal_note = :note,
				                   version = version + 1
				where id = :id and family_id = :family and withdrawn_at is null
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("by", currentUserId())
			.param("note", (note == null || note.isBlank()) ? null : note.strip())
			.param("id", consentId)
			.param("family", subject.familyId())
			.update();
		if (changed == 0) {
			throw new NotWithdrawable(consentId);
		}
		events.publishEvent(new ConsentWithdrawn(subject.familyId(), consentId));
	}

	/**
	 * The family's consents, newest first; for those who may change the family, audited.
	 */
	@Transactional
	public List<Consent> forFamily(AccessSubject subject) {
		access.require(subject, ConsentAudit.CONSENT_VIEWED, true);
		return read(subject.familyId(), null);
	}

	/** One of the family's consents; for those who may change the family, audited. */
	@Transactional
	public Consent find(AccessSubject subject, UUID consentId) {
		access.require(subject, ConsentAudit.CONSENT_VIEWED, true, "consent " + consentId);
		return read(subject.familyId(), consentId).stream()
			.findFirst()
			.orElseThrow(() -> new NotFound("consent", consentId));
	}

	/**
	 * Consents whose review date is within {@code withinDays} days or has passed, not
	 * withdrawn and not given again since by the same person, for the open families the
	 * signed-in user may change; soonest first. Only the families a support worker keeps
	 * are read (their locality's, or for an organisation serving everywhere their own as
	 * key worker), never the whole country's consents.
	 */
	@Transactional(readOnly = true)
	public List<ReviewDue> reviewsDue(int withinDays) {
		var scope = access.supportScope();
		var me = currentUserId();
		if (me == null || (!scope.all() && scope.locality() == null)) {
			return List.of();
		}
		var kept = this.families.openFamiliesOf(scope.all() ? null : scope.locality(), me);
		if (kept.isEmpty()) {
			return List.of();
		}
		var today = LocalDate.now(clock);
		var due = jdbc.sql("""
				select c.id, c.family_id, c.review_on from consent c
				where c.family_id = any(:families)
				  and c.withdrawn_at is null and c.review_on is not null and c.review_on <= :until
				  and not exists (select 1 from consent n where n.family_id = c.family_id and n.giver_id = c.giver_id
				                  and n.recorded_at > c.recorded_at and n.withdrawn_at is null)
				order by c.review_on, c.id
				""")
			.param("families", kept.toArray(UUID[]::new))
			.param("until", today.plusDays(withinDays))
			.query((rs, n) -> new ReviewDue(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class), null,
					rs.getDate("review_on").toLocalDate()))
			.list();
		var families = due.stream().map(ReviewDue::familyId).distinct().toList();
		var decided = access.decideEach(this.families.subjects(families).values());
		var references = this.families.references(families);
		return due.stream()
			.filter(r -> decided.containsKey(r.familyId()) && decided.get(r.familyId()).access().mayChange())
			.map(r -> new ReviewDue(r.consentId(), r.familyId(), references.get(r.familyId()), r.reviewOn()))
			.toList();
	}

	private List<Consent> read(UUID familyId, UUID onlyConsent) {
		var kinds = new HashMap<UUID, Set<InformationKind>>();
		var organisations = new HashMap<UUID, List<UUID>>();
		var organisationNames = new HashMap<UUID, List<String>>();
		var types = new HashMap<UUID, List<OrganisationType>>();
		jdbc.sql("""
				select i.consent_id, i.kind from consent_information i join consent c on c.id = i.consent_id
				where c.family_id = :family
				""")
			.param("family", familyId)
			.query((RowCallbackHandler) rs -> kinds
				.computeIfAbsent(rs.getObject("consent_id", UUID.class), k -> EnumSet.noneOf(InformationKind.class))
				.add(InformationKind.ofCode(rs.getString("kind"))));
		jdbc.sql("""
				select r.consent_id, r.organisation_id, r.organisation_type, o.name
				from consent_recipient r join consent c on c.id = r.consent_id
				left join identity_organisation o on o.id = r.organisation_id
				where c.family_id = :family order by o.name nulls last, r.organisation_type
				""").param("family", familyId).query(rs -> {
			var consent = rs.getObject("consent_id", UUID.class);
			var organisation = rs.getObject("organisation_id", UUID.class);
			if (organisation != null) {
				organisations.computeIfAbsent(consent, k -> new ArrayList<>()).add(organisation);
				organisationNames.computeIfAbsent(consent, k -> new ArrayList<>()).add(rs.getString("name"));
			}
			else {
				types.computeIfAbsent(consent, k -> new ArrayList<>())
					.add(OrganisationType.valueOf(rs.getString("organisation_type")));
			}
		});
		return jdbc.sql("""
				select c.*, w.display_name as withdrawn_by_name, r.display_name as recorded_by_name
				from consent c
				left join identity_user w on w.id = c.withdrawn_by
				left join identity_user r on r.id = c.recorded_by
				where c.family_id = :family and (cast(:consent as uuid) is null or c.id = :consent)
				order by c.given_on desc, c.recorded_at desc
				""")
			.param("family", familyId)
			.param("consent", onlyConsent)
			.query((rs, n) -> consent(rs, kinds, organisations, organisationNames, types))
			.list();
	}

	private static Consent consent(ResultSet rs, Map<UUID, Set<InformationKind>> kinds,
			Map<UUID, List<UUID>> organisations, Map<UUID, List<String>> organisationNames,
			Map<UUID, List<OrganisationType>> types) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		var review = rs.getDate("review_on");
		var withdrawn = rs.getTimestamp("withdrawn_at");
		return new Consent(id, rs.getObject("family_id", UUID.class), rs.getObject("giver_id", UUID.class),
				ConsentMethod.ofCode(rs.getString("method")), rs.getString("witness"),
				rs.getDate("given_on").toLocalDate(), rs.getString("purpose"),
				(review != null) ? review.toLocalDate() : null,
				kinds.getOrDefault(id, EnumSet.noneOf(InformationKind.class)),
				List.copyOf(organisations.getOrDefault(id, List.of())),
				List.copyOf(organisationNames.getOrDefault(id, List.of())),
				List.copyOf(new LinkedHashSet<>(types.getOrDefault(id, List.of()))),
				(withdrawn != null) ? withdrawn.toInstant() : null, rs.getString("withdrawn_by_name"),
				rs.getString("withdrawal_note"), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("recorded_by_name"), rs.getLong("version"));
	}

	private UUID currentUserId() {
		return currentUser.find().map(SignedInUser::id).orElse(null);
	}

	/**
	 * What a new consent says. At least one kind and one recipient; a witness for verbal
	 * consent; the review date, if any, on or after the day it was given.
	 */
	public record NewConsent(UUID giverId, ConsentMethod method, String witness, LocalDate givenOn, String purpose,
			Set<InformationKind> kinds, Set<UUID> organisationIds, Set<OrganisationType> organisationTypes,
			LocalDate reviewOn) {

		public NewConsent {
			Objects.requireNonNull(giverId, "giverId");
			Objects.requireNonNull(method, "method");
			Objects.requireNonNull(givenOn, "givenOn");
			if (purpose == null || purpose.isBlank()) {
				throw new IllegalArgumentException("Consent needs a purpose");
			}
			if (kinds == null || kinds.isEmpty()) {
				throw new IllegalArgumentException("Consent needs at least one kind of information");
			}
			organisationIds = (organisationIds != null) ? Set.copyOf(organisationIds) : Set.of();
			organisationTypes = (organisationTypes != null) ? Set.copyOf(organisationTypes) : Set.of();
			if (organisationIds.isEmpty() && organisationTypes.isEmpty()) {
				throw new IllegalArgumentException("Consent needs at least one recipient");
			}
			if (method == ConsentMethod.VERBAL_WITNESSED && (witness == null || witness.isBlank())) {
				throw new IllegalArgumentException("Verbal consent needs a witness");
			}
			if (reviewOn != null && reviewOn.isBefore(givenOn)) {
				throw new IllegalArgumentException("The review date is before the date consent was given");
			}
		}

	}

	/**
	 * A consent whose review is due.
	 *
	 * @param reviewOn its review date, soon or passed
	 */
	public record ReviewDue(UUID consentId, UUID familyId, String familyReference, LocalDate reviewOn) {
	}

	/** The consent was withdrawn already, or belongs to another family. */
	public static class NotWithdrawable extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		NotWithdrawable(UUID consentId) {
			super("Consent " + consentId + " cannot be withdrawn: it is withdrawn already or not this family's");
		}

	}

}
