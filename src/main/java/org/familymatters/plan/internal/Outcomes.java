package org.familymatters.plan.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcomes report: the families whose plan closed in a period, each family's first
 * assessment (of the family as a whole) against its closing assessment, by need area, by
 * locality and by Supporting Families headline outcome. Counted in PostgreSQL, one query
 * per table, from the counts by day of closing that each plan adds to when it closes
 * ({@code plan_outcome_day}, V51); only counts and sums leave it, never a family. Every
 * count is shown through {@link Suppression}, on the page, in the CSV and on the home
 * page alike. Every view and export is audited (record type {@code report}, basis ROLE).
 * <p>
 * A family is compared when it has a first assessment and a closing one that differs from
 * it (the plan's closing assessment, or else its latest assessment of the family). In a
 * need area, a family improved when the closing score is above the first. In a headline
 * outcome, or over a whole locality, a family's change is the sum of its changes in the
 * need areas counted there.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'SUPPORT_WORKER')")
public class Outcomes {

	static final String RECORD = "report";

	/**
	 * The counts by day of closing of the period, of one dimension, in one locality or
	 * all. Each closed plan's part is added to {@code plan_outcome_day} when the plan
	 * closes (V51), so the report sums a few rows a day rather than every family's
	 * scores.
	 */
	static final String WHERE = """
			where d.dimension = :dimension and d.closed_on >= :from and d.closed_on <= :to
			  and (cast(:locality as uuid) is null or d.locality_id = cast(:locality as uuid))
			""";

	static final String COUNTS = """
			sum(d.assessed) as assessed, sum(d.improved) as improved, sum(d.same) as same, sum(d.worse) as worse,
			sum(d.total) as total
			""";

	private final JdbcClient jdbc;

	private final NeedAreas needAreas;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	Outcomes(JdbcClient jdbc, NeedAreas needAreas, AuditTrail audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.needAreas = needAreas;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/** The report for the page; audited as {@code OUTCOMES_VIEWED}. */
	@Transactional
	public Report view(OutcomesPeriod period, UUID localityId) {
		var report = report(period, localityId);
		audit.record(entry(PlanAudit.OUTCOMES_VIEWED, report, ""));
		return report;
	}

	/** The report for the CSV; audited as {@code OUTCOMES_EXPORTED}. */
	@Transactional
	public Report export(OutcomesPeriod period, UUID localityId) {
		var report = report(period, localityId);
		audit.record(entry(PlanAudit.OUTCOMES_EXPORTED, report, ""));
		return report;
	}

	/**
	 * The headline of the report across every locality, for the home page: one query.
	 * Audited as {@code OUTCOMES_VIEWED}, the detail saying it was on the home page.
	 */
	@Transactional
	public Headline onTheHomePage(OutcomesPeriod period) {
		var localities = byLocality(period, null);
		var headline = Headline.of(period, localities);
		audit.record(AuditEntry.allowed(PlanAudit.OUTCOMES_VIEWED, RECORD, null, Basis.ROLE, roles())
			.withDetail(period.from() + " to " + period.to() + ", all localities, headline on the home page"));
		return headline;
	}

	private Report report(OutcomesPeriod period, UUID localityId) {
		Objects.requireNonNull(period, "period");
		var localities = byLocality(period, localityId);
		return new Report(period, localityId, Headline.of(period, localities), byNeedArea(period, localityId),
				byOutcome(period, localityId), localities);
	}

	/** Per need area, each family compared in it once; every need area listed. */
	List<OutcomeGroup> byNeedArea(OutcomesPeriod period, UUID localityId) {
		var counted = new HashMap<String, OutcomeGroup>();
		jdbc.sql("select d.key, " + COUNTS + " from plan_outcome_day d " + WHERE + " group by d.key")
			.params(params(period, localityId, "need_area"))
			.query((rs, row) -> group(rs, rs.getString("key"), null))
			.list()
			.forEach(g -> counted.put(g.key(), g));
		var rows = new ArrayList<OutcomeGroup>();
		for (var area : needAreas.all()) {
			var key = area.id().toString();
			var found = counted.get(key);
			if (found != null || area.active()) {
				rows.add((found != null) ? relabel(found, area.label()) : OutcomeGroup.none(key, area.label()));
			}
		}
		return List.copyOf(rows);
	}

	/**
	 * Per headline outcome, a family's change being the sum of its changes in the need
	 * areas mapped to it; every outcome listed.
	 */
	List<OutcomeGroup> byOutcome(OutcomesPeriod period, UUID localityId) {
		var counted = new HashMap<String, OutcomeGroup>();
		jdbc.sql("select d.key, " + COUNTS + " from plan_outcome_day d " + WHERE + " group by d.key")
			.params(params(period, localityId, "outcome"))
			.query((rs, row) -> group(rs, rs.getString("key"), null))
			.list()
			.forEach(g -> counted.put(g.key(), g));
		var rows = new ArrayList<OutcomeGroup>();
		for (var outcome : HeadlineOutcome.values()) {
			var found = counted.get(outcome.name());
			rows.add((found != null) ? relabel(found, outcome.label())
					: OutcomeGroup.none(outcome.name(), outcome.label()));
		}
		return List.copyOf(rows);
	}

	/**
	 * Per locality with a plan closed in the period: the plans closed, and the families
	 * compared, a family's change being the sum of its changes in every need area
	 * compared.
	 */
	List<LocalityOutcome> byLocality(OutcomesPeriod period, UUID localityId) {
		return jdbc.sql("""
				select cast(d.locality_id as text) as key, l.name, sum(d.closed) as closed, %s,
				       sum(d.any_improved) as any_improved
				from plan_outcome_day d
				join identity_locality l on l.id = d.locality_id
				%s
				group by d.locality_id, l.name
				having sum(d.closed) > 0
				order by l.name
				""".formatted(COUNTS, WHERE))
			.params(params(period, localityId, "locality"))
			.query((rs, row) -> new LocalityOutcome(group(rs, rs.getString("key"), rs.getString("name")),
					rs.getLong("closed"), rs.getLong("any_improved")))
			.list();
	}

	private static OutcomeGroup group(java.sql.ResultSet rs, String key, String label) throws java.sql.SQLException {
		return new OutcomeGroup(key, (label != null) ? label : key, rs.getLong("assessed"), rs.getLong("improved"),
				rs.getLong("same"), rs.getLong("worse"), rs.getLong("total"));
	}

	private static OutcomeGroup relabel(OutcomeGroup group, String label) {
		return new OutcomeGroup(group.key(), label, group.assessed(), group.improved(), group.same(), group.worse(),
				group.totalChange());
	}

	private static Map<String, Object> params(OutcomesPeriod period, UUID localityId, String dimension) {
		var params = new HashMap<String, Object>();
		params.put("dimension", dimension);
		params.put("from", period.from());
		params.put("to", period.to());
		params.put("locality", (localityId != null) ? localityId.toString() : null);
		return params;
	}

	private AuditEntry entry(AuditAction action, Report report, String more) {
		var where = (report.localityId() != null)
				? report.localities().stream().findFirst().map(l -> l.group().label()).orElse("one locality")
				: "all localities";
		return AuditEntry.allowed(action, RECORD, null, Basis.ROLE, roles())
			.withDetail(report.period().from() + " to " + report.period().to() + ", " + where
					+ ", counts from 1 to 4 suppressed" + more);
	}

	private String roles() {
		return currentUser.authorities()
			.stream()
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring("ROLE_".length()))
			.sorted()
			.collect(Collectors.joining(","));
	}

