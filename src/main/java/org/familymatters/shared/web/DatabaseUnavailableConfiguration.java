package org.familymatters.shared.web;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The answer while the database is down ({@link DatabaseUnavailablePages}) wraps every
 * filter but the rate limits: the session (kept in the database) and security run inside
 * it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableConfiguration {

	@Bean
	FilterRegistrationBean<DatabaseUnavailablePages> databaseUnavailablePages(Clock clock) {
		var registration = new FilterRegistrationBean<>(new DatabaseUnavailablePages(clock));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setName("databaseUnavailablePages");
		return registration;
	}

}
