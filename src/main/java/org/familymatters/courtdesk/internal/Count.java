package org.familymatters.courtdesk.internal;

/**
 * A count in the court desk statistics, and the one place small numbers are suppressed:
 * whatever leaves the service (the CSV export, and the page and home page for anyone but
 * a court desk coordinator) shows a count from 1 to {@value #THRESHOLD} - 1 as
 * {@value #FEWER_THAN}, so that no family can be recognised from it. Zero is shown as 0
 * to everyone: nobody can be recognised in a count of nobody, and "fewer than 5" for
 * every empty month hides that the desk met no one.
 *
 * @param value the exact count, never negative
 */
public record Count(long value) {

	/** The smallest count shown as a number when counts are suppressed. */
	public static final int THRESHOLD = 5;

	/** What a suppressed count says instead of its number (1 to 4). */
	public static final String FEWER_THAN = "fewer than 5";

	/** No contacts: never suppressed. */
	public static final Count ZERO = new Count(0);

	public Count {
		if (value < 0) {
			throw new IllegalArgumentException("A count is never negative: " + value);
		}
	}

	public Count plus(Count other) {
		return new Count(value + other.value);
	}

	/** Whether this count is hidden when counts are suppressed: 1 to 4, never 0. */
	public boolean small() {
		return value > 0 && value < THRESHOLD;
	}

	/**
	 * The count as it is shown: its number, or {@value #FEWER_THAN} when suppressed and
	 * small.
	 */
	public String shown(boolean suppress) {
		return (suppress && small()) ? FEWER_THAN : Long.toString(value);
	}

}
