package org.familymatters.privacy.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a request is due: one calendar month after it was received. */
class DueDatesTest {

	@Test
	void oneCalendarMonthLater() {
		assertThat(DueDates.due(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 4, 15));
		assertThat(DueDates.due(LocalDate.of(2026, 12, 10))).isEqualTo(LocalDate.of(2027, 1, 10));
	}

	@Test
	void theLastDayOfAShorterMonth() {
		assertThat(DueDates.due(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(DueDates.due(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(DueDates.due(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 4, 30));
	}

	@Test
	void dueSoonWithinSevenDaysOrOverdue() {
		var today = LocalDate.of(2026, 6, 15);
		assertThat(DueDates.dueSoon(today.plusDays(7), today)).isTrue();
		assertThat(DueDates.dueSoon(today.plusDays(8), today)).isFalse();
		assertThat(DueDates.dueSoon(today.minusDays(3), today)).isTrue();
	}

	@Test
	void howSoonInWords() {
		var today = LocalDate.of(2026, 6, 15);
		assertThat(DueDates.howSoon(today, today)).isEqualTo("Due today");
		assertThat(DueDates.howSoon(today.plusDays(1), today)).isEqualTo("Due in 1 day");
		assertThat(DueDates.howSoon(today.plusDays(3), today)).isEqualTo("Due in 3 days");
		assertThat(DueDates.howSoon(today.minusDays(1), today)).isEqualTo("Overdue by 1 day");
		assertThat(DueDates.howSoon(today.minusDays(2), today)).isEqualTo("Overdue by 2 days");
	}

}
