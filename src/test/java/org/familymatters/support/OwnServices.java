package org.familymatters.support;

/**
 * Tests that start a service of their own (a {@code SpringApplicationBuilder} with its
 * own data directory: first start, restarts, HTTPS settings) take the
 * {@code @ResourceLock} {@value #LOCK}, so that no two start at once: each start sets up
 * the logging system, which is shared by the whole test run and is not safe to set up
 * from two threads at the same time.
 */
public final class OwnServices {

	/** The lock of the classes that start a service of their own. */
	public static final String LOCK = "a service of its own";

	private OwnServices() {
	}

}
