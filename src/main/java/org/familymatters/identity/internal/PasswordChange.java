package org.familymatters.identity.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.UserAccounts;
import org.familymatters.shared.web.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users changing their own password: every other session of theirs ends, so that whoever
 * else was signed in as them is signed out.
 */
@Service
public class PasswordChange {

	private final UserAccounts users;

	private final Passwords passwords;

	private final AuditTrail audit;

	private final SignedInSessions sessions;

	private final Clock clock;

	PasswordChange(UserAccounts users, Passwords passwords, AuditTrail audit, SignedInSessions sessions, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** Changes the password of a user who is not signed in (ends all their sessions). */
	@Transactional
	public Optional<Problem> change(UUID userId, String currentPassword, String newPassword) {
		return change(userId, currentPassword, newPassword, null);
	}

	/**
	 * Changes the password of a signed-in user; every session of theirs but
	 * {@code keptSessionId} ends.
	 */
	@Transactional
	public Optional<Problem> change(UUID userId, String currentPassword, String newPassword, String keptSessionId) {
		var account = users.findById(userId).orElseThrow(() -> new NotFound("user", userId));
		if (!passwords.matches(currentPassword, account.passwordHash())) {
			audit.record(AuditEntry.refused(IdentityAudit.PASSWORD_CHANGED, "user", userId, Basis.SELF, null)
				.withDetail("current password wrong"));
			return Optional.of(new Problem("currentPassword", "password.currentWrong"));
		}
		var problem = passwords.problemWith(newPassword, account.username());
		if (problem.isPresent()) {
			return problem.map(key -> new Problem("newPassword", key));
		}
		if (passwords.matches(newPassword, account.passwordHash())) {
			return Optional.of(new Problem("newPassword", "password.sameAsCurrent"));
		}
		users.save(account.withPassword(passwords.hash(newPassword), clock.instant()));
		audit.record(AuditEntry.allowed(IdentityAudit.PASSWORD_CHANGED, "user", userId, Basis.SELF, null));
		sessions.endAllBut(account.username(), (keptSessionId != null) ? keptSessionId : "");
		return Optional.empty();
	}

	/**
	 * The outcome: empty when changed, otherwise the field at fault and a message key.
	 */
	public record Problem(String field, String messageKey) {
	}

}
