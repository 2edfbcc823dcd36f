package org.familymatters.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.family.PeopleForRequests;
import org.familymatters.family.PersonOnRecord;
import org.familymatters.identity.Role;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.privacy.CorrectableField;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.ErasureApproved;
import org.familymatters.shared.privacy.RectificationApproved;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data protection officer's decision on a request to correct (UK GDPR article 16) or
 * erase (article 17) a person's data, and its carrying out (ADR 0018).
 * <p>
 * A decision is to carry the request out or to refuse it, always with a reason; a
 * correction names the person's record, the field and the corrected value. An erasure of
 * a person whose family is held ({@link ErasureHolds}) cannot be carried out: the attempt
 * is refused and audited ({@link PrivacyAudit#PRIVACY_ERASURE_HELD}), and the officer
 * records the refusal with its reason. A decision is kept in
 * {@code privacy_request_decision}, moves the request to ANSWERED or REFUSED, is audited
 * (basis ROLE, {@code DATA_PROTECTION_OFFICER}), and, when carried out, publishes
 * {@link ErasureApproved} or {@link RectificationApproved} in the same transaction: each
 * module erases or corrects its own rows and says what it did, which
 * {@link RequestOutcomes} records.
 */
@Service
public class RequestDecisions {

	/** The kinds of request decided here. */
	public static final Set<String> KINDS = Set.of("RECTIFICATION", "ERASURE");

	private final JdbcClient jdbc;

	private final PeopleForRequests people;

	private final ErasureHolds holds;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final CurrentUser currentUser;

	private final Clock clock;

	RequestDecisions(JdbcClient jdbc, PeopleForRequests people, ErasureHolds holds, AuditTrail audit,
			ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.holds = holds;
		this.audit = audit;
		this.events = events;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * A request to correct or erase data with what the officer needs to decide it: the
	 * people confirmed to be the requester (read through the family module, audited
	 * there), the families held, the decision if made and what each module did. Not found
	 * (404) for no such request, or one to see data (answered elsewhere).
	 */
	@Transactional
	public ForDecision forDecision(UUID requestId) {
		var request = request(requestId).orElseThrow(() -> new NotFound("privacy request", requestId));
		var confirmed = people.confirmed(requestId, request.personIds());
		var held = holds.held(request.familyIds());
		var heldReferences = confirmed.stream()
			.filter(p -> held.contains(p.familyId()))
			.map(PersonOnRecord::familyReference)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (held.size() > heldReferences.size()) {
			heldReferences.add("a family no longer on record");
		}
		audit.record(AuditEntry.allowed(PrivacyAudit.PRIVACY_DECISION_VIEWED, "privacy_request", requestId, Basis.ROLE,
				Role.DATA_PROTECTION_OFFICER.name()));
		return new ForDecision(request, confirmed, List.copyOf(heldReferences), decision(requestId).orElse(null),
				outcomes(requestId));
	}

	/**
	 * Decides the request: {@link Result#HELD} (nothing saved but the audit of the
	 * refused attempt) when an erasure is to be carried out for a held family; otherwise
	 * the decision is kept, audited and, when carried out, published. A request decided
	 * or changed since {@code version} was shown is a {@link StaleSave}.
	 */
	@Transactional
	public Result decide(UUID requestId, long version, Decision decision) {
		var request = request(requestId).orElseThrow(() -> new NotFound("privacy request", requestId));
		if (request.version() != version || !"OPEN".equals(request.status()) || decision(requestId).isPresent()) {
			throw new StaleSave("privacy request", requestId);
		}
		boolean carryOut = decision.outcome() == Outcome.CARRY_OUT;
		if (carryOut && "ERASURE".equals(request.kind())) {
			var held = holds.held(request.familyIds());
			if (!held.isEmpty()) {
				audit.record(AuditEntry
					.refused(PrivacyAudit.PRIVACY_ERASURE_HELD, "privacy_request", requestId, Basis.SAFEGUARDING,
							"HOLD")
					.withDetail(
							"Safeguarding hold on " + held.size() + ((held.size() == 1) ? " family" : " families")));
				return Result.HELD;
			}
		}
		var correction = (carryOut && "RECTIFICATION".equals(request.kind())) ? decision.correction() : null;
		if (carryOut && "RECTIFICATION".equals(request.kind())
				&& (correction == null || !request.personIds().contains(correction.personId()))) {
			throw new IllegalArgumentException("A correction names one of the people confirmed for the request");
		}
		jdbc.sql("""
				insert into privacy_request_decision (request_id, outcome, reason, record_type, record_id, field,
				                                      corrected_value, decided_by, decided_at)
				values (:request, :outcome, :reason, :recordType, :recordId, :field, :value, :by, :at)
				""")
			.param("request", requestId)
			.param("outcome", decision.outcome().name())
			.param("reason", decision.reason())
			.param("recordType", (correction != null) ? "person" : null)
			.param("recordId", (correction != null) ? correction.personId() : null)
			.param("field", (correction != null) ? correction.field().code() : null)
			.param("value", (correction != null) ? correction.value() : null)
			.param("by", currentUser.get().id())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		int changed = jdbc.sql("""
				update privacy_request set status = :status, version = version + 1
				where id = :id and version = :version and status = 'OPEN'
				""")
			.param("status", carryOut ? "ANSWERED" : "REFUSED")
			.param("id", requestId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleSave("privacy request", requestId);
		}
		audit.record(AuditEntry
			.allowed(carryOut ? PrivacyAudit.PRIVACY_REQUEST_CARRIED_OUT : PrivacyAudit.PRIVACY_REQUEST_REFUSED,
					"privacy_request", requestId, Basis.ROLE, Role.DATA_PROTECTION_OFFICER.name())
			.withDetail(("ERASURE".equals(request.kind()) ? "Erasure" : "Rectification") + ((correction != null)
					? ": " + correction.field().label() + " of person " + correction.personId() : "")));
		if (carryOut) {
			var subject = request.subject();
			if ("ERASURE".equals(request.kind())) {
				events.publishEvent(new ErasureApproved(requestId, subject));
			}
			else {
				events.publishEvent(new RectificationApproved(requestId, subject, "person", correction.personId(),
						correction.field().code(), correction.value()));
			}
		}
		return Result.DECIDED;
	}

	/** A request to correct or erase data, with the people confirmed for it. */
	public Optional<Request> request(UUID requestId) {
		var found = jdbc.sql("""
				select id, kind, full_name, other_names, date_of_birth, postcode, email, phone, identity_check, details,
				       received_on, due_on, status, version
				from privacy_request where id = :id and kind in ('RECTIFICATION', 'ERASURE')
				""")
			.param("id", requestId)
			.query((rs, n) -> new Request(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("full_name"), rs.getString("other_names"),
					rs.getObject("date_of_birth", LocalDate.class), rs.getString("postcode"), rs.getString("email"),
					rs.getString("phone"), rs.getString("identity_check"), rs.getString("details"),
					rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
					rs.getString("status"), rs.getLong("version"), Map.of()))
			.optional();
		if (found.isEmpty()) {
			return found;
		}
		var confirmed = jdbc.sql("select person_id, family_id from privacy_request_person where request_id = :id")
			.param("id", requestId)
			.query((rs, n) -> Map.entry(rs.getObject("person_id", UUID.class), rs.getObject("family_id", UUID.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return found.map(r -> r.withPeople(confirmed));
	}

	/** The decision on a request, if made. */
	public Optional<Decided> decision(UUID requestId) {
		return jdbc.sql("""
				select d.outcome, d.reason, d.field, d.record_id, d.corrected_value, d.decided_at, u.display_name
				from privacy_request_decision d left join identity_user u on u.id = d.decided_by
				where d.request_id = :id
				""")
			.param("id", requestId)
			.query((rs, n) -> new Decided(Outcome.valueOf(rs.getString("outcome")), rs.getString("reason"),
					CorrectableField.ofCode(rs.getString("field")).orElse(null), rs.getObject("record_id", UUID.class),
					rs.getString("corrected_value"), rs.getTimestamp("decided_at").toInstant(),
					rs.getString("display_name")))
			.optional();
	}

	/** What each module reported doing for the request, by module. */
	public List<ModuleOutcome> outcomes(UUID requestId) {
		return jdbc.sql("""
				select module, kind, description, recorded_at from privacy_request_outcome
				where request_id = :id order by module
				""")
			.param("id", requestId)
			.query((rs, n) -> new ModuleOutcome(rs.getString("module"), rs.getString("kind"),
					rs.getString("description"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/**
	 * The requests to correct or erase data still waiting for a decision, the soonest due
	 * first, at most {@code limit}.
	 */
	public List<Waiting> waiting(int limit) {
		return jdbc.sql("""
				select r.id, r.kind, r.full_name, r.due_on from privacy_request r
				where r.kind in ('RECTIFICATION', 'ERASURE') and r.status = 'OPEN'
				  and not exists (select 1 from privacy_request_decision d where d.request_id = r.id)
				order by r.due_on, r.recorded_at limit :limit
				""")
			.param("limit", limit)
			.query((rs, n) -> new Waiting(rs.getObject("id", UUID.class), "ERASURE".equals(rs.getString("kind")),
					rs.getString("full_name"), rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	/** How many requests to correct or erase data wait for a decision. */
	public long waitingCount() {
		return jdbc.sql("""
				select count(*) from privacy_request r
				where r.kind in ('RECTIFICATION', 'ERASURE') and r.status = 'OPEN'
				  and not exists (select 1 from privacy_request_decision d where d.request_id = r.id)
				""").query(Long.class).single();
	}

	/** What one module did for a request. */
	public record ModuleOutcome(String module, String kind, String description, Instant recordedAt) {

		/** The module's name in words, for the request's page and the package. */
		public String moduleLabel() {
			return switch (module) {
				case "family" -> "Family records";
				case "referral" -> "Referrals";
				case "courtdesk" -> "Court desk contacts";
				case "training" -> "Training bookings";
				case "consent" -> "Consent and sharing";
				case "plan" -> "Support plans";
				case "network" -> "Multi-agency networks";
				default -> module;
			};
		}

	}

	/** A request waiting for a decision. */
	public record Waiting(UUID id, boolean erasure, String fullName, LocalDate dueOn) {
	}

	/** What the officer decided. */
	public enum Outcome {

		CARRY_OUT("Carry it out"), REFUSE("Refuse it");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public static Optional<Outcome> of(String name) {
			return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
		}

	}

	/** Whether a decision was kept, or refused for a hold. */
	public enum Result {

		DECIDED, HELD

	}

	/**
	 * A decision: carry out or refuse, the reason, and for a rectification carried out
	 * the correction.
	 */
	public record Decision(Outcome outcome, String reason, Correction correction) {
	}

	/**
	 * A correction of one field of a person's record (or their household's address); the
	 * value as the family forms take it (a date as yyyy-mm-dd), null to clear it.
	 */
	public record Correction(UUID personId, CorrectableField field, String value) {
	}

	/** A decision made. */
	public record Decided(Outcome outcome, String reason, CorrectableField field, UUID personId, String value,
			Instant decidedAt, String decidedBy) {
	}

	/**
	 * A request as this page needs it; {@code people} maps each person to their family.
	 */
	public record Request(UUID id, String kind, String fullName, String otherNames, LocalDate dateOfBirth,
			String postcode, String email, String phone, String identityCheck, String details, LocalDate receivedOn,
			LocalDate dueOn, String status, long version, Map<UUID, UUID> people) {

		Request withPeople(Map<UUID, UUID> confirmed) {
			return new Request(id, kind, fullName, otherNames, dateOfBirth, postcode, email, phone, identityCheck,
					details, receivedOn, dueOn, status, version, Map.copyOf(confirmed));
		}

		public Set<UUID> personIds() {
			return people.keySet();
		}

		public Set<UUID> familyIds() {
			return Set.copyOf(people.values());
		}

		public boolean erasure() {
			return "ERASURE".equals(kind);
		}

		public boolean open() {
			return "OPEN".equals(status);
		}

		/** The person, as the modules find them. */
		public DataSubject subject() {
			var others = (otherNames == null || otherNames.isBlank()) ? Set.<String>of()
					: Arrays.stream(otherNames.split("[,;\\n]"))
						.map(String::strip)
						.filter(s -> !s.isEmpty())
						.collect(Collectors.toSet());
			return new DataSubject(id, fullName, others, dateOfBirth, postcode, email, phone, personIds(), familyIds());
		}

	}

	/** A request and what the officer needs to decide it. */
	public record ForDecision(Request request, List<PersonOnRecord> people, List<String> heldFamilies, Decided decision,
			List<ModuleOutcome> outcomes) {

		public boolean held() {
			return !heldFamilies.isEmpty();
		}

	}

}
