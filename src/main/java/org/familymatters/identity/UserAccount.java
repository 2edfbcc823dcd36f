package org.familymatters.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of staff or a volunteer who signs in. Belongs to one organisation. A user
 * given a one-time password must change it, before it expires.
 */
public record UserAccount(@Id UUID id, String username, String displayName, String email, UUID organisationId,
		String passwordHash, boolean enabled, boolean mustChangePassword, Instant createdAt, Instant passwordChangedAt,
		Instant oneTimePasswordExpiresAt, @MappedCollection(idColumn = "user_id") Set<RoleGrant> roleGrants,
		@Version Long version) {

	/**
	 * A new, enabled account, created at {@code now}.
	 * @param oneTimePasswordExpiresAt when the password is a one-time password, when it
	 * expires (the user must change it before); null when it is the user's own
	 */
	public static UserAccount create(String username, String displayName, String email, UUID organisationId,
			Collection<Role> roles, String passwordHash, Instant oneTimePasswordExpiresAt, Instant now) {
		return new UserAccount(UUID.randomUUID(), username, displayName, email, organisationId, passwordHash, true,
				oneTimePasswordExpiresAt != null, now, null, oneTimePasswordExpiresAt, grants(roles), null);
	}

	/** Whether the password is a one-time password past its expiry. */
	public boolean oneTimePasswordExpired(Instant now) {
		return mustChangePassword && oneTimePasswordExpiresAt != null && !now.isBefore(oneTimePasswordExpiresAt);
	}

	public Set<Role> roles() {
		var roles = EnumSet.noneOf(Role.class);
		roleGrants.forEach(grant -> roles.add(grant.role()));
		return roles;
	}

	public boolean hasRole(Role role) {
		return roles().contains(role);
	}

	public UserAccount withDetails(String newDisplayName, String newEmail, UUID newOrganisationId,
			Collection<Role> newRoles) {
		return new UserAccount(id, username, newDisplayName, newEmail, newOrganisationId, passwordHash, enabled,
				mustChangePassword, createdAt, passwordChangedAt, oneTimePasswordExpiresAt, grants(newRoles), version);
	}

	/** The same account holding these roles, and no others. */
	public UserAccount withRoles(Collection<Role> newRoles) {
		return new UserAccount(id, username, displayName, email, organisationId, passwordHash, enabled,
				mustChangePassword, createdAt, passwordChangedAt, oneTimePasswordExpiresAt, grants(newRoles), version);
	}

	/**
	 * The same account as the version the user last saw, so a save after someone else's
	 * is refused.
	 */
	public UserAccount atVersion(long seenVersion) {
		return new UserAccount(id, username, displayName, email, organisationId, passwordHash, enabled,
				mustChangePassword, createdAt, passwordChangedAt, oneTimePasswordExpiresAt, roleGrants, seenVersion);
	}

	public UserAccount withEnabled(boolean nowEnabled) {
		return new UserAccount(id, username, displayName, email, organisationId, passwordHash, nowEnabled,
				mustChangePassword, createdAt, passwordChangedAt, oneTimePasswordExpiresAt, roleGrants, version);
	}

	/**
	 * The same account with a password of the user's own choosing, changed at
	 * {@code now}.
	 */
	public UserAccount withPassword(String newHash, Instant now) {
		return new UserAccount(id, username, displayName, email, organisationId, newHash, enabled, false, createdAt,
				now, null, roleGrants, version);
	}

	/**
	 * The same account with a one-time password, set at {@code now}, that the user must
	 * change before {@code expiresAt}.
	 */
	public UserAccount withOneTimePassword(String newHash, Instant now, Instant expiresAt) {
		return new UserAccount(id, username, displayName, email, organisationId, newHash, enabled, true, createdAt, now,
				expiresAt, roleGrants, version);
	}

	private static Set<RoleGrant> grants(Collection<Role> roles) {
		return roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
	}

	/** One role held by a user. */
	@Table("user_role")
	public record RoleGrant(Role role) {
	}

}
