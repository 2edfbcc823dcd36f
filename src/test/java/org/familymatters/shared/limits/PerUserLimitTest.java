package org.familymatters.shared.limits;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A limit per user: so many in a period each, then how long to wait. */
class PerUserLimitTest {

	@Test
	void eachUserHasTheirOwnAllowanceAndIsToldHowLongToWaitBeyondIt() {
		var limit = new PerUserLimit(3, Duration.ofHours(1));
		var one = UUID.randomUUID();
		var other = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			assertThat(limit.take(one)).isEmpty();
		}
		var wait = limit.take(one);
		assertThat(wait).isPresent();
		assertThat(wait.get()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(20));
		assertThat(limit.take(other)).as("someone else").isEmpty();
		assertThat(PerUserLimit.minutes(Duration.ofSeconds(61))).isEqualTo(2);
		assertThat(PerUserLimit.minutes(Duration.ofSeconds(1))).isEqualTo(1);
	}

	@Test
	void aLimitNeedsAnAllowanceInAPositivePeriod() {
		assertThatThrownBy(() -> new PerUserLimit(0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PerUserLimit(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
	}

}
