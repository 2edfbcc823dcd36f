package org.familymatters.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long one-time passwords last ({@code familymatters.one-time-passwords.*}).
 *
 * @param firstAdministratorLifetime the first administrator's, made at first start
 * @param lifetime a new user's, and one from a reset or the command line
 */
@ConfigurationProperties("familymatters.one-time-passwords")
record OneTimePasswordProperties(@DefaultValue("PT24H") Duration firstAdministratorLifetime,
		@DefaultValue("PT72H") Duration lifetime) {
}
