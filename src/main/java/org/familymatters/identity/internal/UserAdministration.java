package org.familymatters.identity.internal;

import java.io.Serial;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.UserAccount;
import org.familymatters.identity.UserAccounts;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.NotFound;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to users: create, change, disable and enable them, reset
 * passwords.
 */
@Service
public class UserAdministration {

	private static final String RECORD = "user";

	private static final String AS_ADMINISTRATOR = Role.ADMINISTRATOR.name();

	private final UserAccounts users;

	private final Organisations organisations;

	private final Passwords passwords;

	private final SignedInSessions sessions;

	private final AuditTrail audit;

	private final Clock clock;

	UserAdministration(UserAccounts users, Organisations organisations, Passwords passwords, SignedInSessions sessions,
			AuditTrail audit, Clock clock) {
		this.users = users;
		this.organisations = organisations;
		this.passwords = passwords;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public NewUser create(String username, String displayName, String email, UUID organisationId,
			Collection<Role> roles) {
		var name = username.strip().toLowerCase();
		if (users.existsByUsername(name)) {
			throw new UsernameTaken(name);
		}
		requireOrganisation(organisationId);
		var oneTimePassword = passwords.oneTimePassword();
		UserAccount account;
		try {
			account = users.save(UserAccount.create(name, displayName.strip(), Input.trimmed(email), organisationId,
					roles, passwords.hash(oneTimePassword), true, clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			// Another administrator took the name between the check and the save.
			throw new UsernameTaken(name);
		}
		audit.record(AuditEntry.allowed(IdentityAudit.USER_CREATED, RECORD, account.id(), Basis.ROLE, AS_ADMINISTRATOR)
			.withDetail("roles " + account.roles()));
		return new NewUser(account, oneTimePassword);
	}

	/**
	 * Changes a user as an administrator saw them at {@code version}.
	 * @throws StaleSave when someone else changed the user meanwhile
	 */
	@Transactional
	public UserAccount update(UUID id, long version, String displayName, String email, UUID organisationId,
			Collection<Role> roles) {
		var account = find(id);
		if (!Objects.equals(account.version(), version)) {
			throw new StaleSave(RECORD, id);
		}
		requireOrganisation(organisationId);
		var before = account.roles();
		var changed = users.save(account.atVersion(version)
			.withDetails(displayName.strip(), Input.trimmed(email), organisationId, roles));
		audit.record(AuditEntry.allowed(IdentityAudit.USER_UPDATED, RECORD, id, Basis.ROLE, AS_ADMINISTRATOR)
			.withDetail(before.equals(changed.roles()) ? "details" : "roles " + before + " -> " + changed.roles()));
		if (!before.equals(changed.roles()) || !account.organisationId().equals(organisationId)) {
			sessions.endAllFor(account.username());
		}
		return changed;
	}

	@Transactional
	public UserAccount setEnabled(UUID id, boolean enabled, UUID actingUserId) {
		var account = find(id);
		if (!enabled && account.id().equals(actingUserId)) {
			throw new CannotDisableSelf();
		}
		var changed = users.save(account.withEnabled(enabled));
		audit.record(AuditEntry.allowed(enabled ? IdentityAudit.USER_ENABLED : IdentityAudit.USER_DISABLED, RECORD, id,
				Basis.ROLE, AS_ADMINISTRATOR));
		if (!enabled) {
			sessions.endAllFor(account.username());
		}
		return changed;
	}

	/**
	 * Sets a new one-time password, ends the user's sessions, and returns the password to
	 * pass on.
	 */
	@Transactional
	public String resetPassword(UUID id) {
		var account = find(id);
		var oneTimePassword = passwords.oneTimePassword();
		users.save(account.withPassword(passwords.hash(oneTimePassword), true, clock.instant()));
		audit.record(AuditEntry.allowed(IdentityAudit.USER_PASSWORD_RESET, RECORD, id, Basis.ROLE, AS_ADMINISTRATOR));
		sessions.endAllFor(account.username());
		return oneTimePassword;
	}

	public UserAccount find(UUID id) {
		return users.findById(id).orElseThrow(() -> new NotFound(RECORD, id));
	}

	private void requireOrganisation(UUID organisationId) {
		if (organisationId == null || !organisations.existsById(organisationId)) {
			throw new UnknownOrganisation();
		}
	}

	/** A user created with a one-time password they must change at first sign-in. */
	public record NewUser(UserAccount account, String oneTimePassword) {
	}

	/** The username is in use already. */
	public static class UsernameTaken extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		UsernameTaken(String username) {
			super("The username " + username + " is taken");
		}

	}

	/** The organisation chosen does not exist. */
	public static class UnknownOrganisation extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		UnknownOrganisation() {
			super("No such organisation");
		}

	}

	/** Administrators may not lock themselves out. */
	public static class CannotDisableSelf extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		CannotDisableSelf() {
			super("You cannot disable your own account");
		}

	}

}
