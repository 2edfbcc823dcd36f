package org.familymatters.consent.internal;

import java.io.Serial;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.familymatters.consent.InformationKind;
import org.familymatters.consent.internal.access.AccessFactLoader;
import org.familymatters.identity.Role;
import org.familymatters.shared.limits.PerUserLimit;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.Page;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sharing without consent: a practitioner (an agency practitioner or a support worker)
 * asks, giving the reason and the organisations the sharing would cover, and gets a
 * reference to follow the request by; a designated safeguarding lead of the family's
 * localities approves it until an end date (at most
 * {@code familymatters.safeguarding.longest-approval} away, 12 months unless set), or
 * refuses it, giving the reason either way, and may end an approval early. An approval is
 * what the access decision counts as a SAFEGUARDING basis, until its end date. Every step
 * is audited on the family, including what the lead was shown to decide; a refusal is
 * kept although the step is not done.
 * <p>
 * A lead's localities are those of their organisation's county (Oxfordshire's children's
 * social care decides for Banbury, Bicester and Oxford), or every locality for an
 * organisation that works across the Thames Valley (one with no locality).
 */
@Service
public class SafeguardingRequests {

	private static final String SELECT = """
			select r.*, a.display_name as requested_by_name, a.email as requested_by_email,
			       ao.name as requested_by_organisation, d.display_name as decided_by_name,
			       e.display_name as ended_by_name,
			       array(select o.name from identity_organisation o where o.id = any(r.organisation_ids)
			             order by o.name) as organisation_names
			from safeguarding_request r
			left join identity_user a on a.id = r.requested_by
			left join identity_organisation ao on ao.id = a.organisation_id
			left join identity_user d on d.id = r.decided_by
			left join identity_user e on e.id = r.ended_by
			""";

	/** Where a lead's scope lets them see a request. */
	private static final String IN_SCOPE = "(:all or r.locality_id in "
			+ "(select l.id from identity_locality l where l.county = cast(:county as text)))";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final AccessDecision access;

	private final AccessFactLoader facts;

	private final FamilyFacts families;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final PerUserLimit lookups;

	private final Period longestApproval;

	private final TransactionTemplate separately;

