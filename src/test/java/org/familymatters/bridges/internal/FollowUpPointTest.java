package org.familymatters.bridges.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The day each follow-up after release falls due, and which are due on a day. */
class FollowUpPointTest {

	private static final LocalDate RELEASED = LocalDate.of(2026, 1, 31);

	@Test
	void eachFallsDueFourWeeksThreeMonthsAndSixMonthsAfterRelease() {
		assertThat(FollowUpPoint.FOUR_WEEKS.dueOn(RELEASED)).isEqualTo(LocalDate.of(2026, 2, 28));
		// The end of a shorter month: the last day of it.
		assertThat(FollowUpPoint.THREE_MONTHS.dueOn(RELEASED)).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(FollowUpPoint.SIX_MONTHS.dueOn(RELEASED)).isEqualTo(LocalDate.of(2026, 7, 31));
	}

	@Test
	void aFollowUpIsDueFromItsDayUntilItIsRecorded() {
		Set<FollowUpPoint> none = EnumSet.noneOf(FollowUpPoint.class);
		assertThat(FollowUpPoint.due(RELEASED, none, LocalDate.of(2026, 2, 27))).isEmpty();
		assertThat(FollowUpPoint.due(RELEASED, none, LocalDate.of(2026, 2, 28)))
			.containsExactly(FollowUpPoint.FOUR_WEEKS);
		assertThat(FollowUpPoint.due(RELEASED, none, LocalDate.of(2026, 4, 29)))
			.containsExactly(FollowUpPoint.FOUR_WEEKS);
		assertThat(FollowUpPoint.due(RELEASED, none, LocalDate.of(2026, 4, 30)))
			.containsExactly(FollowUpPoint.FOUR_WEEKS, FollowUpPoint.THREE_MONTHS);
		assertThat(FollowUpPoint.due(RELEASED, EnumSet.of(FollowUpPoint.FOUR_WEEKS), LocalDate.of(2026, 4, 30)))
			.containsExactly(FollowUpPoint.THREE_MONTHS);
		assertThat(FollowUpPoint.due(RELEASED, EnumSet.of(FollowUpPoint.FOUR_WEEKS, FollowUpPoint.THREE_MONTHS),
				LocalDate.of(2027, 1, 1)))
			.containsExactly(FollowUpPoint.SIX_MONTHS);
		assertThat(FollowUpPoint.due(RELEASED, EnumSet.allOf(FollowUpPoint.class), LocalDate.of(2027, 1, 1))).isEmpty();
	}

	@Test
	void nothingIsDueBeforeRelease() {
		assertThat(FollowUpPoint.due(null, Set.of(), LocalDate.of(2027, 1, 1))).isEmpty();
	}

	@Test
	void aPointIsFoundByItsCodeInAnyCase() {
		assertThat(FollowUpPoint.find("four_weeks")).contains(FollowUpPoint.FOUR_WEEKS);
		assertThat(FollowUpPoint.find(" SIX_MONTHS ")).contains(FollowUpPoint.SIX_MONTHS);
		assertThat(FollowUpPoint.find("one_year")).isEmpty();
		assertThat(FollowUpPoint.find(null)).isEmpty();
	}

}
