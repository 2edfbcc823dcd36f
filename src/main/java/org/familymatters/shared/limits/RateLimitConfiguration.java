package org.familymatters.shared.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The rate limits run first of all filters: before sessions are loaded or made, before
 * security, before any handler.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	@Bean
	FilterRegistrationBean<RateLimits> rateLimits(RateLimitProperties properties) {
		var registration = new FilterRegistrationBean<>(new RateLimits(properties));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("rateLimits");
		return registration;
	}

}