	/**
	 * A locality's row: its families compared, and the plans closed there.
	 *
	 * @param group the families compared, keyed by the locality's id
	 * @param closed the plans closed in the period
	 * @param improvedInAny the families that improved in at least one need area
	 */
	public record LocalityOutcome(OutcomeGroup group, long closed, long improvedInAny) {

		public String shownClosed() {
			return Suppression.count(closed);
		}

	}

	/**
	 * The report's headline: plans closed, families compared, and those that improved in
	 * at least one need area.
	 */
	public record Headline(OutcomesPeriod period, long closed, long compared, long improvedInAny) {

		static Headline of(OutcomesPeriod period, List<LocalityOutcome> localities) {
			long closed = 0;
			long compared = 0;
			long improved = 0;
			for (var locality : localities) {
				closed += locality.closed();
				compared += locality.group().assessed();
				improved += locality.improvedInAny();
			}
			return new Headline(period, closed, compared, improved);
		}

		public String shownClosed() {
			return Suppression.count(closed);
		}

		public String shownCompared() {
			return Suppression.count(compared);
		}

		public String shownImprovedInAny() {
			return Suppression.count(improvedInAny);
		}

	}

	/**
	 * The outcomes report.
	 *
	 * @param period the days whose closed plans are counted
	 * @param localityId the locality asked for, or null for all
	 * @param headline the plans closed and families compared
	 * @param byNeedArea a row per need area
	 * @param byOutcome a row per headline outcome
	 * @param localities a row per locality with a plan closed
	 */
	public record Report(OutcomesPeriod period, UUID localityId, Headline headline, List<OutcomeGroup> byNeedArea,
			List<OutcomeGroup> byOutcome, List<LocalityOutcome> localities) {

		public Report {
			byNeedArea = List.copyOf(byNeedArea);
			byOutcome = List.copyOf(byOutcome);
			localities = List.copyOf(localities);
		}

	}

}
