package org.familymatters.bridges.internal;

import java.io.Serial;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.family.FamilyRecords;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The safeguarding part of the family-home suitability check. The support worker asks,
 * writing what the lead should know; the household as the family's record has it then
 * (places in the family and ages, no names) is kept with the request. A designated
 * safeguarding lead of the family's county (their organisation's county; every county for
 * an organisation with no locality) records the domestic abuse history, the risk to
 * children and the licence conditions, and approves or refuses with a reason, kept either
 * way. A lead cannot decide their own case ({@link CheckRule#ownCase}): the refusal is
 * audited. What the lead is shown of the family is decided by the access decision: the
 * household's names only where it lets them see those people (consent or an approval);
 * otherwise the check's own record. Every step is audited on the family.
 */
@Service
public class SafeguardingChecks {

	static final String SELECT = """
			select c.*, r.reference as referral_reference, r.referred_by, l.county,
			       q.display_name as requested_by_name, d.display_name as decided_by_name
			from bridges_check c
			join bridges_referral r on r.id = c.referral_id
			left join identity_locality l on l.id = c.locality_id
			left join identity_user q on q.id = c.requested_by
			left join identity_user d on d.id = c.decided_by
			""";

	private static final String LEAD = "SAFEGUARDING_LEAD";

	private final JdbcClient jdbc;

	private final FamilyRecords records;

	private final FamilyFacts facts;

	private final AccessDecision access;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final TransactionTemplate separately;

	SafeguardingChecks(JdbcClient jdbc, FamilyRecords records, FamilyFacts facts, AccessDecision access,
			AuditTrail audit, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.records = records;
		this.facts = facts;
		this.access = access;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Asks for the check, for a support worker who may change the family (refused, 403,
	 * and audited otherwise); refused as stale when the referral changed since the form
	 * was shown, and ({@link AlreadyAsked}) when a check was asked for already.
	 */
	@Transactional
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	public UUID request(UUID referralId, long version, String note) {
		var referral = jdbc.sql(BridgesReferrals.SELECT + " where r.id = :id")
			.param("id", referralId)
			.query(BridgesReferrals::referral)
			.optional()
			.orElseThrow(() -> new NotFound("Building Bridges referral", referralId));
		var view = records.view(referral.familyId(), BridgesAudit.BRIDGES_CHECK_REQUESTED, true,
				"Building Bridges referral " + referral.reference() + ": asked for the safeguarding check");
		if (jdbc.sql("select count(*) from bridges_check where referral_id = :id")
			.param("id", referralId)
			.query(Long.class)
			.single() > 0) {
			throw new AlreadyAsked();
		}
		int changed = jdbc
			.sql("update bridges_referral set version = version + 1 where id = :id and version = :version")
			.param("id", referralId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleSave("bridges_referral", referralId);
		}
		var today = LocalDate.now(clock);
		var household = view.people()
			.stream()
			.map(p -> BridgesReferrals.place(p) + ", " + BridgesReferrals.age(p, today))
			.collect(Collectors.joining("\n"));
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into bridges_check (id, referral_id, family_id, locality_id, requested_by, requested_at,
				                           request_note, household)
				values (:id, :referral, :family, :locality, :by, :at, :note, :household)
				""")
			.param("id", id)
			.param("referral", referralId)
			.param("family", referral.familyId())
			.param("locality", view.family().localityId())
			.param("by", currentUser.get().id())
			.param("at", Timestamp.from(clock.instant()))
			.param("note", note)
			.param("household", household.isEmpty() ? "Nobody on the family's record" : household)
			.update();
		return id;
	}

	/**
	 * The checks of the lead's county waiting for a decision that are not their own (they
	 * neither asked for it nor made the referral), oldest first; each audited as its
	 * family seen by reference (basis ROLE).
	 */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public List<Check> waiting() {
		var scope = scope();
		if (scope.none()) {
			return List.of();
		}
		var me = currentUser.get().id();
		var waiting = jdbc.sql(SELECT + """
				 where c.decision is null and c.requested_by <> :me and r.referred_by <> :me
				   and (:all or l.county = cast(:county as text))
				order by c.requested_at
				""")
			.param("me", me)
			.param("all", scope.all())
			.param("county", scope.county())
			.query(SafeguardingChecks::check)
			.list();
		for (var check : waiting) {
			audit.record(
					AuditEntry.allowed(BridgesAudit.BRIDGES_CHECK_LISTED, "family", check.familyId(), Basis.ROLE, LEAD)
						.withDetail("Building Bridges check " + check.id() + ": listed with the family's reference"));
		}
		return waiting;
	}

	/**
	 * A check as a lead of the family's county sees it to decide: the family's reference,
	 * what the worker wrote, the household as kept with the check, and, where the access
	 * decision lets the lead see the family's people (consent or an approval), their
	 * names from the family's record. Audited; a lead of another county is refused (403)
	 * and that is audited too. Not found (404) for no such check.
	 */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public ForDecision forDecision(UUID id) {
		var check = find(id);
		requireInScope(check);
		var reference = facts.family(check.familyId()).map(FamilyFacts.Family::reference).orElse(null);
		var subject = facts.subject(check.familyId()).orElseThrow(() -> new NotFound("family", check.familyId()));
		var seen = access.decide(subject, LocalDate.now(clock));
		List<BridgesReferrals.Member> named = null;
		var shown = "Building Bridges check " + id + ": shown the family's reference, what the worker wrote and "
				+ "the household as places and ages";
		if (seen.allowed() && facts.people(check.familyId()).stream().anyMatch(p -> seen.seesPerson(p.id()))) {
			var view = records.view(check.familyId(), BridgesAudit.BRIDGES_CHECK_VIEWED, false,
					shown + ", with the names its access allows");
			var today = LocalDate.now(clock);
			named = view.people()
				.stream()
				.map(p -> new BridgesReferrals.Member(p.fullName(), BridgesReferrals.place(p),
						BridgesReferrals.age(p, today)))
				.toList();
		}
		else {
			audit.record(
					AuditEntry.allowed(BridgesAudit.BRIDGES_CHECK_VIEWED, "family", check.familyId(), Basis.ROLE, LEAD)
						.withDetail(shown));
		}
		var own = CheckRule.ownCase(currentUser.get().id(), check.requestedBy(), check.referredBy(),
				subject.keyWorkerId());
		return new ForDecision(check, reference, named, own.orElse(null));
	}

	/**
	 * Decides the check, for a lead of the family's county (refused, 403, and audited
	 * otherwise). A lead's own case is not decided: the refusal is audited (basis ROLE,
	 * {@code OWN_CASE:<why>}) and returned. Refused as stale when it was decided or
	 * changed since the form was shown.
	 */
	@Transactional
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	public Optional<CheckRule.OwnCase> decide(UUID id, long version, Decision decision) {
		var check = find(id);
		requireInScope(check);
		var subject = facts.subject(check.familyId()).orElseThrow(() -> new NotFound("family", check.familyId()));
		var own = CheckRule.ownCase(currentUser.get().id(), check.requestedBy(), check.referredBy(),
				subject.keyWorkerId());
		if (own.isPresent()) {
			audit.record(AuditEntry
				.refused(BridgesAudit.BRIDGES_CHECK_DECIDED, "family", check.familyId(), Basis.ROLE,
						"OWN_CASE:" + own.get().name())
				.withDetail("Building Bridges check " + id + ": a lead cannot decide their own case"));
			return own;
		}
		int changed = jdbc.sql("""
				update bridges_check set decision = :decision, reason = :reason, domestic_abuse = :abuse,
				    risk_to_children = :risk, licence_conditions = :licence, decided_by = :by, decided_at = :at,
				    version = version + 1
				where id = :id and version = :version and decision is null
				""")
			.param("decision", decision.decision().code())
			.param("reason", decision.reason())
			.param("abuse", decision.domesticAbuse())
			.param("risk", decision.riskToChildren())
			.param("licence", decision.licenceConditions())
			.param("by", currentUser.get().id())
			.param("at", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleSave("bridges_check", id);
		}
		audit
			.record(AuditEntry.allowed(BridgesAudit.BRIDGES_CHECK_DECIDED, "family", check.familyId(), Basis.ROLE, LEAD)
				.withDetail("Building Bridges check " + id + " " + decision.decision().code()));
		return Optional.empty();
	}

	private Check find(UUID id) {
		return jdbc.sql(SELECT + " where c.id = :id")
			.param("id", id)
			.query(SafeguardingChecks::check)
			.optional()
			.orElseThrow(() -> new NotFound("Building Bridges check", id));
	}

	/** Refuses (403) a lead of another county, and audits the refusal. */
	private void requireInScope(Check check) {
		var scope = scope();
		if (scope.all() || (scope.county() != null && scope.county().equals(check.county()))) {
			return;
		}
		var entry = AuditEntry
			.refused(BridgesAudit.BRIDGES_CHECK_VIEWED, "family", check.familyId(), Basis.ROLE, "OTHER_COUNTY")
			.withDetail("Building Bridges check " + check.id());
		separately.executeWithoutResult(status -> audit.record(entry));
		throw new AccessDeniedException("A lead of another county");
	}

	/**
	 * The counties whose checks the signed-in lead decides: their organisation's county,
	 * or every county for an organisation with no locality; none without an organisation.
	 */
	Scope scope() {
		var organisation = currentUser.find().map(u -> u.organisationId()).orElse(null);
		if (organisation == null) {
			return new Scope(false, null);
		}
		return jdbc.sql("""
				select o.locality_id, l.county from identity_organisation o
				left join identity_locality l on l.id = o.locality_id
				where o.id = :id and o.active
				""")
			.param("id", organisation)
			.query((rs, n) -> (rs.getObject("locality_id") == null) ? new Scope(true, null)
					: new Scope(false, rs.getString("county")))
			.optional()
			.orElse(new Scope(false, null));
	}

	static Check check(ResultSet rs, int row) throws SQLException {
		var requested = rs.getTimestamp("requested_at");
		var decided = rs.getTimestamp("decided_at");
		return new Check(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
				rs.getString("referral_reference"), rs.getObject("family_id", UUID.class), rs.getString("county"),
				rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name"),
				(requested != null) ? requested.toInstant() : null, rs.getObject("referred_by", UUID.class),
				rs.getString("request_note"), rs.getString("household"), rs.getString("domestic_abuse"),
				rs.getString("risk_to_children"), rs.getString("licence_conditions"),
				CheckDecision.of(rs.getString("decision")), rs.getString("reason"), rs.getString("decided_by_name"),
				(decided != null) ? decided.toInstant() : null, rs.getLong("version"));
	}

	/** The counties a lead decides for. */
	record Scope(boolean all, String county) {

		boolean none() {
			return !all && county == null;
		}

	}

	/**
	 * A lead's decision and what it rests on.
	 *
	 * @param domesticAbuse the domestic abuse history
	 * @param riskToChildren the risk to the children of the household
	 * @param licenceConditions the licence conditions that bear on living there
	 */
	public record Decision(CheckDecision decision, String domesticAbuse, String riskToChildren,
			String licenceConditions, String reason) {
	}

	/**
	 * A check for a lead to decide.
	 *
	 * @param familyReference the family's reference
	 * @param named the household by name, where the access decision lets the lead see its
	 * people; null otherwise
	 * @param ownCase why the lead may not decide it; null when they may
	 */
	public record ForDecision(Check check, String familyReference, List<BridgesReferrals.Member> named,
			CheckRule.OwnCase ownCase) {
	}

	/** A check was asked for already. */
	public static class AlreadyAsked extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		public AlreadyAsked() {
			super("A safeguarding check was asked for already");
		}

	}

}
