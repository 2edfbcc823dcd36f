package org.familymatters.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Role;
import org.familymatters.identity.UserAccounts;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles that see families' records wait for a second administrator: one administrator
 * asks, another approves or refuses, and both are audited. The one who asked cannot
 * approve; nobody approves a grant to themselves; an administrator is never given such a
 * role.
 */
@Service
public class RoleGrants {

	private static final String RECORD = "user";

	private static final String AS_ADMINISTRATOR = Role.ADMINISTRATOR.name();

	private static final String SELECT = """
			select g.id, g.user_id, u.username, u.display_name, g.role, g.requested_by, r.username as requested_by_name,
			       g.requested_at
			from role_grant_request g
			join user_account u on u.id = g.user_id
			join user_account r on r.id = g.requested_by
			where g.decided_at is null
			""";

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final SignedInSessions sessions;

	private final AuditTrail audit;

	private final Clock clock;

	RoleGrants(JdbcClient jdbc, UserAccounts users, SignedInSessions sessions, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Asks for roles to be given to a user; a role already waiting is not asked for
	 * twice.
	 * @param requestedBy the administrator who asks
	 */
	@Transactional
	void request(UUID userId, Collection<Role> roles, UUID requestedBy) {
		for (var role : roles) {
			if (!role.seesFamilyData()) {
				throw new IllegalArgumentException(role + " is given at once, without a second administrator");
			}
			if (requestedBy == null) {
				throw new IllegalArgumentException("A grant of " + role + " needs the administrator who asks for it");
			}
			int added = jdbc.sql("""
					insert into role_grant_request (id, user_id, role, requested_by, requested_at)
					values (:id, :user, :role, :by, :at)
					on conflict (user_id, role) where decided_at is null do nothing
					""")
				.param("id", UUID.randomUUID())
				.param("user", userId)
				.param("role", role.name())
				.param("by", requestedBy)
				.param("at", Timestamp.from(clock.instant()))
				.update();
			if (added > 0) {
				audit.record(AuditEntry
					.allowed(IdentityAudit.ROLE_GRANT_REQUESTED, RECORD, userId, Basis.ROLE, AS_ADMINISTRATOR)
					.withDetail(role.name() + ", waiting for a second administrator"));
			}
		}
	}

	/** The grants waiting for a user, oldest first. */
	@Transactional(readOnly = true)
	public List<PendingGrant> pendingFor(UUID userId) {
		return jdbc.sql(SELECT + " and g.user_id = :user order by g.requested_at, g.role")
			.param("user", userId)
			.query(RoleGrants::grant)
			.list();
	}

	/** Every grant waiting, oldest first. */
	@Transactional(readOnly = true)
	public List<PendingGrant> pending() {
		return jdbc.sql(SELECT + " order by g.requested_at, u.username, g.role").query(RoleGrants::grant).list();
	}

	/** The roles waiting for a user. */
	@Transactional(readOnly = true)
	public EnumSet<Role> rolesPendingFor(UUID userId) {
		var roles = EnumSet.noneOf(Role.class);
		pendingFor(userId).forEach(grant -> roles.add(grant.role()));
		return roles;
	}

	/**
	 * A second administrator approves a waiting grant: the user holds the role from now
	 * on, and their sessions end so that they sign in with it.
	 * @throws RoleChangeRefused when the approver asked for it, is the user, or the user
	 * is an administrator now
	 * @throws NotFound when no such grant waits for this user
	 */
	@Transactional
	public void approve(UUID userId, UUID requestId, UUID approverId) {
		var grant = waiting(userId, requestId, approverId);
		var account = users.findById(userId).orElseThrow(() -> new NotFound(RECORD, userId));
		if (account.hasRole(Role.ADMINISTRATOR)) {
			throw new RoleChangeRefused(RoleChangeRefused.Reason.ADMINISTRATOR_SEES_NO_FAMILIES);
		}
		var roles = account.roles();
		roles.add(grant.role());
		users.save(account.withRoles(roles));
		decide(requestId, approverId, "APPROVED");
		audit.record(AuditEntry.allowed(IdentityAudit.ROLE_GRANT_APPROVED, RECORD, userId, Basis.ROLE, AS_ADMINISTRATOR)
			.withDetail(grant.role().name() + ", requested by " + grant.requestedBy()));
		sessions.endAllFor(account.username());
	}

	/**
	 * A second administrator refuses a waiting grant: nothing is given.
	 * @throws RoleChangeRefused when the refuser asked for it, or is the user
	 * @throws NotFound when no such grant waits for this user
	 */
	@Transactional
	public void refuse(UUID userId, UUID requestId, UUID refuserId) {
		var grant = waiting(userId, requestId, refuserId);
		decide(requestId, refuserId, "REFUSED");
		audit.record(AuditEntry.allowed(IdentityAudit.ROLE_GRANT_REFUSED, RECORD, userId, Basis.ROLE, AS_ADMINISTRATOR)
			.withDetail(grant.role().name() + ", requested by " + grant.requestedBy()));
	}

	private PendingGrant waiting(UUID userId, UUID requestId, UUID decidedBy) {
		var grant = jdbc.sql(SELECT + " and g.id = :id and g.user_id = :user for update of g")
			.param("id", requestId)
			.param("user", userId)
			.query(RoleGrants::grant)
			.optional()
			.orElseThrow(() -> new NotFound("role_grant_request", requestId));
		if (decidedBy.equals(userId)) {
			throw new RoleChangeRefused(RoleChangeRefused.Reason.OWN_ROLES);
		}
		if (decidedBy.equals(grant.requestedById())) {
			throw new RoleChangeRefused(RoleChangeRefused.Reason.SAME_ADMINISTRATOR);
		}
		return grant;
	}

	private void decide(UUID requestId, UUID decidedBy, String outcome) {
		jdbc.sql("""
				update role_grant_request set decided_by = :by, decided_at = :at, outcome = :outcome
				where id = :id and decided_at is null
				""")
			.param("by", decidedBy)
			.param("at", Timestamp.from(clock.instant()))
			.param("outcome", outcome)
			.param("id", requestId)
			.update();
	}

	private static PendingGrant grant(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PendingGrant(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name"),
				rs.getTimestamp("requested_at").toInstant());
	}

	/**
	 * A role waiting for a second administrator.
	 *
	 * @param id the request
	 * @param userId who would hold the role
	 * @param username their username
	 * @param displayName their name
	 * @param role the role
	 * @param requestedById the administrator who asked
	 * @param requestedBy their username
	 * @param requestedAt when
	 */
	public record PendingGrant(UUID id, UUID userId, String username, String displayName, Role role, UUID requestedById,
			String requestedBy, Instant requestedAt) {

	}

}
