package org.familymatters.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts the password hashes the service computes (each {@code encode} and each
 * {@code matches} is one bcrypt), per thread: a MockMvc request runs on the test's own
 * thread, so a test sees exactly the work its own requests caused. Imported by
 * {@link IntegrationTest}: it wraps the service's password encoder.
 */
public class PasswordChecks implements BeanPostProcessor {

	private static final ThreadLocal<AtomicInteger> COUNT = ThreadLocal.withInitial(AtomicInteger::new);

	/** How many passwords this thread has hashed so far. */
	public static int onThisThread() {
		return COUNT.get().get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		return (bean instanceof PasswordEncoder encoder) ? new Counting(encoder) : bean;
	}

	/** The service's encoder, counting. */
	private record Counting(PasswordEncoder encoder) implements PasswordEncoder {

		@Override
		public String encode(CharSequence rawPassword) {
			COUNT.get().incrementAndGet();
			return encoder.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			COUNT.get().incrementAndGet();
			return encoder.matches(rawPassword, encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return encoder.upgradeEncoding(encodedPassword);
		}

	}

}
