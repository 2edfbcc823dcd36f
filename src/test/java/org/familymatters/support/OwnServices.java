package org.familymatters.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;

/**
 * Tests that start a service of their own (a {@code SpringApplicationBuilder} with its
 * own data directory: restarts, HTTPS settings, the embedded database's settings) build
 * it with {@link #builder}: the service leaves the test run's logging as it is, instead
 * of setting it up on its start and tearing it down on its close, which is not safe from
 * two threads at the same time. So these tests run beside the others and each other; each
 * has its own database and ports. The first start's test reads the console, so it keeps
 * Spring Boot's logging set-up, and runs {@code @Isolated}.
 */
public final class OwnServices {

	private OwnServices() {
	}

	/**
	 * A builder of the service from these sources, without the banner and without Spring
	 * Boot's set-up of the logging system.
	 * @param sources the application class and any test configuration
	 * @return the builder, for its properties and {@code run}
	 */
	public static SpringApplicationBuilder builder(Class<?>... sources) {
		var builder = new SpringApplicationBuilder(sources).properties("spring.main.banner-mode=off");
		var application = builder.application();
		application.setListeners(application.getListeners()
			.stream()
			.filter(listener -> !(listener instanceof LoggingApplicationListener))
			.toList());
		return builder;
	}

}
