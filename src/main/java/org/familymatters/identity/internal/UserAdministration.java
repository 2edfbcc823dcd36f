package org.familymatters.identity.internal;

import java.io.Serial;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.CredentialsRevoked;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.UserAccount;
import org.familymatters.identity.UserAccounts;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to users: create, change, disable and enable them, reset
 * passwords. Separation of duties: nobody changes their own roles; a role that sees
 * families' records waits for a second administrator ({@link RoleGrants}); an
 * administrator holds no such role.
 */
@Service
public class UserAdministration {

	private static final String RECORD = "user";

	private static final String AS_ADMINISTRATOR = Role.ADMINISTRATOR.name();

	private final UserAccounts users;

	private final Organisations organisations;

	private final Passwords passwords;

	private final SignedInSessions sessions;

	private final RoleGrants grants;

	private final AuditTrail audit;

	private final OneTimePasswordProperties oneTimePasswords;

	private final SignInThrottle throttle;

	private final ApiTokens tokens;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAdministration(UserAccounts users, Organisations organisations, Passwords passwords, SignedInSessions sessions,
			RoleGrants grants, AuditTrail audit, OneTimePasswordProperties oneTimePasswords, SignInThrottle throttle,
			ApiTokens tokens, ApplicationEventPublisher events, Clock clock) {
		this.throttle = throttle;
		this.tokens = tokens;
		this.events = events;
		this.oneTimePasswords = oneTimePasswords;
		this.users = users;
		this.organisations = organisations;
		this.passwords = passwords;
		this.sessions = sessions;
		this.grants = grants;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a user with a one-time password. Roles that see families' records are not
	 * given yet: each waits for a second administrator.
	 * @param requestedBy the administrator creating the user
	 * @throws RoleChangeRefused when the roles make an administrator who sees families
	 */
	@Transactional
	public NewUser create(String username, String displayName, String email, UUID organisationId,
			Collection<Role> roles, UUID requestedBy) {
		var name = username.strip().toLowerCase();
		if (users.existsByUsername(name)) {
			throw new UsernameTaken(name);
		}
		requireOrganisation(organisationId);
		requireSeparated(roles);
		var awaiting = seeingFamilies(roles);
		var given = EnumSet.noneOf(Role.class);
		roles.stream().filter(role -> !role.seesFamilyData()).forEach(given::add);
		var oneTimePassword = passwords.oneTimePassword();
		var now = clock.instant();
		UserAccount account;
		try {
			account = users.save(UserAccount.create(name, displayName.strip(), Input.trimmed(email), organisationId,
					given, passwords.hash(oneTimePassword), now.plus(oneTimePasswords.lifetime()), now));
		}
		catch (DuplicateKeyException ex) {
			// Another administrator took the name between the check and the save.
			throw new UsernameTaken(name);
		}
		audit.record(AuditEntry.allowed(IdentityAudit.USER_CREATED, RECORD, account.id(), Basis.ROLE, AS_ADMINISTRATOR)
			.withDetail("roles " + account.roles() + (awaiting.isEmpty() ? "" : ", awaiting approval " + awaiting)));
		grants.request(account.id(), awaiting, requestedBy);
		return new NewUser(account, oneTimePassword, awaiting);
	}

	/**
	 * Changes a user as an administrator saw them at {@code version}. Roles taken away
	 * and roles that see no families' records change at once; a role that sees families'
	 * records waits for a second administrator.
	 * @param actingAdministrator who changes the user: they cannot change their own roles
	 * @throws StaleSave when someone else changed the user meanwhile
	 * @throws RoleChangeRefused when separation of duties forbids the change of roles
	 */
	@Transactional
	public Updated update(UUID id, long version, String displayName, String email, UUID organisationId,
			Collection<Role> roles, UUID actingAdministrator) {
		var account = find(id);
		if (!Objects.equals(account.version(), version)) {
			throw new StaleSave(RECORD, id);
		}
		requireOrganisation(organisationId);
		var before = account.roles();
		var wanted = EnumSet.noneOf(Role.class);
		wanted.addAll(roles);
		if (!before.equals(wanted) && id.equals(actingAdministrator)) {
			throw new RoleChangeRefused(RoleChangeRefused.Reason.OWN_ROLES);
		}
		var awaiting = EnumSet.noneOf(Role.class);
		var given = EnumSet.noneOf(Role.class);
		for (var role : wanted) {
			if (!before.contains(role) && role.seesFamilyData()) {
				awaiting.add(role);
			}
			else {
				given.add(role);
			}
		}
		var withWaiting = EnumSet.copyOf(wanted);
		withWaiting.addAll(grants.rolesPendingFor(id));
		requireSeparated(withWaiting);
		var changed = users.save(account.atVersion(version)
			.withDetails(displayName.strip(), Input.trimmed(email), organisationId, given));
		audit.record(AuditEntry.allowed(IdentityAudit.USER_UPDATED, RECORD, id, Basis.ROLE, AS_ADMINISTRATOR)
			.withDetail(before.equals(changed.roles()) ? "details" : "roles " + before + " -> " + changed.roles()));
		grants.request(id, awaiting, actingAdministrator);
		if (!before.equals(changed.roles()) || !account.organisationId().equals(organisationId)) {
			sessions.endAllFor(account.username());
		}
		return new Updated(changed, awaiting);
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
			revokeCredentials(account, CredentialsRevoked.DISABLED);
		}
		return changed;
	}

