package org.familymatters.shared.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Who is signed in now, through the sign-in page or an API token. The one place, with the
 * access decision, that reads Spring Security's context: every module asks here.
 */
@Component
public class CurrentUser {

	/** The name the audit trail gives to someone who is not signed in. */
	public static final String ANONYMOUS = "anonymous";

	/**
	 * Where Spring Security keeps the context between requests: the request, then the
	 * (Spring Session) HTTP session, as its own default.
	 */
	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

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

	/**
	 * Puts an updated principal of the signed-in user in place of the one signed in (the
	 * same user with changed facts, e.g. no longer made to change their password), for
	 * the rest of this request and, through Spring Security's
	 * {@link SecurityContextRepository}, for the rest of their session.
	 * @param user the same user as the one signed in, as they are now
	 * @param authorities what they hold now
	 * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
	 * @throws IllegalArgumentException when {@code user} is someone else
	 */
	public void replace(SignedInUser user, Collection<? extends GrantedAuthority> authorities,
			HttpServletRequest request, HttpServletResponse response) {
		var signedIn = get();
		if (!signedIn.id().equals(user.id())) {
			throw new IllegalArgumentException("Only the signed-in user's own principal can replace it");
		}
		var strategy = SecurityContextHolder.getContextHolderStrategy();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
		authentication.setDetails(strategy.getContext().getAuthentication().getDetails());
		var context = strategy.createEmptyContext();
		context.setAuthentication(authentication);
		strategy.setContext(context);
		contexts.saveContext(context, request, response);
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
