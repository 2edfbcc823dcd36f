package org.familymatters.directory.internal;

import java.time.LocalTime;
import java.util.Optional;

import org.familymatters.shared.input.Checked;
import org.familymatters.shared.input.Input;

/**
 * The rules of a service that the staff form and the Open Referral import both apply, so
 * that a service refused by one is refused by the other: who it is for (ages) and when it
 * opens (opening hours). Pure functions, tested without Spring.
 */
public final class ServiceRules {

	/** The oldest age a service can be for. */
	public static final int MAX_AGE = 120;

	private ServiceRules() {
	}

	/** An age as typed or sent: a whole number from 0 to {@value #MAX_AGE}. */
	public static Checked<Integer> age(String raw) {
		return Input.wholeNumber(raw, 0, MAX_AGE);
	}

	/**
	 * Whether the youngest and the oldest age are in order: the same, or the youngest
	 * first. Either may be missing.
	 */
	public static boolean agesInOrder(Integer youngest, Integer oldest) {
		return youngest == null || oldest == null || youngest <= oldest;
	}

	/**
	 * What is wrong with a day's opening hours, if anything: both times or neither, the
	 * opening one first.
	 */
	public static Optional<HoursProblem> hours(LocalTime opens, LocalTime closes) {
		if ((opens != null) != (closes != null)) {
			return Optional.of(HoursProblem.ONE_TIME_ONLY);
		}
		if (opens != null && !opens.isBefore(closes)) {
			return Optional.of(HoursProblem.NOT_IN_ORDER);
		}
		return Optional.empty();
	}

	/** What can be wrong with a day's opening hours. */
	public enum HoursProblem {

		/** An opening time without a closing time, or the other way round. */
		ONE_TIME_ONLY,
		/** The closing time is not after the opening time. */
		NOT_IN_ORDER

	}

}
