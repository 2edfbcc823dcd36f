package org.familymatters.identity.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * However many sign-ins arrive together, no more passwords are hashed at once than the
 * limit allows; each is still checked, and the answers are the encoder's.
 */
class PasswordHashingLimitTest {

	@Test
	void noMoreThanTheLimitAreHashedAtOnceAndEveryAnswerIsTheEncoders() throws Exception {
		var busy = new AtomicInteger();
		var most = new AtomicInteger();
		var slow = new PasswordEncoder() {

			@Override
			public String encode(CharSequence rawPassword) {
				return "hashed:" + rawPassword;
			}

			@Override
			public boolean matches(CharSequence rawPassword, String encodedPassword) {
				most.accumulateAndGet(busy.incrementAndGet(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				busy.decrementAndGet();
				return encodedPassword.equals("hashed:" + rawPassword);
			}

		};
		var limited = new PasswordHashingLimit(slow, 1);
		var pool = Executors.newFixedThreadPool(8);
		var right = new AtomicInteger();
		var start = new CountDownLatch(1);
		for (int i = 0; i < 16; i++) {
			int n = i;
			pool.execute(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				if (limited.matches("password " + n, (n % 2 == 0) ? "hashed:password " + n : "hashed:other")) {
					right.incrementAndGet();
				}
			});
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(most.get()).as("passwords hashed at once").isEqualTo(1);
		assertThat(right.get()).as("the right passwords").isEqualTo(8);
		assertThat(limited.encode("x")).isEqualTo("hashed:x");
	}

}
