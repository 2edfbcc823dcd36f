package org.familymatters.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's time zone and its clock. Days, months and times of day are counted in
 * {@link #ZONE}; code asks the {@link Clock} bean for "now" (never
 * {@code Instant.now()}), so a test sets the time instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceTime {

	/** Where the service's days begin and end: the Thames Valley's. */
	public static final ZoneId ZONE = ZoneId.of("Europe/London");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
