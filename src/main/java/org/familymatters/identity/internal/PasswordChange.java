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

/** Users changing their own password. */
@Service
public class PasswordChange {

	private final UserAccounts users;

	private final Passwords passwords;

	private final AuditTrail audit;

	private final Clock clock;

	PasswordChange(UserAccounts users, Passwords passwords, AuditTrail audit, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Optional<Problem> change(UUID userId, String currentPassword, String newPassword) {
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
		return Optional.empty();
	}

	/**
	 * The outcome: empty when changed, otherwise the field at fault and a message key.
	 */
	public record Problem(String field, String messageKey) {
	}

}
