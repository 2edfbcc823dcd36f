package org.familymatters.shared.security;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Replacing the signed-in user's principal with an updated one, for this request and the
 * session, without Spring's application context.
 */
class CurrentUserReplaceTest {

	private final CurrentUser currentUser = new CurrentUser();

	private final MockHttpServletRequest request = new MockHttpServletRequest();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private final User signedIn = new User(UUID.randomUUID(), "someone", "Before");

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void signIn(User user) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_A"))));
		SecurityContextHolder.setContext(context);
	}

	@Test
	void theUpdatedPrincipalIsSignedInForTheRestOfTheRequestAndTheSession() {
		signIn(signedIn);
		var updated = new User(signedIn.id(), "someone", "After");

		currentUser.replace(updated, List.of(new SimpleGrantedAuthority("ROLE_B")), request, response);

		assertThat(currentUser.get()).isSameAs(updated);
		assertThat(currentUser.authorities()).containsExactly("ROLE_B");
		var saved = (SecurityContext) request.getSession()
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(saved.getAuthentication().getPrincipal()).isSameAs(updated);
	}

	@Test
	void onlyTheSignedInUsersOwnPrincipalCanReplaceIt() {
		signIn(signedIn);
		var someoneElse = new User(UUID.randomUUID(), "other", "Other");
		assertThatThrownBy(() -> currentUser.replace(someoneElse, List.of(), request, response))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(currentUser.get()).isSameAs(signedIn);
		assertThat(request.getSession(false)).isNull();
	}

	@Test
	void nobodySignedInHasNothingToReplace() {
		assertThatThrownBy(() -> currentUser.replace(signedIn, List.of(), request, response))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	/** A signed-in user for the test. */
	record User(UUID id, String username, String displayName) implements SignedInUser {

		@Override
		public UUID organisationId() {
			return null;
		}

	}

}
