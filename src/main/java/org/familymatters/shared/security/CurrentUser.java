package org.familymatters.shared.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in now, through the sign-in page or an API token. The one place, with the
 * access decision, that reads Spring Security's context: every module asks here.
 */
@Component
public class CurrentUser {

	/** The name the audit trail gives to someone who is not signed in. */
	public static final String ANONYMOUS = "anonymous";

	/** The signed-in user, if there is one. */
	public Optional<SignedInUser> find() {
		var authentication = authentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInUser user)
				? Optional.of(user) : Optional.empty();
	}

	/**
	 * The signed-in user.
	 * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
	 * (answered as "sign in first")
	 */
	public SignedInUser get() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
	}

	/** Whether the signed-in user holds a role; false when nobody is signed in. */
	public boolean has(RoleName role) {
		return held().contains(role.authority());
	}

	/** Whether the signed-in user holds any of these roles. */
	public boolean hasAny(RoleName... roles) {
		var held = held();
		for (var role : roles) {
			if (held.contains(role.authority())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The roles of a type that the signed-in user holds; none when nobody is signed in.
	 */
	public <R extends Enum<R> & RoleName> Set<R> roles(Class<R> type) {
		var held = held();
		var roles = EnumSet.noneOf(type);
		for (var role : type.getEnumConstants()) {
			if (held.contains(role.authority())) {
				roles.add(role);
			}
		}
		return roles;
	}

	/**
	 * What the audit trail records as the actor: the username, or {@value #ANONYMOUS}.
	 */
	public String name() {
		var authentication = authentication();
		return (authentication != null) ? authentication.getName() : ANONYMOUS;
	}

	/**
	 * The authorities the signed-in user holds (e.g. {@code ROLE_SUPPORT_WORKER}); none
	 * when nobody is.
	 */
	public Set<String> authorities() {
		return held();
	}

	private static Set<String> held() {
		var authentication = authentication();
		if (authentication == null) {
			return Set.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The authentication of a signed-in user, or null for nobody (or Spring's anonymous
	 * user).
	 */
	private static Authentication authentication() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication;
	}

}
