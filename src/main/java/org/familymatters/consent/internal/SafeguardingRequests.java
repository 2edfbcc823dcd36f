package org.familymatters.consent.internal;

import java.io.Serial;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.identity.Role;
import org.familymatters.shared.limits.PerUserLimit;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing without consent: a practitioner (an agency practitioner or a support worker)
 * asks, giving the reason and the organisations the sharing would cover; a designated
 * safeguarding lead approves it until an end date, or refuses it, giving the reason
 * either way. An approval is what the access decision counts as a SAFEGUARDING basis,
 * until its end date. Every step is audited on the family, including what the lead was
 * shown to decide.
 */
@Service
public class SafeguardingRequests {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final AccessDecision access;

	private final FamilyFacts families;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final PerUserLimit lookups;

	SafeguardingRequests(JdbcClient jdbc, AuditTrail audit, AccessDecision access, FamilyFacts families,
			CurrentUser currentUser, Clock clock,
			@Value("${familymatters.safeguarding.reference-lookups.requests:20}") int lookups,
			@Value("${familymatters.safeguarding.reference-lookups.per:PT1H}") Duration per) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.access = access;
		this.families = families;
		this.currentUser = currentUser;
		this.clock = clock;
		this.lookups = new PerUserLimit(lookups, per);
	}

	/**
	 * Asks to share a family's information without consent. The asker needs no access to
	 * the family: an agency practitioner who knows its reference may ask.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('AGENCY_PRACTITIONER', 'SUPPORT_WORKER')")
	public UUID request(UUID familyId, String reason, Set<UUID> organisationIds) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A safeguarding request needs a reason");
		}
		if (organisationIds == null || organisationIds.isEmpty()) {
			throw new IllegalArgumentException("A safeguarding request names at least one organisation");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into safeguarding_request (id, family_id, requested_by, requested_at, reason, organisation_ids)
				values (:id, :family, :by, :at, :reason, cast(string_to_array(:organisations, ',') as uuid[]))
				""")
			.param("id", id)
			.param("family", familyId)
			.param("by", currentUserId())
			.param("at", Timestamp.from(clock.instant()))
			.param("reason", reason.strip())
			.param("organisations",
					organisationIds.stream().map(UUID::toString).sorted().collect(Collectors.joining(",")))
			.update();
		audit.record(AuditEntry.allowed(ConsentAudit.SAFEGUARDING_REQUESTED, "family", familyId, Basis.ROLE, role())
			.withDetail("safeguarding request " + id + " naming " + organisationIds.size() + " organisation"
					+ ((organisationIds.size() != 1) ? "s" : "")));
		return id;
	}

	/**
	 * The family a practitioner names by its reference, for a request; nothing else about
	 * it is shown to them. References are sequential, so every lookup is audited, found
	 * ({@code family}, its id) or not ({@code family_reference}, what was typed), and
	 * each user may look up only so many
	 * ({@code familymatters.safeguarding.reference-lookups.*}); beyond that the lookup is
	 * refused, audited, and says how long to wait.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('AGENCY_PRACTITIONER', 'SUPPORT_WORKER')")
	public Lookup familyWithReference(String reference) {
		if (reference == null || reference.isBlank()) {
			return Lookup.NONE;
		}
		var typed = reference.strip().toUpperCase(Locale.ROOT);
		var wait = currentUser.find().flatMap(user -> lookups.take(user.id()));
		if (wait.isPresent()) {
			audit.record(AuditEntry
				.refused(ConsentAudit.FAMILY_REFERENCE_LOOKED_UP, "family_reference", typed, Basis.ROLE, role())
				.withDetail(
						"more than " + lookups.requests() + " lookups in " + lookups.per().toMinutes() + " minutes"));
			return new Lookup(null, wait.get(), lookups.requests(), lookups.per());
		}
		var found = families.familyWithReference(typed);
		audit.record(found
			.map(id -> AuditEntry.allowed(ConsentAudit.FAMILY_REFERENCE_LOOKED_UP, "family", id, Basis.ROLE, role())
				.withDetail("looked up by its reference to ask to share without consent"))
			.orElseGet(() -> AuditEntry
				.allowed(ConsentAudit.FAMILY_REFERENCE_LOOKED_UP, "family_reference", typed, Basis.ROLE, role())
				.withDetail("no family with that reference")));
		return new Lookup(found.orElse(null), null, lookups.requests(), lookups.per());
	}

	/**
	 * Requests waiting for a decision, oldest first. The list shows each family's
	 * reference, so each family listed is audited as seen.
	 */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public List<SafeguardingRequest> pending() {
		var pending = select("where r.status = 'pending' order by r.requested_at, r.id", null, null);
		for (var request : pending) {
			audit.record(AuditEntry
				.allowed(ConsentAudit.SAFEGUARDING_REQUEST_LISTED, "family", request.familyId(), Basis.ROLE, role())
				.withDetail("safeguarding request " + request.id() + ": listed with the family reference "
						+ request.familyReference() + ", who asked and the organisations named"));
		}
		return pending;
	}

	/**
	 * One request as a lead sees it to decide: the family's reference, the reason, the
	 * organisations named and who asked. What they were shown is audited.
	 */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public Optional<SafeguardingRequest> forDecision(UUID id) {
		var found = select("where r.id = :id", id, null).stream().findFirst();
		found.ifPresent(request -> audit.record(AuditEntry
			.allowed(ConsentAudit.SAFEGUARDING_REQUEST_VIEWED, "family", request.familyId(), Basis.ROLE, role())
			.withDetail("safeguarding request " + id + ": shown the family reference " + request.familyReference()
					+ ", the request's reason, the " + request.organisationIds().size()
					+ " organisation(s) named and who asked")));
		return found;
	}

	/**
	 * A family's requests, newest first, for those who may change the family; audited.
	 */
	@Transactional
	public List<SafeguardingRequest> forFamily(AccessSubject subject) {
		access.require(subject, ConsentAudit.SAFEGUARDING_REQUESTS_VIEWED, true);
		return select("where r.family_id = :family order by r.requested_at desc, r.id", null, subject.familyId());
	}

	/**
	 * Approves sharing until {@code endsOn} (not in the past) for the organisations
	 * named.
	 */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public void approve(UUID id, String reason, LocalDate endsOn) {
		if (endsOn == null || endsOn.isBefore(LocalDate.now(clock))) {
			throw new IllegalArgumentException("An approval needs an end date that is not in the past");
		}
		decide(id, "approved", reason, endsOn, ConsentAudit.SAFEGUARDING_APPROVED);
	}

	/** Refuses to share without consent; the reason is kept. */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public void refuse(UUID id, String reason) {
		decide(id, "refused", reason, null, ConsentAudit.SAFEGUARDING_REFUSED);
	}

	private void decide(UUID id, String status, String reason, LocalDate endsOn, AuditAction action) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A decision needs a reason");
		}
		var request = select("where r.id = :id", id, null).stream()
			.findFirst()
			.orElseThrow(() -> new NotDecidable("No such request"));
		var me = currentUserId();
		if (me != null && me.equals(request.requestedBy())) {
			audit.record(AuditEntry.refused(action, "family", request.familyId(), Basis.ROLE, role())
				.withDetail("safeguarding request " + id + ": a lead may not decide their own request"));
			throw new AccessDeniedException("A lead may not decide their own request");
		}
		int changed = jdbc.sql("""
				update safeguarding_request
				set status = :status, decided_by = :by, decided_at = :at, decision_reason = :reason,
				    ends_on = :endsOn, version = version + 1
				where id = :id and status = 'pending'
				""")
			.param("status", status)
			.param("by", me)
			.param("at", Timestamp.from(clock.instant()))
			.param("reason", reason.strip())
			.param("endsOn", endsOn)
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new NotDecidable("This request has been decided already");
		}
		audit.record(AuditEntry.allowed(action, "family", request.familyId(), Basis.ROLE, role())
			.withDetail("safeguarding request " + id + ((endsOn != null) ? " until " + endsOn : "")
					+ "; decided on the family reference " + request.familyReference() + " and the request's reason"));
	}

	private List<SafeguardingRequest> select(String where, UUID id, UUID familyId) {
		var found = jdbc.sql("""
				select r.*, a.display_name as requested_by_name, d.display_name as decided_by_name,
				       array(select o.name from identity_organisation o where o.id = any(r.organisation_ids)
				             order by o.name) as organisation_names
				from safeguarding_request r
				left join identity_user a on a.id = r.requested_by
				left join identity_user d on d.id = r.decided_by
				""" + where).param("id", id).param("family", familyId).query(SafeguardingRequests::request).list();
		var references = families.references(found.stream().map(SafeguardingRequest::familyId).distinct().toList());
		// A request whose family is no longer on record is not shown.
		return found.stream()
			.filter(request -> references.containsKey(request.familyId()))
			.map(request -> request.about(references.get(request.familyId())))
			.toList();
	}

	private static SafeguardingRequest request(ResultSet rs, int row) throws SQLException {
		var organisations = Arrays.stream((Object[]) rs.getArray("organisation_ids").getArray())
			.map(o -> (o instanceof UUID u) ? u : UUID.fromString(o.toString()))
			.toList();
		var names = Arrays.stream((Object[]) rs.getArray("organisation_names").getArray())
			.map(String::valueOf)
			.toList();
		var decidedAt = rs.getTimestamp("decided_at");
		var endsOn = rs.getDate("ends_on");
		return new SafeguardingRequest(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class), null,
				rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name"),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("reason"), organisations, names,
				rs.getString("status"), rs.getString("decided_by_name"),
				(decidedAt != null) ? decidedAt.toInstant() : null, rs.getString("decision_reason"),
				(endsOn != null) ? endsOn.toLocalDate() : null, rs.getLong("version"));
	}

	private UUID currentUserId() {
		return currentUser.find().map(SignedInUser::id).orElse(null);
	}

	/** The role that allows what the user does here, for the audit's basis. */
	private String role() {
		if (currentUser.find().isEmpty()) {
			return CurrentUser.ANONYMOUS;
		}
		return currentUser.roles(Role.class)
			.stream()
			.filter(r -> r == Role.SAFEGUARDING_LEAD || r == Role.AGENCY_PRACTITIONER || r == Role.SUPPORT_WORKER)
			.map(Role::name)
			.sorted()
			.collect(Collectors.joining(","));
	}

	/**
	 * What a lookup of a family by its reference found.
	 *
	 * @param family the family; null when none has the reference, or the lookup was
	 * refused
	 * @param retryAfter how long until the user may look up another; null when the lookup
	 * was made
	 * @param limit how many lookups a user may make …
	 * @param per … in this period
	 */
	public record Lookup(UUID family, Duration retryAfter, int limit, Duration per) {

		static final Lookup NONE = of(null);

		/** A lookup that found the family, or none when {@code family} is null. */
		public static Lookup of(UUID family) {
			return new Lookup(family, null, 0, Duration.ZERO);
		}

		public boolean limited() {
			return retryAfter != null;
		}

	}

	/**
	 * The request cannot be decided: decided already, or it is the lead's own request.
	 */
	public static class NotDecidable extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		NotDecidable(String message) {
			super(message);
		}

	}

}
