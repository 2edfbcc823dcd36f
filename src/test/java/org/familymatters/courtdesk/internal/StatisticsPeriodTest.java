package org.familymatters.courtdesk.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

import org.familymatters.shared.time.ServiceTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The months the statistics cover, counted in Europe/London, without Spring. */
class StatisticsPeriodTest {

	@Test
	void theDefaultIsTheTwelveMonthsUpToThisOneInLondon() {
		// 00:30 on 1 April 2026 in London is still 31 March in UTC.
		var clock = Clock.fixed(Instant.parse("2026-03-31T23:30:00Z"), ServiceTime.ZONE);
		assertThat(StatisticsPeriod.thisMonth(clock)).isEqualTo(YearMonth.of(2026, 4));
		var period = StatisticsPeriod.lastTwelveMonths(clock);
		assertThat(period.from()).isEqualTo(YearMonth.of(2025, 5));
		assertThat(period.to()).isEqualTo(YearMonth.of(2026, 4));
		assertThat(period.months()).hasSize(12).startsWith(YearMonth.of(2025, 5)).endsWith(YearMonth.of(2026, 4));
	}

	@Test
	void aPeriodStartsAndEndsAtMidnightInLondon() {
		var summer = new StatisticsPeriod(YearMonth.of(2019, 4), YearMonth.of(2019, 6));
		assertThat(summer.start()).isEqualTo(Instant.parse("2019-03-31T23:00:00Z"));
		assertThat(summer.end()).isEqualTo(Instant.parse("2019-06-30T23:00:00Z"));
		var winter = new StatisticsPeriod(YearMonth.of(2019, 1), YearMonth.of(2019, 1));
		assertThat(winter.start()).isEqualTo(Instant.parse("2019-01-01T00:00:00Z"));
		assertThat(winter.end()).isEqualTo(Instant.parse("2019-02-01T00:00:00Z"));
	}

	@Test
	void aPeriodIsWrittenForPeopleAndForFileNames() {
		var period = new StatisticsPeriod(YearMonth.of(2025, 4), YearMonth.of(2026, 3));
		assertThat(period.label()).isEqualTo("April 2025 to March 2026");
		assertThat(period.slug()).isEqualTo("2025-04-to-2026-03");
		assertThat(new StatisticsPeriod(YearMonth.of(2026, 3), YearMonth.of(2026, 3)).label()).isEqualTo("March 2026");
		assertThat(StatisticsPeriod.endingIn(YearMonth.of(2026, 3))).isEqualTo(period);
	}

	@Test
	void aPeriodEndsNoEarlierThanItStartsAndCoversAtMostSixtyMonths() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StatisticsPeriod(YearMonth.of(2026, 3), YearMonth.of(2026, 2)));
		assertThat(new StatisticsPeriod(YearMonth.of(2021, 1), YearMonth.of(2025, 12)).months())
			.hasSize(StatisticsPeriod.MAX_MONTHS);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StatisticsPeriod(YearMonth.of(2021, 1), YearMonth.of(2026, 1)));
	}

}