	SafeguardingRequests(JdbcClient jdbc, AuditTrail audit, AccessDecision access, AccessFactLoader facts,
			FamilyFacts families, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions,
			@Value("${familymatters.safeguarding.reference-lookups.requests:20}") int lookups,
			@Value("${familymatters.safeguarding.reference-lookups.per:PT1H}") Duration per,
			@Value("${familymatters.safeguarding.longest-approval:P12M}") Period longestApproval) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.access = access;
		this.facts = facts;
		this.families = families;
		this.currentUser = currentUser;
		this.clock = clock;
		this.lookups = new PerUserLimit(lookups, per);
		this.longestApproval = longestApproval;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Asks to share a family's information without consent. The asker needs no access to
	 * the family: an agency practitioner who knows its reference may ask. The request
	 * keeps the family's locality, whose leads decide it.
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
		var locality = families.family(familyId)
			.map(FamilyFacts.Family::localityId)
			.orElseThrow(() -> new IllegalArgumentException("No such family"));
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into safeguarding_request (id, family_id, locality_id, requested_by, requested_at, reason,
				                                  organisation_ids)
				values (:id, :family, :locality, :by, :at, :reason,
				        cast(string_to_array(:organisations, ',') as uuid[]))
				""")
			.param("id", id)
			.param("family", familyId)
			.param("locality", locality)
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

	/** The reference of a request the signed-in user made; empty for anyone else's. */
	@Transactional(readOnly = true)
	public Optional<String> referenceOfMine(UUID id) {
		return jdbc.sql("select reference from safeguarding_request where id = :id and requested_by = :me")
			.param("id", id)
			.param("me", currentUserId())
			.query(String.class)
			.optional();
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
	 * The localities whose requests the signed-in lead decides: their organisation's
	 * county's, or every locality for an organisation with none; none for someone with no
	 * organisation on record.
	 */
	@Transactional(readOnly = true)
	public LeadScope leadScope() {
		var organisation = facts.viewer().organisation();
		if (organisation == null) {
			return LeadScope.NONE;
		}
		if (organisation.localityId() == null) {
			return new LeadScope(true, null, localities(null));
		}
		var county = jdbc.sql("select county from identity_locality where id = :id")
			.param("id", organisation.localityId())
			.query(String.class)
			.optional()
			.orElse(null);
		return (county != null) ? new LeadScope(false, county, localities(county)) : LeadScope.NONE;
	}

	private Map<UUID, String> localities(String county) {
		var localities = new LinkedHashMap<UUID, String>();
		jdbc.sql("""
				select id, name from identity_locality where cast(:county as text) is null or county = :county
				order by name
				""")
			.param("county", county)
			.query((rs, n) -> localities.put(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
		return localities;
	}

	/**
	 * Requests of the lead's localities, as chosen: waiting for a decision (oldest first,
	 * the default), approved and in force, ended, refused, or all (most recently decided
	 * first); in one locality of theirs or all of them. Each request on the page is
	 * audited as its family seen: the family's reference, and the names of its people
	 * where the access decision lets the lead see them (with that basis).
	 */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public Page<Listed> queue(QueueFilter filter, int page, int size) {
		var scope = leadScope();
		if (scope.none() || (filter.locality() != null && !scope.covers(filter.locality()))) {
			return new Page<>(List.of(), Math.max(1, page), size, 0);
		}
		var today = LocalDate.now(clock);
		var where = new ArrayList<String>();
		where.add(IN_SCOPE);
		where.add(filter.show().condition);
		if (filter.locality() != null) {
			where.add("r.locality_id = :locality");
		}
		var condition = " where " + String.join(" and ", where);
		Map<String, Object> params = new HashMap<>();
		params.put("all", scope.all());
		params.put("county", scope.county());
		params.put("today", today);
		params.put("locality", filter.locality());
		long total = jdbc.sql("select count(*) from safeguarding_request r" + condition)
			.params(params)
			.query(Long.class)
			.single();
		int number = Math.max(1, page);
		if ((long) (number - 1) * size >= total) {
			return new Page<>(List.of(), number, size, total);
		}
		var found = select(condition + " order by " + filter.show().order + " limit :limit offset :offset", params,
				Map.of("limit", size, "offset", (long) (number - 1) * size));
		var listed = found.stream().map(request -> listed(request, today)).toList();
		return new Page<>(listed, number, size, total);
	}

	/** A request as a lead's list shows it, audited as its family seen. */
	private Listed listed(SafeguardingRequest request, LocalDate today) {
		var decided = families.subject(request.familyId()).map(subject -> access.decide(subject, today));
		String names = null;
		if (decided.isPresent() && decided.get().allowed()) {
			var seen = decided.get();
			names = families.people(request.familyId())
				.stream()
				.filter(person -> seen.seesPerson(person.id()))
				.map(FamilyFacts.Member::name)
				.collect(Collectors.joining(", "));
		}
		boolean named = names != null && !names.isEmpty();
		var entry = named
				? AuditEntry.allowed(ConsentAudit.SAFEGUARDING_REQUEST_LISTED, "family", request.familyId(),
						decided.get().basis(), decided.get().reference())
				: AuditEntry.allowed(ConsentAudit.SAFEGUARDING_REQUEST_LISTED, "family", request.familyId(), Basis.ROLE,
						role());
		audit.record(entry.withDetail("safeguarding request " + request.id() + ": listed with the family reference "
				+ request.familyReference() + ", who asked and the organisations named"
				+ (named ? ", and the names its access allows" : "")));
		long days = request.pending()
				? ChronoUnit.DAYS.between(request.requestedAt().atZone(clock.getZone()).toLocalDate(), today) : 0;
		return new Listed(request, named ? names : null, days);
	}

	/**
	 * One request as a lead of its family's localities sees it to decide: the family's
	 * reference, the reason, the organisations named, who asked (with their organisation
	 * and e-mail address), and the family's consents. What they were shown is audited; a
	 * lead of other localities is refused (403), and that is audited too.
	 */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public Optional<ForDecision> forDecision(UUID id) {
		var found = find(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var request = found.get();
		requireInScope(request, ConsentAudit.SAFEGUARDING_REQUEST_VIEWED);
		var consents = consentsOf(request.familyId());
		audit.record(AuditEntry
			.allowed(ConsentAudit.SAFEGUARDING_REQUEST_VIEWED, "family", request.familyId(), Basis.ROLE, role())
			.withDetail("safeguarding request " + id + ": shown the family reference " + request.familyReference()
					+ ", the request's reason, the " + request.organisationIds().size()
					+ " organisation(s) named, who asked, and the family's " + consents.size() + " consent(s)"));
		return Optional.of(new ForDecision(request, consents));
	}

	/** The latest end date an approval decided today may have. */
	public LocalDate latestEnd() {
		return LocalDate.now(clock).plus(longestApproval);
	}

	/**
	 * Approves sharing until {@code endsOn} (not in the past, and at most the longest
	 * approval away) for the organisations named.
	 */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public void approve(UUID id, String reason, LocalDate endsOn) {
		if (endsOn == null || endsOn.isBefore(LocalDate.now(clock)) || endsOn.isAfter(latestEnd())) {
			throw new IllegalArgumentException(
					"An approval needs an end date that is not in the past and no further away than "
							+ longestApproval);
		}
		decide(id, "approved", reason, endsOn, ConsentAudit.SAFEGUARDING_APPROVED);
	}

	/** Refuses to share without consent; the reason is kept. */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public void refuse(UUID id, String reason) {
		decide(id, "refused", reason, null, ConsentAudit.SAFEGUARDING_REFUSED);
	}

	/**
	 * Ends an approval now, before its end date: from this moment nothing more is shared
	 * on it. A lead of the family's localities may end any approval there, their own
	 * included.
	 */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public void end(UUID id) {
		var request = find(id).orElseThrow(() -> new NotDecidable("No such request"));
		requireInScope(request, ConsentAudit.SAFEGUARDING_APPROVAL_ENDED);
		var today = LocalDate.now(clock);
		int changed = jdbc.sql("""
				update safeguarding_request set ended_at = :at, ended_by = :by, version = version + 1
				where id = :id and status = 'approved' and ended_at is null and ends_on >= :today
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("by", currentUserId())
			.param("id", id)
			.param("today", today)
			.update();
		if (changed == 0) {
			throw new NotDecidable("This approval has ended already");
		}
		audit.record(AuditEntry
			.allowed(ConsentAudit.SAFEGUARDING_APPROVAL_ENDED, "family", request.familyId(), Basis.ROLE, role())
			.withDetail("safeguarding request " + id + " ended before its end date " + request.endsOn()));
	}

	/**
	 * Approvals of the lead's localities in force today that end within {@code days}
	 * days, soonest first; each audited as its family seen.
	 */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public List<SafeguardingRequest> endingWithin(int days) {
		var scope = leadScope();
		if (scope.none()) {
			return List.of();
		}
		var today = LocalDate.now(clock);
		var ending = select(" where " + IN_SCOPE + """
				 and r.status = 'approved' and r.ended_at is null and r.ends_on between :today and :until
				order by r.ends_on, r.reference
				""", Map.of("all", scope.all(), "today", today, "until", today.plusDays(days)),
				Map.of("county", (scope.county() != null) ? scope.county() : ""));
		for (var request : ending) {
			audit.record(AuditEntry
				.allowed(ConsentAudit.SAFEGUARDING_REQUEST_LISTED, "family", request.familyId(), Basis.ROLE, role())
				.withDetail("safeguarding request " + request.id() + ": listed with the family reference "
						+ request.familyReference() + " as an approval ending on " + request.endsOn()));
		}
		return ending;
	}

	/**
	 * The signed-in user's own requests, newest first: the reference to follow each by,
	 * the family's reference they gave, and where it stands. Shows nothing of the family.
	 */
	@Transactional(readOnly = true)
	public Page<SafeguardingRequest> mine(int page, int size) {
		var me = currentUserId();
		long total = jdbc.sql("select count(*) from safeguarding_request where requested_by = :me")
			.param("me", me)
			.query(Long.class)
			.single();
		int number = Math.max(1, page);
		if ((long) (number - 1) * size >= total) {
			return new Page<>(List.of(), number, size, total);
		}
		var found = select(" where r.requested_by = :me order by r.requested_at desc, r.id limit :limit offset :offset",
				Map.of("me", me), Map.of("limit", size, "offset", (long) (number - 1) * size));
		return new Page<>(found, number, size, total);
	}

	/**
	 * A family's requests, newest first, for those who may change the family; audited.
	 */
	@Transactional
	public List<SafeguardingRequest> forFamily(AccessSubject subject) {
		access.require(subject, ConsentAudit.SAFEGUARDING_REQUESTS_VIEWED, true);
		return select(" where r.family_id = :family order by r.requested_at desc, r.id",
				Map.of("family", subject.familyId()), Map.of());
	}

	/**
	 * Fills in the locality of requests asked before requests kept it, from the family
	 * module; returns how many.
	 */
	@Transactional
	public int fillInLocalities() {
		var missing = jdbc.sql("select id, family_id from safeguarding_request where locality_id is null")
			.query((rs, n) -> new UUID[] { rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class) })
			.list();
		int filled = 0;
		for (var request : missing) {
			var locality = families.family(request[1]).map(FamilyFacts.Family::localityId);
			if (locality.isPresent()) {
				filled += jdbc.sql("update safeguarding_request set locality_id = :locality where id = :id")
					.param("locality", locality.get())
					.param("id", request[0])
					.update();
			}
		}
		return filled;
	}

	private void decide(UUID id, String status, String reason, LocalDate endsOn, AuditAction action) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A decision needs a reason");
		}
		var request = find(id).orElseThrow(() -> new NotDecidable("No such request"));
		requireInScope(request, action);
		var me = currentUserId();
		if (me != null && me.equals(request.requestedBy())) {
			refuse(AuditEntry.refused(action, "family", request.familyId(), Basis.ROLE, role())
				.withDetail("safeguarding request " + id + ": a lead may not decide their own request"),
					"A lead may not decide their own request");
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

	/**
	 * Refuses (403), and audits, a lead of other localities than the request's family's.
	 */
	private void requireInScope(SafeguardingRequest request, AuditAction action) {
		if (!leadScope().covers(request.localityId())) {
			refuse(AuditEntry.refused(action, "family", request.familyId(), Basis.ROLE, "OTHER_LOCALITY")
				.withDetail("safeguarding request " + request.id() + ": the family is not in the lead's localities"),
					"A lead decides only the requests of their own localities");
		}
	}

	/**
	 * Records the refusal in a transaction of its own, so that it is kept, and refuses.
	 */
	private void refuse(AuditEntry entry, String why) {
		separately.executeWithoutResult(status -> audit.record(entry));
		throw new AccessDeniedException(why);
	}

	private Optional<SafeguardingRequest> find(UUID id) {
		return select(" where r.id = :id", Map.of("id", id), Map.of()).stream().findFirst();
	}

	/** The family's consents, newest first, as a lead is shown them (no names). */
	private List<ConsentShown> consentsOf(UUID familyId) {
		return jdbc.sql("""
				select c.id, c.given_on, c.review_on, c.withdrawn_at,
				       array(select i.kind from consent_information i where i.consent_id = c.id) as kinds,
				       array(select coalesce(o.name, r.organisation_type) from consent_recipient r
				             left join identity_organisation o on o.id = r.organisation_id
				             where r.consent_id = c.id order by 1) as recipients
				from consent c where c.family_id = :family order by c.given_on desc, c.recorded_at desc
				""").param("family", familyId).query((rs, n) -> {
			var review = rs.getDate("review_on");
			var withdrawn = rs.getTimestamp("withdrawn_at");
			return new ConsentShown(rs.getObject("id", UUID.class), rs.getDate("given_on").toLocalDate(),
					(review != null) ? review.toLocalDate() : null, (withdrawn != null) ? withdrawn.toInstant() : null,
					Arrays.stream((Object[]) rs.getArray("kinds").getArray())
						.map(k -> InformationKind.ofCode(k.toString()))
						.sorted()
						.toList(),
					Arrays.stream((Object[]) rs.getArray("recipients").getArray()).map(String::valueOf).toList());
		}).list();
	}

	private List<SafeguardingRequest> select(String where, Map<String, Object> params, Map<String, Object> more) {
		var all = new HashMap<String, Object>(params);
		all.putAll(more);
		var found = jdbc.sql(SELECT + where).params(all).query(SafeguardingRequests::request).list();
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
		var endedAt = rs.getTimestamp("ended_at");
		return new SafeguardingRequest(rs.getObject("id", UUID.class), rs.getString("reference"),
				rs.getObject("family_id", UUID.class), null, rs.getObject("locality_id", UUID.class),
				rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name"),
				rs.getString("requested_by_email"), rs.getString("requested_by_organisation"),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("reason"), organisations, names,
				rs.getString("status"), rs.getString("decided_by_name"),
				(decidedAt != null) ? decidedAt.toInstant() : null, rs.getString("decision_reason"),
				(endsOn != null) ? endsOn.toLocalDate() : null, (endedAt != null) ? endedAt.toInstant() : null,
				rs.getString("ended_by_name"), rs.getLong("version"));
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
	 * What a lead's list shows.
	 *
	 * @param show which requests
	 * @param locality one locality of the lead's; null for all of them
	 */
	public record QueueFilter(Show show, UUID locality) {
	}

	/** Which requests a lead's list shows. */
	public enum Show {

		/** Waiting for a decision, oldest first. */
		WAITING("Waiting for a decision", "r.status = 'pending'", "r.requested_at, r.id"),
		/** Approved and in force today. */
		APPROVED("Approved", "r.status = 'approved' and r.ended_at is null and r.ends_on >= :today",
				"r.decided_at desc, r.id"),
		/** Approved, and ended (by a lead, or at their end date). */
		ENDED("Ended", "r.status = 'approved' and (r.ended_at is not null or r.ends_on < :today)",
				"coalesce(r.ended_at, r.decided_at) desc, r.id"),
		/** Refused. */
		REFUSED("Refused", "r.status = 'refused'", "r.decided_at desc, r.id"),
		/** Every request. */
		ALL("All requests", "true", "r.requested_at desc, r.id");

		private final String label;

		private final String condition;

		private final String order;

		Show(String label, String condition, String order) {
			this.label = label;
			this.condition = condition;
			this.order = order;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * A request in a lead's list.
	 *
	 * @param names the names of the family's people the lead may see (by consent or an
	 * approval); null when they may see none
	 * @param daysWaiting how many days it has waited for a decision (0 once decided)
	 */
	public record Listed(SafeguardingRequest request, String names, long daysWaiting) {
	}

	/** What a lead is shown to decide: the request and the family's consents. */
	public record ForDecision(SafeguardingRequest request, List<ConsentShown> consents) {

		/** The consents that count today. */
		public List<ConsentShown> current(LocalDate today) {
			return consents.stream().filter(c -> c.givenToday(today)).toList();
		}

	}

	/**
	 * One of the family's consents as a lead is shown it: when, what it covers and for
	 * whom, and where it stands. Not who gave it.
	 */
	public record ConsentShown(UUID id, LocalDate givenOn, LocalDate reviewOn, Instant withdrawnAt,
			List<InformationKind> kinds, List<String> recipients) {

		/** Whether it counts on a day: given by then, not withdrawn, not past review. */
		public boolean givenToday(LocalDate today) {
			return withdrawnAt == null && !givenOn.isAfter(today) && (reviewOn == null || !reviewOn.isBefore(today));
		}

	}

	/**
	 * The localities whose requests a lead decides.
	 *
	 * @param all every locality
	 * @param county the county whose localities, when not all
	 * @param localities the localities, by id with their names
	 */
	public record LeadScope(boolean all, String county, Map<UUID, String> localities) {

		static final LeadScope NONE = new LeadScope(false, null, Map.of());

		public boolean none() {
			return !all && county == null;
		}

		public boolean covers(UUID locality) {
			return all || (locality != null && localities.containsKey(locality));
		}

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