	/**
	 * Sets a new one-time password, ends the user's sessions, revokes their API tokens
	 * and calendar links, and returns the password to pass on.
	 */
	@Transactional
	public String resetPassword(UUID id) {
		var account = find(id);
		var oneTimePassword = passwords.oneTimePassword();
		var now = clock.instant();
		users.save(account.withOneTimePassword(passwords.hash(oneTimePassword), now,
				now.plus(oneTimePasswords.lifetime())));
		audit.record(AuditEntry.allowed(IdentityAudit.USER_PASSWORD_RESET, RECORD, id, Basis.ROLE, AS_ADMINISTRATOR));
		sessions.endAllFor(account.username());
		revokeCredentials(account, CredentialsRevoked.PASSWORD_RESET);
		return oneTimePassword;
	}

	/**
	 * The command line gives a named administrator a new one-time password (theirs
	 * expired, or was lost): it lasts as the first administrator's does, and any lock on
	 * their sign-in ends.
	 * @throws NotAnAdministrator when no administrator has that username
	 */
	@Transactional
	public String newAdministratorPassword(String username) {
		var name = (username != null) ? username.strip().toLowerCase() : "";
		var account = users.findByUsername(name)
			.filter(found -> found.hasRole(Role.ADMINISTRATOR))
			.orElseThrow(() -> new NotAnAdministrator(name));
		var oneTimePassword = passwords.oneTimePassword();
		var now = clock.instant();
		users.save(account.withOneTimePassword(passwords.hash(oneTimePassword), now,
				now.plus(oneTimePasswords.firstAdministratorLifetime())));
		throttle.unlock(account);
		audit.record(AuditEntry.allowed(IdentityAudit.USER_PASSWORD_RESET, RECORD, account.id(), Basis.SYSTEM,
				"command line"));
		sessions.endAllFor(account.username());
		revokeCredentials(account, CredentialsRevoked.PASSWORD_RESET);
		return oneTimePassword;
	}

	/**
	 * Takes back the user's other credentials: their API tokens now, in this transaction;
	 * what other modules gave them (a calendar link) when {@link CredentialsRevoked}
	 * reaches them after the commit.
	 */
	private void revokeCredentials(UserAccount account, String why) {
		tokens.revokeAllOf(account.id(), why);
		events.publishEvent(new CredentialsRevoked(account.id(), why));
	}

	public UserAccount find(UUID id) {
		return users.findById(id).orElseThrow(() -> new NotFound(RECORD, id));
	}

	/**
	 * An administrator holds no role that sees families' records.
	 * @throws RoleChangeRefused when the roles hold both
	 */
	static void requireSeparated(Collection<Role> roles) {
		if (roles.contains(Role.ADMINISTRATOR) && roles.stream().anyMatch(Role::seesFamilyData)) {
			throw new RoleChangeRefused(RoleChangeRefused.Reason.ADMINISTRATOR_SEES_NO_FAMILIES);
		}
	}

	private static Set<Role> seeingFamilies(Collection<Role> roles) {
		var seeing = EnumSet.noneOf(Role.class);
		roles.stream().filter(Role::seesFamilyData).forEach(seeing::add);
		return seeing;
	}

	private void requireOrganisation(UUID organisationId) {
		if (organisationId == null || !organisations.existsById(organisationId)) {
			throw new UnknownOrganisation();
		}
	}

	/**
	 * A user created with a one-time password they must change at first sign-in.
	 *
	 * @param account the account as created
	 * @param oneTimePassword the password to pass on, shown once
	 * @param awaitingApproval roles asked for that wait for a second administrator
	 */
	public record NewUser(UserAccount account, String oneTimePassword, Set<Role> awaitingApproval) {
	}

	/**
	 * A user as changed.
	 *
	 * @param account the account as saved
	 * @param awaitingApproval roles asked for that wait for a second administrator
	 */
	public record Updated(UserAccount account, Set<Role> awaitingApproval) {
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

	/** No administrator has the username given on the command line. */
	public static class NotAnAdministrator extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		NotAnAdministrator(String username) {
			super("No administrator has the username \"" + username + "\"");
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
