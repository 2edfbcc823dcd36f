package org.familymatters.identity.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in is protected ({@code familymatters.sign-in.*}) and how long one-time
 * passwords last ({@code familymatters.one-time-passwords.*} in
 * {@link OneTimePasswordProperties}).
 *
 * @param account failed attempts counted per username, whether it exists or not
 * @param address failed attempts counted per client address
 * @param exemptAddresses addresses whose failures are not counted per address (none by
 * default; per-username counting applies to everyone)
 */
@ConfigurationProperties("familymatters.sign-in")
record SignInProperties(@DefaultValue Account account, @DefaultValue Address address,
		@DefaultValue List<String> exemptAddresses) {

	/**
	 * Per username: after {@code freeFailures} failures each next attempt waits a growing
	 * delay, and after {@code lockAfter} failures the username is locked for
	 * {@code lockFor} (its user is e-mailed; an administrator can unlock it).
	 *
	 * @param freeFailures failures allowed without delay
	 * @param firstDelay the wait after the first failure beyond those, doubled each
	 * further failure
	 * @param maxDelay the longest wait
	 * @param lockAfter failures that lock the username
	 * @param lockFor how long the lock lasts
	 * @param window failures older than this are forgotten
	 */
	record Account(@DefaultValue("5") int freeFailures, @DefaultValue("PT1S") Duration firstDelay,
			@DefaultValue("PT1M") Duration maxDelay, @DefaultValue("10") int lockAfter,
			@DefaultValue("PT15M") Duration lockFor, @DefaultValue("PT15M") Duration window) {
	}

	/**
	 * Per client address: after {@code freeFailures} failures, whatever the usernames,
	 * each next attempt waits a growing delay. No lock: many people may share an address.
	 *
	 * @param freeFailures failures allowed without delay
	 * @param firstDelay the wait after the first failure beyond those, doubled each
	 * further failure
	 * @param maxDelay the longest wait
	 * @param window failures older than this are forgotten
	 */
	record Address(@DefaultValue("20") int freeFailures, @DefaultValue("PT1S") Duration firstDelay,
			@DefaultValue("PT5M") Duration maxDelay, @DefaultValue("PT15M") Duration window) {
	}

}
