package org.familymatters.identity.internal;

import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The service's password encoder, hashing at most a few passwords at once (half the
 * processors, at least one), in the order they came: bcrypt's work is meant to be slow,
 * and however many sign-ins arrive together they keep the other processors free for
 * everyone else's pages. Attempts that must wait or come during a lock never get here
 * ({@link SignInThrottle}); this bounds what the allowed ones cost.
 */
final class PasswordHashingLimit implements PasswordEncoder {

	private final PasswordEncoder encoder;

	private final Semaphore hashing;

	PasswordHashingLimit(PasswordEncoder encoder, int atOnce) {
		this.encoder = encoder;
		this.hashing = new Semaphore(Math.max(1, atOnce), true);
	}

	/** Half the processors this service may use, at least one. */
	static int halfTheProcessors() {
		return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		hashing.acquireUninterruptibly();
		try {
			return encoder.encode(rawPassword);
		}
		finally {
			hashing.release();
		}
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		hashing.acquireUninterruptibly();
		try {
			return encoder.matches(rawPassword, encodedPassword);
		}
		finally {
			hashing.release();
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return encoder.upgradeEncoding(encodedPassword);
	}

}
