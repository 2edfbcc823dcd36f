package org.familymatters.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * What every integration test's service runs with: the test clock (see {@link TestClock})
 * and the run's own mail port.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

	/**
	 * The service sends its e-mail to the run's own mail port (see
	 * {@link TestMailServer}).
	 */
	@Bean
	DynamicPropertyRegistrar testMailPort() {
		return registry -> registry.add("spring.mail.port", () -> TestMailServer.PORT);
	}

}
