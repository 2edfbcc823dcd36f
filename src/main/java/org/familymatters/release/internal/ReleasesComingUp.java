package org.familymatters.release.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.ReleaseDue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people due for release within {@value ReleaseWindow#WEEKS} weeks in the families a
 * support worker may change (the family module finds them, the access decision answers
 * for each family), each with whether a release plan was started. Each family shown is
 * audited as RELEASES_LISTED.
 */
@Service
public class ReleasesComingUp {

	private final FamilyRecords records;

	private final ReleasePlans plans;

	private final AuditTrail audit;

	private final Clock clock;

	ReleasesComingUp(FamilyRecords records, ReleasePlans plans, AuditTrail audit, Clock clock) {
		this.records = records;
		this.plans = plans;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every release coming up, earliest first; recording nothing. */
	@Transactional(readOnly = true)
	public List<Row> rows() {
		var today = LocalDate.now(clock);
		var due = records.releasesDue(today, ReleaseWindow.comingUpUntil(today));
		var planned = plans.planned(due.stream().map(ReleaseDue::episodeId).toList());
		return due.stream().map(d -> new Row(d, planned.contains(d.episodeId()))).toList();
	}

	/** Audits each family shown as RELEASES_LISTED, with where it was shown. */
	@Transactional
	public void shown(List<Row> rows, String where) {
		audit.recordAll(rows.stream()
			.map(row -> AuditEntry
				.allowed(ReleaseAudit.RELEASES_LISTED, "family", row.due().familyId(), Basis.ROLE, "SUPPORT_WORKER")
				.withDetail(where + ", episode " + row.due().episodeId()))
			.toList());
	}

	/**
	 * A release coming up.
	 *
	 * @param due who, from which family, when, from which prison
	 * @param planned whether its release plan was started
	 */
	public record Row(ReleaseDue due, boolean planned) {
	}

}
