package org.familymatters.plan.internal;

/**
 * One row of the outcomes report: the families of a group (a need area, a locality or a
 * headline outcome) whose first and closing assessments are compared, how many of them
 * improved, stayed the same or got worse, and the sum of their changes, exact. What is
 * shown of it goes through {@link Suppression}.
 *
 * @param key what the row is of (a need area's or locality's id, an outcome's name)
 * @param label what the row is called
 * @param assessed the families compared in this group
 * @param improved those whose score went up
 * @param same those whose score stayed the same
 * @param worse those whose score went down
 * @param totalChange the sum of their changes in points (for the average)
 */
public record OutcomeGroup(String key, String label, long assessed, long improved, long same, long worse,
		long totalChange) {

	public OutcomeGroup {
		if (assessed < 0 || improved < 0 || same < 0 || worse < 0 || improved + same + worse != assessed) {
			throw new IllegalArgumentException(
					"Improved, same and worse add up to the families assessed: " + key + " " + assessed);
		}
	}

	/** A group of nobody. */
	public static OutcomeGroup none(String key, String label) {
		return new OutcomeGroup(key, label, 0, 0, 0, 0, 0);
	}

	/**
	 * The group from each family's change in it: positive improved, 0 the same, negative
	 * worse.
	 */
	public static OutcomeGroup of(String key, String label, java.util.Collection<Integer> changes) {
		long improved = 0;
		long same = 0;
		long worse = 0;
		long total = 0;
		for (var change : changes) {
			if (change > 0) {
				improved++;
			}
			else if (change < 0) {
				worse++;
			}
			else {
				same++;
			}
			total += change;
		}
		return new OutcomeGroup(key, label, changes.size(), improved, same, worse, total);
	}

	/** The average change, exact; 0 for a group of nobody. */
	public double averageChange() {
		return (assessed == 0) ? 0 : (double) totalChange / assessed;
	}

	public String shownAssessed() {
		return Suppression.count(assessed);
	}

	public String shownImproved() {
		return Suppression.count(improved);
	}

	public String shownSame() {
		return Suppression.count(same);
	}

	public String shownWorse() {
		return Suppression.count(worse);
	}

	/** The average change as shown: not for a group of fewer than 5. */
	public String shownAverage() {
		return Suppression.average(assessed, totalChange);
	}

}
