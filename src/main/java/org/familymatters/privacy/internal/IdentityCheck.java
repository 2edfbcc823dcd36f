package org.familymatters.privacy.internal;

/**
 * How the person's identity was checked before their request is answered; "other" needs a
 * description.
 */
public enum IdentityCheck {

	PHOTO_ID_IN_PERSON("Seen photo identity in person"), KNOWN_TO_SUPPORT_WORKER("Known to the support worker"),
	DOCUMENTS_CHECKED("Documents sent and checked"), OTHER("Other");

	private final String label;

	IdentityCheck(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** As the request keeps it: the words, with the description for "other". */
	public String recorded(String details) {
		return (this == OTHER) ? label + ": " + details : label;
	}

}
