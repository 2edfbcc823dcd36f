package org.familymatters.privacy.internal;

/**
 * How long a column is kept when no kind of the retention schedule
 * ({@link org.familymatters.shared.privacy.RetentionKind}) removes it: the data
 * dictionary's retention column holds one of these names, a kind's name, or
 * {@code WITH_RECORD:} and a table's name (kept and removed with the row of that table it
 * belongs to).
 */
public enum KeptWhile {

	/**
	 * Staff accounts, organisations and reference data: kept while in use, removed by an
	 * administrator when no longer needed.
	 */
	WHILE_IN_USE("Kept while in use; removed by an administrator when no longer needed"),

	/**
	 * Sign-in sessions, sign-in failure counts and unsent drafts: the service deletes
	 * them once they expire.
	 */
	UNTIL_EXPIRED("Deleted by the service once it expires (a session, a sign-in count, an unsent draft)"),

	/**
	 * What the statistics count, which identifies nobody once the personal details linked
	 * to it are gone.
	 */
	STATISTICS("Kept for the statistics; identifies nobody once the details linked to it are deleted"),

	/**
	 * No period set yet: named so that the gap is seen. The retention schedule should
	 * cover it.
	 */
	UNSCHEDULED("No period set yet: kept until the retention schedule covers it"),

	/** Not personal: no retention rule applies. */
	NONE("Not personal: no retention rule applies");

	/** The prefix of a retention that follows another table's row. */
	public static final String WITH_RECORD = "WITH_RECORD:";

	private final String words;

	KeptWhile(String words) {
		this.words = words;
	}

	public String words() {
		return words;
	}

}
