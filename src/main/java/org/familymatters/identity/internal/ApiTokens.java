package org.familymatters.identity.internal;

import java.io.Serial;
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
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for machine clients. A user issues a token to themselves, on their
 * account page; a client then acts as that user, and what it does is audited against the
 * token. Administrators list and revoke tokens, and never see one: only a SHA-256 hash of
 * each token is stored, so a token is shown once, to the user who issued it.
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

	/**
	 * Issues a token to the signed-in user themselves: nobody issues a token for someone
	 * else.
	 */
	@Transactional
	public IssuedToken issue(SignedInUser self, String name, Duration lifetime) {
		var userId = self.id();
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
			.param("createdBy", self.username())
			.param("expiresAt", Timestamp.from(clock.instant().plus(lifetime)))
			.update();
		audit.recordAs(userId, self.username(),
				AuditEntry.allowed(IdentityAudit.API_TOKEN_ISSUED, "api_token", id, Basis.SELF, null)
					.withDetail("for user " + userId));
		return new IssuedToken(id, secret);
	}

	/** A user revokes one of their own tokens. */
	@Transactional
	public void revokeOwn(SignedInUser self, UUID tokenId) {
		revoke(self.id(), tokenId, Basis.SELF, null);
	}

	/** An administrator revokes a user's token. */
	@Transactional
	public void revoke(UUID userId, UUID tokenId) {
		revoke(userId, tokenId, Basis.ROLE, Role.ADMINISTRATOR.name());
	}

	/**
	 * Revokes every live token of a user whose access changed (a password reset, a
	 * disable); says how many.
	 */
	@Transactional
	public int revokeAllOf(UUID userId, String why) {
		int revoked = jdbc.sql("""
				update api_token set revoked_at = :now, version = version + 1
				where user_id = :userId and revoked_at is null
				""").param("userId", userId).param("now", now()).update();
		if (revoked > 0) {
			audit.record(AuditEntry
				.allowed(IdentityAudit.API_TOKEN_REVOKED, "user", userId, Basis.ROLE, Role.ADMINISTRATOR.name())
				.withDetail(revoked + " tokens, " + why));
		}
		return revoked;
	}

	private void revoke(UUID userId, UUID tokenId, Basis basis, String reference) {
		int changed = jdbc.sql("""
				update api_token set revoked_at = :now, version = version + 1
				where id = :id and user_id = :userId and revoked_at is null
				""").param("id", tokenId).param("userId", userId).param("now", now()).update();
		if (changed == 0 && list(userId).stream().noneMatch(token -> token.id().equals(tokenId))) {
			throw new NotFound("api_token", tokenId);
		}
		if (changed > 0) {
			audit.record(AuditEntry.allowed(IdentityAudit.API_TOKEN_REVOKED, "api_token", tokenId, basis, reference));
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
	 * The user a presented token stands for, acting through that token, if it is live and
	 * the user may still sign in.
	 * @throws PasswordChangeRequired when the user must change their password first
	 */
	@Transactional(noRollbackFor = PasswordChangeRequired.class)
	public Optional<StaffPrincipal> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		var token = jdbc.sql("""
				update api_token set last_used_at = :now
				where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)
				returning id, user_id
				""")
			.param("hash", Secrets.hash(secret))
			.param("now", now())
			.query((rs, n) -> new Live(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class)))
			.optional();
		if (token.isEmpty()) {
			return Optional.empty();
		}
		var account = users.findById(token.get().userId()).filter(UserAccount::enabled);
		if (account.isPresent() && account.get().mustChangePassword()) {
			throw new PasswordChangeRequired();
		}
		return account.map(found -> new StaffPrincipal(found,
				organisations.findById(found.organisationId()).map(Organisation::name).orElse(""))
			.throughToken(token.get().id()));
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A live token found by its secret. */
	private record Live(UUID id, UUID userId) {
	}

	/**
	 * The user a token stands for must change their password (a new user, or after a
	 * reset) before their tokens work.
	 */
	public static class PasswordChangeRequired extends BadOpaqueTokenException {

		@Serial
		private static final long serialVersionUID = 1L;

		PasswordChangeRequired() {
			super("The user this token belongs to must change their password first");
		}

	}

	/** A token as listed to administrators and its user: never the token itself. */
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
