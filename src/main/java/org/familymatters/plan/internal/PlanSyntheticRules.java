package org.familymatters.plan.internal;

import org.familymatters.shared.generate.GeneratedIds;

/**
 * Which generated families have a support plan, how many actions it has, and so how many
 * rows {@link PlanSyntheticData} writes: the same in Java (for the progress bar and the
 * check that a batch is there) and in SQL.
 */
final class PlanSyntheticRules {

	/** Need areas scored in each assessment. */
	static final int AREAS = 4;

	private PlanSyntheticRules() {
	}

	/**
	 * Whether family {@code n} has a plan: all but the newly referred (one in ten), whose
	 * first weeks are for getting to know them.
	 */
	static boolean hasPlan(long n) {
		return n % 10 != 0;
	}

	/** Actions of family {@code n}'s plan: four to six. */
	static int actions(long n) {
		return 4 + (int) (n % 3);
	}

	/** {@link #actions} in SQL, of the family number in {@code column}. */
	static String actionsSql(String column) {
		return "(4 + (" + column + ") % 3)";
	}

	/** The last family from {@code from} to {@code to} with a plan, or 0 for none. */
	static long lastWithPlan(long from, long to) {
		for (long n = to; n >= from; n--) {
			if (hasPlan(n)) {
				return n;
			}
		}
		return 0;
	}

	/**
	 * Rows written for families {@code from} to {@code to}: for each with a plan, its
	 * first assessment and scores, the plan, two goals and the actions; then a closing
	 * assessment and scores when it is closed, or a review while it is open.
	 */
	static long rows(long from, long to) {
		long rows = 0;
		for (long n = from; n <= to; n++) {
			if (hasPlan(n)) {
				rows += 1 + AREAS + 1 + 2 + actions(n) + (GeneratedIds.closed(n) ? 1 + AREAS : 1);
			}
		}
		return rows;
	}

}
