package org.familymatters.shared.privacy;

/**
 * One field of a record in a subject access package: its label and value, or, where the
 * value is about another person who has not consented to it being shared, the fact that
 * it was redacted and why.
 *
 * @param label what the field is
 * @param value its value, or null when redacted
 * @param redaction why it was left out, or null when it is shown
 */
public record SubjectAccessField(String label, String value, String redaction) {

	/** The reason given for another person's information left out. */
	public static final String SOMEONE_ELSE = "Another person's information";

	public static SubjectAccessField of(String label, String value) {
		return new SubjectAccessField(label, value, null);
	}

	/** A field about someone else who has not consented: left out, saying so. */
	public static SubjectAccessField redacted(String label) {
		return new SubjectAccessField(label, null, SOMEONE_ELSE);
	}

	public boolean isRedacted() {
		return redaction != null;
	}

}
