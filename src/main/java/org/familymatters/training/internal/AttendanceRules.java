package org.familymatters.training.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.familymatters.shared.time.ServiceTime;

/**
 * When a trainer may mark someone as attended at a session's door, or take the mark back.
 * Pure: unit-tested without Spring.
 * <p>
 * Marking is for a place that is BOOKED (not on the waiting list, not cancelled), on a
 * session that is not cancelled, from the start of the session's day (in the service's
 * time zone, so people arriving early can be marked) until {@value #DAYS_AFTER} days
 * after it ends (to record afterwards from a paper list), and only once. Taking a mark
 * back ("Not attended after all") is for the session's day, or the day the mark was made
 * when it was recorded afterwards, and only before the attendee has given feedback.
 */
public final class AttendanceRules {

	/** How many days after a session ends its attendance may still be marked. */
	public static final int DAYS_AFTER = 14;

	private AttendanceRules() {
	}

	/**
	 * Why the booking may not be marked as attended now, or empty when it may.
	 * @param startsAt when the session starts
	 * @param endsAt when it ends
	 * @param sessionCancelled whether the session was cancelled
	 * @param status the booking's status: BOOKED, WAITING or CANCELLED
	 * @param attendedAt when it was marked as attended, or null
	 * @param now the time it is asked at
	 */
	public static Optional<Refusal> mayMark(Instant startsAt, Instant endsAt, boolean sessionCancelled, String status,
			Instant attendedAt, Instant now) {
		if (sessionCancelled) {
			return Optional.of(Refusal.SESSION_CANCELLED);
		}
		if ("CANCELLED".equals(status)) {
			return Optional.of(Refusal.BOOKING_CANCELLED);
		}
		if ("WAITING".equals(status)) {
			return Optional.of(Refusal.WAITING);
		}
		if (attendedAt != null) {
			return Optional.of(Refusal.ALREADY_MARKED);
		}
		if (day(now).isBefore(day(startsAt))) {
			return Optional.of(Refusal.NOT_YET);
		}
		if (now.isAfter(endsAt.plus(Duration.ofDays(DAYS_AFTER)))) {
			return Optional.of(Refusal.TOO_LATE);
		}
		return Optional.empty();
	}

	/**
	 * Why the mark may not be taken back now, or empty when it may.
	 * @param startsAt when the session starts
	 * @param attendedAt when it was marked as attended, or null
	 * @param feedbackGiven whether the attendee has given feedback on the session
	 * @param now the time it is asked at
	 */
	public static Optional<Refusal> mayUndo(Instant startsAt, Instant attendedAt, boolean feedbackGiven, Instant now) {
		if (attendedAt == null) {
			return Optional.of(Refusal.NOT_MARKED);
		}
		if (feedbackGiven) {
			return Optional.of(Refusal.FEEDBACK_GIVEN);
		}
		var today = day(now);
		if (!today.equals(day(startsAt)) && !today.equals(day(attendedAt))) {
			return Optional.of(Refusal.UNDO_TOO_LATE);
		}
		return Optional.empty();
	}

	/**
	 * Whether the session belongs on the trainer's list of sessions to mark: it starts
	 * today, or it ended in the last {@value #DAYS_AFTER} days.
	 */
	public static boolean listed(Instant startsAt, Instant endsAt, Instant now) {
		var today = day(now);
		var starts = day(startsAt);
		if (starts.equals(today)) {
			return true;
		}
		return !endsAt.isAfter(now) && !endsAt.isBefore(now.minus(Duration.ofDays(DAYS_AFTER)));
	}

	/** The day of an instant in the service's time zone. */
	public static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ServiceTime.ZONE);
	}

	/** Why marking, or taking a mark back, is refused. */
	public enum Refusal {

		/** The session was cancelled. */
		SESSION_CANCELLED,

		/** The booking was cancelled. */
		BOOKING_CANCELLED,

		/** The booking is on the waiting list, without a place. */
		WAITING,

		/** Marked as attended already. */
		ALREADY_MARKED,

		/** The session is on a later day. */
		NOT_YET,

		/** The session ended more than {@value AttendanceRules#DAYS_AFTER} days ago. */
		TOO_LATE,

		/** Not marked as attended, so there is nothing to take back. */
		NOT_MARKED,

		/** The day to take the mark back has passed. */
		UNDO_TOO_LATE,

		/** The attendee has given feedback on the session. */
		FEEDBACK_GIVEN

	}

}
