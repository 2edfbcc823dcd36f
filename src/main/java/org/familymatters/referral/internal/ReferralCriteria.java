package org.familymatters.referral.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.AccessSubject;
import org.familymatters.identity.Role;
import org.familymatters.referral.ReferralFact;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each locality's criteria for referral, as its support workers (and administrators) keep
 * them: add one, reword it, take it off the form or put it back. A criterion already
 * ticked on a referral is never deleted, so the referral still says what was met. Every
 * change is audited; a change from a stale page is refused.
 */
@Service
public class ReferralCriteria {

	/** The longest criterion. */
	public static final int MAX_LENGTH = 300;

	private final JdbcClient jdbc;

	private final AccessDecision access;

	private final AuditTrail audit;

	private final Referrals referrals;

	private final CurrentUser currentUser;

	private final Clock clock;

	ReferralCriteria(JdbcClient jdbc, AccessDecision access, AuditTrail audit, Referrals referrals,
			CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.referrals = referrals;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * A locality's current criteria, in order, as the referral forms show them to anyone
	 * (the public form too).
	 */
	@Transactional(readOnly = true)
	public List<Criterion> onForms(UUID localityId) {
		return referrals.criteria(localityId);
	}

	/** Every criterion of a locality, those off the form too, in order. */
	@Transactional(readOnly = true)
	public List<Editable> of(UUID localityId) {
		requireEditor(localityId);
		return jdbc.sql("select * from locality_criterion where locality_id = :l order by position, text")
			.param("l", localityId)
			.query((rs, n) -> new Editable(rs.getObject("id", UUID.class), rs.getObject("locality_id", UUID.class),
					rs.getString("text"), rs.getInt("position"), rs.getBoolean("active"), rs.getLong("version"),
					ReferralFact.ofCode(rs.getString("meaning")).orElse(null)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Editable> find(UUID localityId, UUID id) {
		return of(localityId).stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/**
	 * Adds a criterion at the end of the locality's list, met by a referral that states
	 * {@code meaning} (null for a criterion only ever ticked by hand).
	 */
	@Transactional
	public UUID add(UUID localityId, String text, ReferralFact meaning) {
		requireEditor(localityId);
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into locality_criterion (id, locality_id, text, position, meaning)
						values (:id, :l, :text, (select coalesce(max(position), 0) + 1 from locality_criterion where locality_id = :l), :meaning)
						""")
			.param("id", id)
			.param("l", localityId)
			.param("text", text.strip())
			.param("meaning", (meaning != null) ? meaning.code() : null)
			.update();
		audit.record(AuditEntry.allowed(ReferralAudit.CRITERION_CREATED, "locality_criterion", id, Basis.ROLE, role()));
		return id;
	}

	/**
	 * Rewords a criterion, takes it off the form or puts it back, and sets the fact that
	 * meets it, at the version seen.
	 * @throws StaleSave when someone else changed it since
	 */
	@Transactional
	public void update(UUID localityId, UUID id, long seenVersion, String text, boolean active, ReferralFact meaning) {
		requireEditor(localityId);
		int changed = jdbc.sql("""
				update locality_criterion set text = :text, active = :active, meaning = :meaning, version = version + 1
				where id = :id and locality_id = :l and version = :version
				""")
			.param("text", text.strip())
			.param("active", active)
			.param("meaning", (meaning != null) ? meaning.code() : null)
			.param("id", id)
			.param("l", localityId)
			.param("version", seenVersion)
			.update();
		if (changed == 0) {
			if (find(localityId, id).isEmpty()) {
				throw new NotFound("criterion", id);
			}
			throw new StaleSave("criterion", id);
		}
		audit.record(AuditEntry.allowed(ReferralAudit.CRITERION_UPDATED, "locality_criterion", id, Basis.ROLE, role()));
	}

	/**
	 * Administrators, and the support workers of the locality (the access decision's
	 * rule).
	 */
	private void requireEditor(UUID localityId) {
		if (currentUser.has(Role.ADMINISTRATOR)) {
			return;
		}
		var decided = access.decide(new AccessSubject(new UUID(0, 0), localityId, null, Map.of()),
				LocalDate.now(clock));
		if (!currentUser.has(Role.SUPPORT_WORKER) || !decided.mayChange()) {
			throw new AccessDeniedException("Not a support worker of this locality");
		}
	}

	private String role() {
		return currentUser.has(Role.ADMINISTRATOR) ? Role.ADMINISTRATOR.name() : Role.SUPPORT_WORKER.name();
	}

	/**
	 * A criterion as its editors see it, with the version they change and the fact that
	 * meets it (null for none).
	 */
	public record Editable(UUID id, UUID localityId, String text, int position, boolean active, long version,
			ReferralFact meaning) {
	}

}
