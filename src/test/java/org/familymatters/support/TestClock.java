package org.familymatters.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.familymatters.shared.time.ServiceTime;

/**
 * The service's clock in tests: the real time until a test sets it, so that a test moves
 * the time instead of waiting for it. A test that sets it must be {@code @Isolated}
 * (nothing else runs beside it) and {@link #reset()} it after.
 */
public class TestClock extends Clock {

	private volatile Instant fixed;

	/** From now on the time is this instant, and stands still. */
	public void set(Instant instant) {
		fixed = instant;
	}

	/** From now on the time is this moment in the service's zone. */
	public void set(ZonedDateTime moment) {
		set(moment.toInstant());
	}

	/** Back to the real time. */
	public void reset() {
		fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return ServiceTime.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return ((fixed != null) ? Clock.fixed(fixed, zone) : Clock.system(zone));
	}

	@Override
	public Instant instant() {
		var now = fixed;
		return (now != null) ? now : Instant.now();
	}

}
