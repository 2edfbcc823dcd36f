package org.familymatters.network.internal;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A meeting's day and hours in words, in London time. */
class MeetingTimesTest {

	@Test
	void hoursAreWrittenAsGovUkWritesThem() {
		assertThat(MeetingTimes.time(LocalTime.of(10, 0))).isEqualTo("10am");
		assertThat(MeetingTimes.time(LocalTime.of(14, 30))).isEqualTo("2:30pm");
		assertThat(MeetingTimes.time(LocalTime.NOON)).isEqualTo("midday");
		assertThat(MeetingTimes.time(LocalTime.MIDNIGHT)).isEqualTo("midnight");
		assertThat(MeetingTimes.time(LocalTime.of(0, 15))).isEqualTo("12:15am");
	}

	@Test
	void dayAndHoursAreInLondonTime() {
		// 9am UTC in June is 10am in London.
		assertThat(MeetingTimes.when(Instant.parse("2026-06-10T09:00:00Z"), Instant.parse("2026-06-10T11:00:00Z")))
			.isEqualTo("Wednesday 10 June 2026, 10am to midday");
	}

}
