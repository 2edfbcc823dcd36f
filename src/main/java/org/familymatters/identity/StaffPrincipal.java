package org.familymatters.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.familymatters.shared.security.SignedInUser;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * A signed-in user, whether through the sign-in page (session) or an API token. Kept in
 * the session, so it holds only what the pages need, never anything about families.
 * Between the password and the second step of a two-step sign-in (or until a person who
 * must use two-step sign-in has set it up) it holds no authority at all.
 */
public final class StaffPrincipal
		implements UserDetails, CredentialsContainer, OAuth2AuthenticatedPrincipal, SignedInUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final String username;

	private final String displayName;

	private final UUID organisationId;

	private final String organisationName;

	private final EnumSet<Role> roles;

	private final boolean enabled;

	private final boolean mustChangePassword;

	/** The API token this principal acts through; null for a signed-in page. */
	private final UUID apiTokenId;

	/** How far through signing in the user is; null (old sessions) reads as done. */
	private final Stage stage;

	private String passwordHash;

	public StaffPrincipal(UserAccount account, String organisationName) {
		this(account.id(), account.username(), account.displayName(), account.organisationId(), organisationName,
				account.roles(), account.enabled(), account.mustChangePassword(), account.passwordHash());
	}

	public StaffPrincipal(UUID id, String username, String displayName, UUID organisationId, String organisationName,
			Set<Role> roles, boolean enabled, boolean mustChangePassword, String passwordHash) {
		this(id, username, displayName, organisationId, organisationName, roles, enabled, mustChangePassword,
				passwordHash, null, Stage.SIGNED_IN);
	}

	private StaffPrincipal(UUID id, String username, String displayName, UUID organisationId, String organisationName,
			Set<Role> roles, boolean enabled, boolean mustChangePassword, String passwordHash, UUID apiTokenId,
			Stage stage) {
		this.apiTokenId = apiTokenId;
		this.stage = stage;
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.passwordHash = passwordHash;
	}

	@Override
	public UUID id() {
		return id;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public UUID organisationId() {
		return organisationId;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	public String organisationName() {
		return organisationName;
	}

	public Set<Role> roles() {
		return EnumSet.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	/** The same user acting through an API token: what they do is audited against it. */
	public StaffPrincipal throughToken(UUID tokenId) {
		return new StaffPrincipal(id, username, displayName, organisationId, organisationName, roles, enabled,
				mustChangePassword, null, tokenId, Stage.SIGNED_IN);
	}

	/** How far through signing in the user is. */
	public Stage stage() {
		return (stage != null) ? stage : Stage.SIGNED_IN;
	}

	/** The same user at another stage of signing in. */
	public StaffPrincipal at(Stage newStage) {
		return new StaffPrincipal(id, username, displayName, organisationId, organisationName, roles, enabled,
				mustChangePassword, null, apiTokenId, newStage);
	}

	@Override
	public Optional<UUID> apiTokenId() {
		return Optional.ofNullable(apiTokenId);
	}

	/** The same user after changing their password: nothing more is forced on them. */
	public StaffPrincipal withPasswordChanged() {
		return new StaffPrincipal(id, username, displayName, organisationId, organisationName, roles, enabled, false,
				null, apiTokenId, stage());
	}

	/** The user's roles as authorities; none until they have signed in fully. */
	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		if (stage() != Stage.SIGNED_IN) {
			return List.of();
		}
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of("sub", id.toString(), "username", username, "organisation", organisationId.toString());
	}

	@Override
	public String getName() {
		return username;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal that && that.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + username + "]";
	}

	/** How far through signing in a user is. */
	public enum Stage {

		/** Signed in: their roles count. */
		SIGNED_IN,

		/** The password was right; the code from their authenticator app is next. */
		SECOND_STEP,

		/** The password was right; they must set up two-step sign-in before going on. */
		SETTING_UP_SECOND_STEP

	}

}
