package org.familymatters.courtdesk.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Small-number suppression: below 5, zero included, a suppressed count says "fewer than
 * 5".
 */
class CountTest {

	@Test
	void suppressedCountsBelowFiveSayFewerThanFive() {
		assertThat(new Count(0).shown(true)).isEqualTo("fewer than 5");
		assertThat(new Count(4).shown(true)).isEqualTo("fewer than 5");
		assertThat(new Count(5).shown(true)).isEqualTo("5");
		assertThat(new Count(1234).shown(true)).isEqualTo("1234");
	}

	@Test
	void exactCountsAreShownAsTheyAre() {
		assertThat(new Count(0).shown(false)).isEqualTo("0");
		assertThat(new Count(4).shown(false)).isEqualTo("4");
		assertThat(new Count(5).shown(false)).isEqualTo("5");
	}

	@Test
	void countsAddUpAndAreNeverNegative() {
		assertThat(new Count(3).plus(new Count(2))).isEqualTo(new Count(5));
		assertThat(new Count(3).plus(new Count(2)).small()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new Count(-1));
	}

	@Test
	void noneIsZeroAndSmall() {
		assertThat(Count.ZERO).isEqualTo(new Count(0));
		assertThat(Count.ZERO.small()).isTrue();
		assertThat(new Count(Count.THRESHOLD - 1).small()).isTrue();
		assertThat(new Count(Count.THRESHOLD).small()).isFalse();
	}

}
