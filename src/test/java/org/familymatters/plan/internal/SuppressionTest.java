package org.familymatters.plan.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuppressionTest {

	@Test
	void noneIsShownAsZero() {
		assertThat(Suppression.count(0)).isEqualTo("0");
		assertThat(Suppression.small(0)).isFalse();
	}

	@Test
	void oneToFourAreFewerThanFive() {
		assertThat(Suppression.count(1)).isEqualTo("fewer than 5");
		assertThat(Suppression.count(4)).isEqualTo("fewer than 5");
		assertThat(Suppression.small(4)).isTrue();
	}

	@Test
	void fiveAndMoreAreShown() {
		assertThat(Suppression.count(5)).isEqualTo("5");
		assertThat(Suppression.count(1234)).isEqualTo("1234");
		assertThat(Suppression.small(5)).isFalse();
	}

	@Test
	void aNegativeCountIsAMistake() {
		assertThatThrownBy(() -> Suppression.count(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anAverageOfFewerThanFiveFamiliesIsNotShown() {
		assertThat(Suppression.average(0, 0)).isEqualTo("none");
		assertThat(Suppression.average(4, 8)).isEqualTo("not shown");
		assertThat(Suppression.average(5, 4)).isEqualTo("+0.8");
		assertThat(Suppression.average(5, 0)).isEqualTo("0.0");
		assertThat(Suppression.average(6, -8)).isEqualTo("-1.3");
	}

	@Test
	void aGroupShowsEveryCountSuppressed() {
		// Four families improved, one stayed the same, none got worse: 2 + 1 + 3 + 1 + 0
		// = 7.
		var group = OutcomeGroup.of("money", "Money and debt", List.of(2, 1, 3, 1, 0));
		assertThat(group.assessed()).isEqualTo(5);
		assertThat(group.improved()).isEqualTo(4);
		assertThat(group.same()).isEqualTo(1);
		assertThat(group.worse()).isZero();
		assertThat(group.totalChange()).isEqualTo(7);
		assertThat(group.averageChange()).isEqualTo(1.4);
		assertThat(group.shownAssessed()).isEqualTo("5");
		assertThat(group.shownImproved()).isEqualTo("fewer than 5");
		assertThat(group.shownSame()).isEqualTo("fewer than 5");
		assertThat(group.shownWorse()).isEqualTo("0");
		assertThat(group.shownAverage()).isEqualTo("+1.4");
	}

	@Test
	void aGroupOfFourHasNoAverageShown() {
		var group = OutcomeGroup.of("housing", "Housing", List.of(-1, -2, 0, 1));
		assertThat(group.improved()).isEqualTo(1);
		assertThat(group.worse()).isEqualTo(2);
		assertThat(group.totalChange()).isEqualTo(-2);
		assertThat(group.shownAssessed()).isEqualTo("fewer than 5");
		assertThat(group.shownAverage()).isEqualTo("not shown");
	}

	@Test
	void countsThatDoNotAddUpAreRefused() {
		assertThatThrownBy(() -> new OutcomeGroup("x", "X", 5, 1, 1, 1, 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
