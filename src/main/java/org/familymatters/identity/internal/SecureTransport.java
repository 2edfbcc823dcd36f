package org.familymatters.identity.internal;

import org.familymatters.shared.web.PublicAddress;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * HTTPS: when the service's public address is https ({@link PublicAddress#secure()}),
 * every answer carries HSTS and the session cookie is marked Secure, even where TLS ends
 * at a proxy in front of the service. Otherwise both follow the request itself: a request
 * that came over HTTPS (directly, or through a proxy whose {@code X-Forwarded-*} headers
 * the service honours with {@code server.forward-headers-strategy=native}) gets them.
 */
@Configuration(proxyBeanMethods = false)
class SecureTransport {

	/** A year, as HSTS preload lists ask. */
	static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

	@Bean
	DefaultCookieSerializerCustomizer secureSessionCookie(PublicAddress publicAddress) {
		return serializer -> {
			if (publicAddress.secure()) {
				serializer.setUseSecureCookie(true);
			}
		};
	}

	/** HSTS on every answer for an https public address, else on secure requests. */
	static Customizer<HeadersConfigurer<HttpSecurity>.HstsConfig> hsts(PublicAddress publicAddress) {
		return hsts -> {
			hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true);
			if (publicAddress.secure()) {
				hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
			}
		};
	}

}
