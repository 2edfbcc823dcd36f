package org.familymatters.courtdesk.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a volunteer is ready to take a court desk shift: they have attended an
 * induction (through the training sessions) and their latest background check is valid on
 * the shift's day (a check is valid up to and including the day it expires). Pure: tested
 * without Spring.
 *
 * @param inductionOn the day of the latest induction the volunteer attended, if any
 * @param check the volunteer's latest background check, if any
 */
public record Readiness(Optional<LocalDate> inductionOn, Optional<BackgroundCheck> check) {

	/** How a day is shown in the messages: 3 May 2026. */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	public Readiness {
		Objects.requireNonNull(inductionOn, "inductionOn");
		Objects.requireNonNull(check, "check");
	}

	/**
	 * What stands between the volunteer and a shift on the day, judged today: nothing
	 * when they are ready; otherwise the missing induction first, then the check's
	 * problem.
	 */
	public List<Problem> forShiftOn(LocalDate shiftDay, LocalDate today) {
		var problems = new ArrayList<Problem>();
		if (inductionOn.isEmpty()) {
			problems.add(Problem.NO_INDUCTION);
		}
		if (check.isEmpty()) {
			problems.add(Problem.NO_CHECK);
		}
		else if (!check.get().validOn(today)) {
			problems.add(Problem.CHECK_EXPIRED);
		}
		else if (!check.get().validOn(shiftDay)) {
			problems.add(Problem.CHECK_EXPIRES_BEFORE_SHIFT);
		}
		return List.copyOf(problems);
	}

	/** What stands between the volunteer and a shift today. */
	public List<Problem> today(LocalDate today) {
		return forShiftOn(today, today);
	}

	/**
	 * The arguments of a problem's message: the day the check is valid until, as shown,
	 * when the message names it; none otherwise.
	 */
	public Object[] arguments(Problem problem) {
		return (problem.namesExpiry() && check.isPresent()) ? new Object[] { DAY.format(check.get().expiresOn()) }
				: new Object[0];
	}

	/** Whether the volunteer may take a shift on the day, judged today. */
	public boolean readyFor(LocalDate shiftDay, LocalDate today) {
		return forShiftOn(shiftDay, today).isEmpty();
	}

	/**
	 * Why a volunteer is not ready, with the message the volunteer and coordinator see.
	 */
	public enum Problem {

		/** No induction attended. */
		NO_INDUCTION("courtdesk.ready.noInduction"),

		/** No background check on record. */
		NO_CHECK("courtdesk.ready.noCheck"),

		/** The latest background check has expired already. */
		CHECK_EXPIRED("courtdesk.ready.checkExpired"),

		/**
		 * The latest background check is valid now but expires before the shift's day.
		 */
		CHECK_EXPIRES_BEFORE_SHIFT("courtdesk.ready.checkExpiresBefore");

		private final String code;

		Problem(String code) {
			this.code = code;
		}

		/** Whether the message names the day the check is valid until ({0}). */
		public boolean namesExpiry() {
			return this == CHECK_EXPIRED || this == CHECK_EXPIRES_BEFORE_SHIFT;
		}

		/**
		 * The message the volunteer sees (its argument, when {@link #namesExpiry}: the
		 * check's expiry, formatted).
		 */
		public String code() {
			return code;
		}

		/** The message the coordinator sees about the volunteer. */
		public String coordinatorCode() {
			return code + ".coordinator";
		}

	}

}
