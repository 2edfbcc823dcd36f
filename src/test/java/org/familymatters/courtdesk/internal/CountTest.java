package org.familymatters.courtdesk.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Small-number suppression: a suppressed count from 1 to 4 says "fewer than 5"; zero is 0
 * to everyone.
 */
class CountTest {

	@Test
	void suppressedCountsFromOneToFourSayFewerThanFive() {
		assertThat(new Count(1).shown(true)).isEqualTo("fewer than 5");
		assertThat(new Count(4).shown(true)).isEqualTo("fewer than 5");
		assertThat(new Count(5).shown(true)).isEqualTo("5");
		assertThat(new Count(1234).shown(true)).isEqualTo("1234");
	}

	@Test
	void zeroIsShownAsZeroToEveryone() {
		assertThat(new Count(0).shown(true)).isEqualTo("0");
		assertThat(new Count(0).shown(false)).isEqualTo("0");
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
	void noneIsZeroAndNotSmall() {
		assertThat(Count.ZERO).isEqualTo(new Count(0));
		assertThat(Count.ZERO.small()).isFalse();
		assertThat(new Count(1).small()).isTrue();
		assertThat(new Count(Count.THRESHOLD - 1).small()).isTrue();
		assertThat(new Count(Count.THRESHOLD).small()).isFalse();
	}

}
