package org.familymatters.shared.privacy;

/**
 * A retention period in words, as the privacy notice and the forms say it: "1 month", "12
 * months", "6 years", "2 years and 6 months". Twelve months and under are said in months
 * (a year is "12 months" on the forms people know), whole years over that in years.
 */
public final class RetentionPeriods {

	private RetentionPeriods() {
	}

	/** A positive number of months in words. */
	public static String inWords(int months) {
		if (months <= 0) {
			throw new IllegalArgumentException("A retention period is at least one month: " + months);
		}
		if (months <= 12) {
			return count(months, "month");
		}
		int years = months / 12;
		int rest = months % 12;
		return (rest == 0) ? count(years, "year") : count(years, "year") + " and " + count(rest, "month");
	}

	private static String count(int n, String unit) {
		return n + " " + unit + ((n == 1) ? "" : "s");
	}

}
