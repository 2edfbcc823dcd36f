package org.familymatters.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.family.FamilyRecords;
import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A support worker's caseload: the families they are key worker for (from the family
 * module, each decided by the access decision), with where each one's plan stands: a
 * review due within {@value #REVIEW_DAYS} days or past, overdue actions, no plan more
 * than {@value #NO_PLAN_DAYS} days after the family was started. Each family shown is
 * audited as CASELOAD_LISTED.
 */
@Service
public class Caseload {

	/** A review due within this many days is shown as due. */
	public static final int REVIEW_DAYS = 7;

	/** A family started longer ago than this with no plan is shown. */
	public static final int NO_PLAN_DAYS = 28;

	private final FamilyRecords records;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Caseload(FamilyRecords records, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.records = records;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every family of the user's caseload, open ones first, with where its plan stands;
	 * recording nothing (the caller audits what it shows, through {@link #shown}).
	 */
	@Transactional(readOnly = true)
	public List<Row> rows() {
		var families = records.keyWorkerFamilies();
		if (families.isEmpty()) {
			return List.of();
		}
		var ids = families.stream().map(f -> f.id().toString()).toArray(String[]::new);
		var plans = new HashMap<UUID, PlanState>();
		jdbc.sql(
				"select family_id, status, next_review_on from plan_support_plan where family_id = any(cast(:ids as uuid[]))")
			.param("ids", ids)
			.query((RowCallbackHandler) rs -> {
				var next = rs.getDate("next_review_on");
				plans.put(rs.getObject("family_id", UUID.class),
						new PlanState(rs.getString("status"), (next != null) ? next.toLocalDate() : null));
			});
		var today = LocalDate.now(clock);
		Map<UUID, Integer> overdue = new HashMap<>();
		jdbc.sql("""
				select a.family_id, count(*) as n from plan_action a join plan_support_plan p on p.id = a.plan_id
				where a.family_id = any(cast(:ids as uuid[])) and p.status = 'open'
				  and a.status in ('not_started', 'in_progress') and a.due_on < :today
				group by a.family_id
				""")
			.param("ids", ids)
			.param("today", today)
			.query((RowCallbackHandler) rs -> overdue.put(rs.getObject("family_id", UUID.class), rs.getInt("n")));
		return families.stream().map(f -> {
			var plan = plans.get(f.id());
			boolean open = !"closed".equals(f.status());
			boolean reviewDue = open && plan != null && "open".equals(plan.status()) && plan.nextReviewOn() != null
					&& !plan.nextReviewOn().isAfter(today.plusDays(REVIEW_DAYS));
			boolean noPlan = open && plan == null && f.startedOn().isBefore(today.minusDays(NO_PLAN_DAYS));
			return new Row(f.id(), f.reference(), f.names(), f.startedOn(), f.status(),
					(plan != null) ? plan.status() : null, (plan != null) ? plan.nextReviewOn() : null, reviewDue,
					open ? overdue.getOrDefault(f.id(), 0) : 0, noPlan);
		}).toList();
	}

	/** One page of the caseload, each family on it audited as shown. */
	@Transactional
	public Page<Row> page(int page, int size) {
		var all = rows();
		int number = Math.max(1, page);
		long from = (long) (number - 1) * size;
		var items = (from >= all.size()) ? List.<Row>of()
				: all.subList((int) from, (int) Math.min(all.size(), from + size));
		shown(items, "caseload page " + number);
		return new Page<>(items, number, size, all.size());
	}

	/** Audits each family shown as CASELOAD_LISTED. */
	@Transactional
	public void shown(List<Row> rows, String where) {
		audit.recordAll(rows.stream()
			.map(row -> new AuditEntry(PlanAudit.CASELOAD_LISTED, true, "family", row.familyId().toString(), Basis.ROLE,
					"KEY_WORKER", where))
			.toList());
	}

	private record PlanState(String status, LocalDate nextReviewOn) {
	}

	/**
	 * One family of the caseload.
	 *
	 * @param planStatus {@code open}, {@code closed}, or null when it has no plan
	 * @param overdueActions how many of its plan's actions are overdue
	 * @param noPlanTooLong open, started more than 28 days ago, and no plan
	 */
	public record Row(UUID familyId, String reference, String names, LocalDate startedOn, String status,
			String planStatus, LocalDate nextReviewOn, boolean reviewDue, int overdueActions, boolean noPlanTooLong) {
	}

}
