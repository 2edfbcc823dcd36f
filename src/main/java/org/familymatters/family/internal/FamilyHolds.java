package org.familymatters.family.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safeguarding holds (ADR 0016): a designated safeguarding lead keeps a family's record
 * whole, whatever the retention schedule says, until a day they set and for a reason they
 * give, found by the family's reference. Nothing of the family is shown: only that the
 * reference is on record. The retention run never makes a held family anonymous. Placing
 * and ending a hold are audited ({@link FamilyAudit}, basis ROLE).
 */
@Service
@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
public class FamilyHolds {

	/** The longest a hold may be set for at once, in years: it can be placed again. */
	public static final int LONGEST_YEARS = 10;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	FamilyHolds(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The family with this reference (as typed: FM-000123, fm123), if on record. */
	@Transactional(readOnly = true)
	public Optional<UUID> family(String reference) {
		var written = FamilyListing.reference(reference);
		if (written == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id from family where reference = :reference and merged_into is null")
			.param("reference", written)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Holds the family until {@code until} (inclusive) for this reason, replacing a hold
	 * it had; the caller checked the day and the reason.
	 */
	@Transactional
	public String place(UUID familyId, LocalDate until, String reason) {
		var user = currentUser.get();
		var reference = jdbc
			.sql("""
					update family set hold_until = :until, hold_reason = :reason, hold_placed_by = :user, hold_placed_at = :now
					where id = :id and merged_into is null
					returning reference
					""")
			.param("until", until)
			.param("reason", reason)
			.param("user", user.id())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", familyId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new org.familymatters.shared.web.NotFound("family", familyId));
		audit.record(
				AuditEntry
					.allowed(FamilyAudit.SAFEGUARDING_HOLD_PLACED, "family", familyId, Basis.ROLE,
							Role.SAFEGUARDING_LEAD.name())
					.withDetail("until " + until));
		return reference;
	}

	/** Ends the family's hold now; false when it had none. */
	@Transactional
	public boolean end(UUID familyId) {
		int ended = jdbc.sql("""
				update family set hold_until = null, hold_reason = null, hold_placed_by = null, hold_placed_at = null
				where id = :id and hold_until is not null
				""").param("id", familyId).update();
		if (ended == 1) {
			audit.record(AuditEntry.allowed(FamilyAudit.SAFEGUARDING_HOLD_ENDED, "family", familyId, Basis.ROLE,
					Role.SAFEGUARDING_LEAD.name()));
		}
		return ended == 1;
	}

	/**
	 * The holds in force today, soonest to end first: each family's reference, the last
	 * day, who placed it and when; the reason is kept with the family, not listed.
	 */
	@Transactional(readOnly = true)
	public List<Hold> current() {
		return jdbc.sql("""
				select f.id, f.reference, f.hold_until, f.hold_placed_at, u.display_name
				from family f left join identity_user u on u.id = f.hold_placed_by
				where f.hold_until >= :today
				order by f.hold_until, f.reference
				limit 200
				""")
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> new Hold(rs.getObject("id", UUID.class), rs.getString("reference"),
					rs.getObject("hold_until", LocalDate.class),
					rs.getObject("hold_placed_at", OffsetDateTime.class).toInstant(), rs.getString("display_name")))
			.list();
	}

	/**
	 * A hold in force.
	 *
	 * @param familyId the family
	 * @param reference its reference
	 * @param until the last day it holds
	 * @param placedAt when it was placed
	 * @param placedBy who placed it
	 */
	public record Hold(UUID familyId, String reference, LocalDate until, Instant placedAt, String placedBy) {
	}

}
