package org.familymatters.training.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.familymatters.shared.time.ServiceTime;
import org.familymatters.training.internal.AttendanceRules.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a trainer may mark attendance at the door and take a mark back, in London time.
 */
class AttendanceRulesTest {

	/** A session on 10 March 2026, 10:00 to 13:00 in London. */
	private static final Instant STARTS = at(10, 10, 0);

	private static final Instant ENDS = at(10, 13, 0);

	private static Instant at(int day, int hour, int minute) {
		return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, ServiceTime.ZONE).toInstant();
	}

	@Test
	void aBookedPlaceIsMarkedFromTheMorningOfTheSessionsDay() {
		assertThat(AttendanceRules.mayMark(STARTS, ENDS, false, "BOOKED", null, at(10, 0, 5))).isEmpty();
		assertThat(AttendanceRules.mayMark(STARTS, ENDS, false, "BOOKED", null, at(10, 9, 58))).isEmpty();
		assertThat(AttendanceRules.mayMark(STARTS, ENDS, false, "BOOKED", null, at(10, 15, 0))).isEmpty();
	}

	@Test
	void aSessionOfALaterDayIsNotMarkedBeforeItsDay() {
		assertThat(AttendanceRules.mayMark(STARTS, ENDS, false, "BOOKED", null, at(9, 23, 59)))
			.contains(Refusal.NOT_YET);
	}

	@Test
	void attendanceIsMarkedAfterwardsForFourteenDaysOnly() {
		assertThat(AttendanceRules.mayMark(STARTS, ENDS, false, "BOOKED", null, ENDS.plus(Duration.ofDays(14))))
			.isEmpty();
		assertThat(AttendanceRules.mayMark(STARTS, ENDS, false, "BOOKED", null,
				ENDS.plus(Duration.ofDays(14)).plusSeconds(1)))
			.contains(Refusal.TOO_LATE);
	}

	@Test
	void markingTwiceIsRefused() {
		assertThat(AttendanceRules.mayMark(STARTS, ENDS, false, "BOOKED", at(10, 9, 58), at(10, 10, 5)))
			.contains(Refusal.ALREADY_MARKED);
	}

	@Test
	void aPlaceOnTheWaitingListOrCancelledIsNotMarked() {
		assertThat(AttendanceRules.mayMark(STARTS, ENDS, false, "WAITING", null, at(10, 10, 0)))
			.contains(Refusal.WAITING);
		assertThat(AttendanceRules.mayMark(STARTS, ENDS, false, "CANCELLED", null, at(10, 10, 0)))
			.contains(Refusal.BOOKING_CANCELLED);
	}

	@Test
	void nobodyIsMarkedOnACancelledSession() {
		assertThat(AttendanceRules.mayMark(STARTS, ENDS, true, "BOOKED", null, at(10, 10, 0)))
			.contains(Refusal.SESSION_CANCELLED);
	}

	@Test
	void aMarkIsTakenBackOnTheSessionsDayOrTheDayItWasMade() {
		assertThat(AttendanceRules.mayUndo(STARTS, at(10, 9, 58), false, at(10, 23, 59))).isEmpty();
		assertThat(AttendanceRules.mayUndo(STARTS, at(10, 9, 58), false, at(11, 0, 0))).contains(Refusal.UNDO_TOO_LATE);
		// Marked afterwards from a paper list, on the 12th: taken back that day.
		assertThat(AttendanceRules.mayUndo(STARTS, at(12, 9, 0), false, at(12, 17, 0))).isEmpty();
	}

	@Test
	void nothingToTakeBackOrFeedbackGivenIsRefused() {
		assertThat(AttendanceRules.mayUndo(STARTS, null, false, at(10, 11, 0))).contains(Refusal.NOT_MARKED);
		assertThat(AttendanceRules.mayUndo(STARTS, at(10, 9, 58), true, at(10, 14, 0)))
			.contains(Refusal.FEEDBACK_GIVEN);
	}

	@Test
	void theListHoldsTodaysSessionsAndThoseEndedInTheLastFourteenDays() {
		assertThat(AttendanceRules.listed(STARTS, ENDS, at(10, 7, 0))).isTrue();
		assertThat(AttendanceRules.listed(STARTS, ENDS, at(9, 12, 0))).isFalse();
		assertThat(AttendanceRules.listed(STARTS, ENDS, at(24, 12, 0))).isTrue();
		assertThat(AttendanceRules.listed(STARTS, ENDS, at(24, 13, 1))).isFalse();
	}

	@Test
	void theDayIsLondons() {
		// 10 June 2026, 00:30 in London (summer time) is still 9 June in UTC.
		var justAfterMidnight = Instant.parse("2026-06-09T23:30:00Z");
		assertThat(AttendanceRules.day(justAfterMidnight)).hasDayOfMonth(10);
	}

}
