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

/** A member of staff or a volunteer who signs in. Belongs to one organisation. */
public record UserAccount(@Id UUID id, String username, String displayName, String email, UUID organisationId,
		String passwordHash, boolean enabled, boolean mustChangePassword, Instant createdAt, Instant passwordChangedAt,
		@MappedCollection(idColumn = "user_id") Set<RoleGrant> roleGrants, @Version Long version) {

	/** A new, enabled account, created at {@code now}. */
	public static UserAccount create(String username, String displayName, String email, UUID organisationId,
			Collection<Role> roles, String passwordHash, boolean mustChangePassword, Instant now) {
		return new UserAccount(UUID.randomUUID(), username, displayName, email, organisationId, passwordHash, true,
				mustChangePassword, now, null, grants(roles), null);
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
				mustChangePassword, createdAt, passwordChangedAt, grants(newRoles), version);
	}

	/** The same account holding these roles, and no others. */
	public UserAccount withRoles(Collection<Role> newRoles) {
		return new UserAccount(id, username, displayName, email, organisationId, passwordHash, enabled,
				mustChangePassword, createdAt, passwordChangedAt, grants(newRoles), version);
	}

	/**
	 * The same account as the version the user last saw, so a save after someone else's
	 * is refused.
	 */
	public UserAccount atVersion(long seenVersion) {
		return new UserAccount(id, username, displayName, email, organisationId, passwordHash, enabled,
				mustChangePassword, createdAt, passwordChangedAt, roleGrants, seenVersion);
	}

	public UserAccount withEnabled(boolean nowEnabled) {
		return new UserAccount(id, username, displayName, email, organisationId, passwordHash, nowEnabled,
				mustChangePassword, createdAt, passwordChangedAt, roleGrants, version);
	}

	/** The same account with a new password, changed at {@code now}. */
	public UserAccount withPassword(String newHash, boolean changeAtNextSignIn, Instant now) {
		return new UserAccount(id, username, displayName, email, organisationId, newHash, enabled, changeAtNextSignIn,
				createdAt, now, roleGrants, version);
	}

	private static Set<RoleGrant> grants(Collection<Role> roles) {
		return roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
	}

	/** One role held by a user. */
	@Table("user_role")
	public record RoleGrant(Role role) {
	}

}
