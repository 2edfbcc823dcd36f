package org.familymatters.privacy.internal;

import java.time.Clock;
import java.util.List;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What administrators see of retention on one page: the schedule in force, what the next
 * run would delete or anonymise (counts, and examples by reference and date, naming
 * nobody), and the last runs with their counts. Audited as
 * {@code RETENTION_SCHEDULE_VIEWED}.
 */
@Service
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class RetentionOverview {

	/** How many past runs the page shows. */
	public static final int RUNS_SHOWN = 10;

	private final RetentionSettings settings;

	private final RetentionRun run;

	private final AuditTrail audit;

	private final Clock clock;

	RetentionOverview(RetentionSettings settings, RetentionRun run, AuditTrail audit, Clock clock) {
		this.settings = settings;
		this.run = run;
		this.audit = audit;
		this.clock = clock;
	}

	public Overview overview() {
		var overview = new Overview(settings.schedule(), run.preview(clock), run.lastRuns(RUNS_SHOWN));
		audit.record(AuditEntry.allowed(PrivacyAudit.RETENTION_SCHEDULE_VIEWED, "retention_schedule", null, Basis.ROLE,
				Role.ADMINISTRATOR.name()));
		return overview;
	}

	/**
	 * The page's contents.
	 *
	 * @param schedule each kind's period in force
	 * @param next what the next run would do, per rule
	 * @param runs the last runs, newest first
	 */
	public record Overview(List<RetentionSettings.Setting> schedule, List<RetentionRun.Preview> next,
			List<RetentionRun.PastRun> runs) {
	}

}
