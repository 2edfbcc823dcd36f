package org.familymatters.plan.internal;

/**
 * The one place the outcomes report hides small numbers: wherever it is shown or leaves
 * the service (the page, the CSV, the manager's home page) a count from 1 to
 * {@value #THRESHOLD} - 1 is shown as {@value #FEWER_THAN}, so that no family can be
 * recognised from it, and a count of none as 0 (nobody can be recognised in a count of
 * nobody). An average of a group of fewer than {@value #THRESHOLD} families is not shown
 * at all, since it could give away the scores of the few behind it. Pure.
 */
public final class Suppression {

	/** The smallest count shown as a number. */
	public static final int THRESHOLD = 5;

	/** What a suppressed count says instead of its number. */
	public static final String FEWER_THAN = "fewer than 5";

	/** What an average of a group too small to show says instead. */
	public static final String NOT_SHOWN = "not shown";

	private Suppression() {
	}

	/** Whether a count is hidden: 1 to 4, never 0. */
	public static boolean small(long count) {
		if (count < 0) {
			throw new IllegalArgumentException("A count is never negative: " + count);
		}
		return count > 0 && count < THRESHOLD;
	}

	/** A count as it is shown: its number, or {@value #FEWER_THAN} when it is 1 to 4. */
	public static String count(long count) {
		return small(count) ? FEWER_THAN : Long.toString(count);
	}

	/**
	 * An average change as it is shown, signed and to one decimal place ("+0.8", "0.0",
	 * "-1.3"); {@value #NOT_SHOWN} for a group of fewer than {@value #THRESHOLD}, and
	 * "none" for a group of nobody.
	 * @param group how many families the average is of
	 * @param total the sum of their changes
	 */
	public static String average(long group, long total) {
		if (group == 0) {
			return "none";
		}
		if (group < THRESHOLD) {
			return NOT_SHOWN;
		}
		return signed(Math.round(total * 10.0 / group) / 10.0);
	}

	/** A change as it is shown: +2.0, 0.0, -1.5; one decimal place. */
	static String signed(double value) {
		var text = String.format(java.util.Locale.ROOT, "%.1f", Math.abs(value));
		if ("0.0".equals(text)) {
			return text;
		}
		return ((value > 0) ? "+" : "-") + text;
	}

}
