package org.familymatters.identity.internal;

import java.io.Serial;
import java.time.Clock;
import java.time.Instant;

import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.UserAccounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's check of a username and password, protected: a username or address
 * that must wait, or a locked username, is refused before the password is hashed
 * ({@link SignInThrottle}); a failure is counted; a right one-time password past its
 * expiry is refused with words that say so (only to someone who knows it).
 */
class ProtectedSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final UserAccounts users;

	private final Clock clock;

	ProtectedSignIn(DaoAuthenticationProvider passwords, SignInThrottle throttle, UserAccounts users, Clock clock) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		var username = authentication.getName();
		var address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		var refusal = throttle.check(username, address);
		if (refusal.isPresent()) {
			throw new SignInRefused(refusal.get(), true);
		}
		Authentication result;
		try {
			result = passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			var after = throttle.recordFailure(username, address);
			if (after.isPresent()) {
				throw new SignInRefused(after.get(), false);
			}
			throw ex;
		}
		var user = (StaffPrincipal) result.getPrincipal();
		if (user.mustChangePassword() && users.findById(user.id())
			.map(account -> account.oneTimePasswordExpired(clock.instant()))
			.orElse(false)) {
			throw new OneTimePasswordExpired();
		}
		throttle.recordSuccess(username);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * An attempt refused for the failures before it: the username is locked, or the
	 * username or the address must wait.
	 */
	static final class SignInRefused extends AuthenticationException {

		@Serial
		private static final long serialVersionUID = 1L;

		private final boolean locked;

		private final Instant until;

		private final boolean beforeChecking;

		SignInRefused(SignInThrottle.Refusal refusal, boolean beforeChecking) {
			super((refusal.locked() ? "Locked" : "Waiting") + " until " + refusal.until());
			this.locked = refusal.locked();
			this.until = refusal.until();
			this.beforeChecking = beforeChecking;
		}

		boolean locked() {
			return locked;
		}

		Instant until() {
			return until;
		}

		/**
		 * Whether the password was never looked at (the attempt came while waiting), or
		 * was wrong and this failure brought the wait.
		 */
		boolean beforeChecking() {
			return beforeChecking;
		}

	}

	/** The right one-time password, past its expiry. */
	static final class OneTimePasswordExpired extends AuthenticationException {

		@Serial
		private static final long serialVersionUID = 1L;

		OneTimePasswordExpired() {
			super("The one-time password has expired");
		}

	}

}
