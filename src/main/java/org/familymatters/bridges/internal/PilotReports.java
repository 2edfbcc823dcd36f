package org.familymatters.bridges.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pilot's report for managers ({@link PilotReport}): counted from the pilot's own
 * records, never a family or a person; counts from 1 to 4 suppressed wherever shown. Each
 * view and download is audited.
 */
@Service
@PreAuthorize("hasRole('MANAGER')")
public class PilotReports {

	static final String RECORD = "bridges_report";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PilotReports(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The report for the page, audited as viewed. */
	@Transactional
	public PilotReport view() {
		return report(BridgesAudit.BRIDGES_REPORT_VIEWED);
	}

	/** The report for the download, audited as exported. */
	@Transactional
	public PilotReport export() {
		return report(BridgesAudit.BRIDGES_REPORT_EXPORTED);
	}

	private PilotReport report(AuditAction action) {
		var outcomes = new LinkedHashMap<UUID, Map<FollowUpPoint, FollowUpOutcome>>();
		jdbc.sql("select referral_id, point, outcome from bridges_follow_up").query((RowCallbackHandler) rs -> {
			var point = FollowUpPoint.find(rs.getString("point"));
			if (point.isPresent()) {
				outcomes
					.computeIfAbsent(rs.getObject("referral_id", UUID.class), id -> new EnumMap<>(FollowUpPoint.class))
					.put(point.get(), FollowUpOutcome.of(rs.getString("outcome")));
			}
		});
		var referrals = jdbc.sql("select id, referred_on, home_decision, accommodation from bridges_referral")
			.query((rs, n) -> new PilotReport.Referral(rs.getObject("referred_on", LocalDate.class),
					HomeDecision.of(rs.getString("home_decision")), Accommodation.of(rs.getString("accommodation")),
					outcomes.getOrDefault(rs.getObject("id", UUID.class), Map.of())))
			.list();
		var report = PilotReport.of(referrals);
		audit.record(AuditEntry.allowed(action, RECORD, null, Basis.ROLE, "MANAGER")
			.withDetail(
					report.quarters().size() + " quarter(s) by quarter of referral, counts from 1 to 4 suppressed"));
		return report;
	}

}
