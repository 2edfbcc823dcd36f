package org.familymatters.shared.privacy;

/**
 * How sensitive what a column holds is: every column of every table is given one in the
 * data dictionary ({@code src/main/resources/data-dictionary/<module>.csv}), and the
 * build fails on a column without one.
 */
public enum DataClass {

	/** Identifies nobody: codes, counts, dates of the service's own work, references. */
	NOT_PERSONAL("Not personal"),

	/** Identifies or describes a living person (UK GDPR article 4(1)). */
	PERSONAL("Personal"),

	/**
	 * Health, ethnicity, religion, sexual life and the other special categories (UK GDPR
	 * article 9).
	 */
	SPECIAL_CATEGORY("Special category"),

	/**
	 * About criminal convictions and offences, including a parent's custody (UK GDPR
	 * article 10, DPA 2018 schedule 1).
	 */
	CRIMINAL_OFFENCE("Criminal offence"),

	/** A password hash, a token's hash, a key: never shown, never exported. */
	SECRET("Secret");

	private final String label;

	DataClass(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
