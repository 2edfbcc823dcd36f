package org.familymatters.privacy.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.familymatters.shared.time.ServiceTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a period ends (ADR 0016): a record whose period started on a day is kept through
 * the day its period ends and is due the day after, in the service's time zone.
 */
class RetentionCutoffTest {

	@Test
	void aRecordOfTenMarchIsKeptOnTenMarchAYearOnAndDueOnTheEleventh() {
		var arrived = LocalDateTime.of(2025, 3, 10, 23, 59).atZone(ServiceTime.ZONE).toInstant();
		var dayBefore = RetentionRun.cutoff(LocalDate.of(2026, 3, 9), 12);
		var theDay = RetentionRun.cutoff(LocalDate.of(2026, 3, 10), 12);
		var dayAfter = RetentionRun.cutoff(LocalDate.of(2026, 3, 11), 12);

		assertThat(arrived.isBefore(dayBefore.before())).isFalse();
		assertThat(arrived.isBefore(theDay.before())).isFalse();
		assertThat(arrived.isBefore(dayAfter.before())).isTrue();
		var firstMoment = LocalDateTime.of(2025, 3, 10, 0, 0).atZone(ServiceTime.ZONE).toInstant();
		assertThat(firstMoment.isBefore(theDay.before())).as("even its first moment is kept on the day").isFalse();
	}

	@Test
	void theCutoffIsMidnightInLondonWhateverTheSeason() {
		assertThat(RetentionRun.cutoff(LocalDate.of(2026, 7, 2), 12).before())
			.isEqualTo(LocalDateTime.of(2025, 7, 1, 23, 0).atZone(java.time.ZoneOffset.UTC).toInstant());
		assertThat(RetentionRun.cutoff(LocalDate.of(2026, 1, 2), 12).before())
			.isEqualTo(LocalDateTime.of(2025, 1, 2, 0, 0).atZone(java.time.ZoneOffset.UTC).toInstant());
	}

	@Test
	void aDayTheMonthLacksIsItsLastDay() {
		assertThat(RetentionRun.cutoff(LocalDate.of(2026, 3, 31), 1).before())
			.isEqualTo(LocalDate.of(2026, 2, 28).atStartOfDay(ServiceTime.ZONE).toInstant());
		assertThat(RetentionRun.cutoff(LocalDate.of(2026, 3, 31), 1).months()).isEqualTo(1);
		assertThat(RetentionRun.cutoff(LocalDate.of(2026, 3, 31), 1).today()).isEqualTo(LocalDate.of(2026, 3, 31));
	}

}
