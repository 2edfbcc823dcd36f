package org.familymatters.training.internal;

import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.training.internal.BookingRules.Role;
import org.familymatters.training.internal.BookingRules.Sector;
import org.familymatters.training.internal.BookingRules.Seniority;
import org.familymatters.training.internal.ReachFigures.Attendance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training reach report, for training coordinators and managers: the attended
 * bookings of the sessions that started in the period and were not cancelled, in one
 * locality or all, of one sector, role and seniority or all, worked out by
 * {@link ReachFigures}. Only professionals' bookings are read, never a family's data;
 * only figures leave this class. The page and the CSV are audited (record type
 * {@code report}, basis ROLE); the home page's headline is not (it is the same figures,
 * every locality, on every visit).
 */
@Service
@PreAuthorize("hasAnyRole('TRAINING_COORDINATOR', 'MANAGER')")
public class Reach {

	static final String RECORD = "report";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	Reach(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/** The figures for the page, exact; audited as {@code REACH_VIEWED}. */
	@Transactional
	public ReachFigures view(ReachFilter filter, String localityLabel) {
		var figures = ReachFigures.of(attendances(filter));
		audit.record(entry(TrainingAudit.REACH_VIEWED, filter, localityLabel, "exact counts"));
		return figures;
	}

	/**
	 * The figures for the CSV (which writes small counts as "fewer than 5"); audited as
	 * {@code REACH_EXPORTED}.
	 */
	@Transactional
	public ReachFigures export(ReachFilter filter, String localityLabel) {
		var figures = ReachFigures.of(attendances(filter));
		audit.record(entry(TrainingAudit.REACH_EXPORTED, filter, localityLabel, "counts from 1 to 4 suppressed"));
		return figures;
	}

	/** The figures of the filter, for the home page: not audited. */
	@Transactional(readOnly = true)
	public ReachFigures headline(ReachFilter filter) {
		return ReachFigures.of(attendances(filter));
	}

	/** The attended bookings the filter counts, with their feedback if any. */
	List<Attendance> attendances(ReachFilter filter) {
		var params = new HashMap<String, Object>();
		params.put("from", filter.from().atStartOfDay(ServiceTime.ZONE).toOffsetDateTime());
		params.put("until", filter.to().plusDays(1).atStartOfDay(ServiceTime.ZONE).toOffsetDateTime());
		params.put("locality", (filter.localityId() != null) ? filter.localityId().toString() : null);
		params.put("sector", (filter.sector() != null) ? filter.sector().name() : null);
		params.put("role", (filter.role() != null) ? filter.role().name() : null);
		params.put("seniority", (filter.seniority() != null) ? filter.seniority().name() : null);
		return jdbc.sql("""
				select b.email, b.organisation, b.session_id, s.starts_at, b.role, b.sector, b.seniority,
				       f.confidence_before, f.confidence_after
				from training_booking b
				join training_session s on s.id = b.session_id
				left join training_feedback f on f.booking_id = b.id
				where b.attended_at is not null
				  and s.cancelled_at is null
				  and s.starts_at >= :from and s.starts_at < :until
				  and (cast(:locality as uuid) is null or s.locality_id = cast(:locality as uuid))
				  and (cast(:sector as text) is null or b.sector = cast(:sector as text))
				  and (cast(:role as text) is null or b.role = cast(:role as text))
				  and (cast(:seniority as text) is null or b.seniority = cast(:seniority as text))
				""")
			.params(params)
			.query((rs, row) -> new Attendance(rs.getString("email"), rs.getString("organisation"),
					rs.getObject("session_id", java.util.UUID.class),
					rs.getObject("starts_at", java.time.OffsetDateTime.class).toInstant(),
					Role.valueOf(rs.getString("role")), Sector.valueOf(rs.getString("sector")),
					Seniority.valueOf(rs.getString("seniority")), rs.getObject("confidence_before", Integer.class),
					rs.getObject("confidence_after", Integer.class)))
			.list();
	}

	private AuditEntry entry(AuditAction action, ReachFilter filter, String localityLabel, String counts) {
		return AuditEntry.allowed(action, RECORD, null, Basis.ROLE, roles())
			.withDetail("Training reach, " + filter.from() + " to " + filter.to() + ", " + localityLabel + ", "
					+ filter.peopleLabel() + ", " + counts);
	}

	private String roles() {
		return currentUser.authorities()
			.stream()
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring("ROLE_".length()))
			.sorted()
			.collect(Collectors.joining(","));
	}

}
