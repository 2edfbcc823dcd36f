package org.familymatters.shared.limits;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on how often one address may call the open endpoints and public forms
 * ({@code familymatters.rate-limits.*}).
 *
 * @param enabled whether limits apply at all
 * @param exemptAddresses addresses no limit applies to (none by default)
 * @param rules the limits, the first that matches a request applies
 */
@ConfigurationProperties("familymatters.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<String> exemptAddresses,
		@DefaultValue List<Rule> rules) {

	/**
	 * One limit.
	 *
	 * @param name what the limit is for, in messages and logs
	 * @param paths the request paths it covers (Spring path patterns, e.g.
	 * {@code /support/**})
	 * @param methods the HTTP methods it covers; empty means every method
	 * @param requests how many requests one address may make …
	 * @param per … in this period, refilled gradually
	 */
	public record Rule(String name, List<String> paths, @DefaultValue List<String> methods, int requests,
			Duration per) {
	}

}
