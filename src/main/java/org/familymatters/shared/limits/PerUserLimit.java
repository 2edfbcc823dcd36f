package org.familymatters.shared.limits;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * How often one signed-in user may do something that could be repeated to learn about
 * records they may not see (look up a family by its reference, check for people already
 * on record): a token bucket (Bucket4j) per user, refilled gradually, kept in memory on
 * each instance, each forgotten once it would be full again.
 */
public final class PerUserLimit {

	private final int requests;

	private final Duration per;

	private final Bandwidth bandwidth;

	private final Cache<UUID, Bucket> buckets;

	/** At most {@code requests} in any {@code per}. */
	public PerUserLimit(int requests, Duration per) {
		if (requests < 1 || per.isNegative() || per.isZero()) {
			throw new IllegalArgumentException("A limit needs at least one request in a positive period");
		}
		this.requests = requests;
		this.per = per;
		this.bandwidth = Bandwidth.builder().capacity(requests).refillGreedy(requests, per).build();
		this.buckets = Caffeine.newBuilder()
			.maximumSize(RateLimits.MAX_ADDRESSES)
			.expireAfterAccess(per.plusSeconds(1))
			.build();
	}

	/**
	 * Counts one more for the user: empty when it is within the limit, otherwise how long
	 * until one more is allowed (and nothing is counted).
	 */
	public Optional<Duration> take(UUID user) {
		var probe = buckets.get(user, key -> Bucket.builder().addLimit(bandwidth).build())
			.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	public int requests() {
		return requests;
	}

	public Duration per() {
		return per;
	}

	/** A wait in whole minutes, at least one, as a message says it. */
	public static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
