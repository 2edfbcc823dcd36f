package org.familymatters.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.UserAccount;
import org.familymatters.identity.UserAccounts;
import org.familymatters.shared.security.Secrets;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for machine clients. An administrator issues a token to a user; the
 * client then acts as that user. Only a SHA-256 hash of each token is stored, so a token
 * is shown once.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "fm_";

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, UserAccounts users, Organisations organisations, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public IssuedToken issue(UUID userId, String name, Duration lifetime, String issuedBy) {
		users.findById(userId).orElseThrow(() -> new NotFound("user", userId));
		var secret = PREFIX + Secrets.newSecret();
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into api_token (id, user_id, name, token_hash, created_by, expires_at)
				values (:id, :userId, :name, :hash, :createdBy, :expiresAt)
				""")
			.param("id", id)
			.param("userId", userId)
			.param("name", name.strip())
			.param("hash", Secrets.hash(secret))
			.param("createdBy", issuedBy)
			.param("expiresAt", Timestamp.from(clock.instant().plus(lifetime)))
			.update();
		audit.record(AuditEntry
			.allowed(IdentityAudit.API_TOKEN_ISSUED, "api_token", id, Basis.ROLE, Role.ADMINISTRATOR.name())
			.withDetail("for user " + userId));
		return new IssuedToken(id, secret);
	}

	@Transactional
	public void revoke(UUID userId, UUID tokenId) {
		int changed = jdbc.sql("""
				update api_token set revoked_at = :now, version = version + 1
				where id = :id and user_id = :userId and revoked_at is null
				""").param("id", tokenId).param("userId", userId).param("now", now()).update();
		if (changed == 0 && list(userId).stream().noneMatch(token -> token.id().equals(tokenId))) {
			throw new NotFound("api_token", tokenId);
		}
		if (changed > 0) {
			audit.record(AuditEntry.allowed(IdentityAudit.API_TOKEN_REVOKED, "api_token", tokenId, Basis.ROLE,
					Role.ADMINISTRATOR.name()));
		}
	}

	@Transactional(readOnly = true)
	public List<TokenSummary> list(UUID userId) {
		return jdbc.sql("""
				select id, name, created_at, created_by, expires_at, revoked_at, last_used_at
				from api_token where user_id = :userId order by created_at desc
				""")
			.param("userId", userId)
			.query((rs, row) -> new TokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
					instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("revoked_at")),
					instant(rs.getTimestamp("last_used_at"))))
			.list();
	}

	/**
	 * The user a presented token stands for, if it is live and the user may still sign
	 * in.
	 */
	@Transactional
	public Optional<StaffPrincipal> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		var userId = jdbc.sql("""
				update api_token set last_used_at = :now
				where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)
				returning user_id
				""").param("hash", Secrets.hash(secret)).param("now", now()).query(UUID.class).optional();
		return userId.flatMap(users::findById)
			.filter(UserAccount::enabled)
			.map(account -> new StaffPrincipal(account,
					organisations.findById(account.organisationId()).map(Organisation::name).orElse("")));
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A token as listed to administrators: never the token itself. */
	public record TokenSummary(UUID id, String name, Instant createdAt, String createdBy, Instant expiresAt,
			Instant revokedAt, Instant lastUsedAt) {

		public boolean active(Instant now) {
			return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
		}

	}

	/** A newly issued token: the secret is shown once and never stored. */
	public record IssuedToken(UUID id, String secret) {
	}

}
