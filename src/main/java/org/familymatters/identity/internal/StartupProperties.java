package org.familymatters.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the service creates when it starts.
 *
 * @param demo demo users and reference data
 * @param bootstrap the first administrator of an empty database
 */
@ConfigurationProperties("familymatters")
record StartupProperties(@DefaultValue Demo demo, @DefaultValue Bootstrap bootstrap) {

	/**
	 * Demo mode.
	 *
	 * @param enabled on or off; unset means on with the embedded database and off with an
	 * external one (read by {@link org.familymatters.shared.DemoMode})
	 * @param password the password every demo user signs in with
	 */
	record Demo(Boolean enabled, @DefaultValue("family-matters-demo") String password) {
	}

	/**
	 * The first start.
	 *
	 * @param organisationName the organisation the first administrator belongs to
	 * @param adminUsername the first administrator's username
	 */
	record Bootstrap(@DefaultValue("Family Matters") String organisationName,
			@DefaultValue("admin") String adminUsername) {
	}

}
