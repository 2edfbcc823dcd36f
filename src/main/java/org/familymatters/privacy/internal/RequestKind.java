package org.familymatters.privacy.internal;

/** What a person asks of their data (UK GDPR articles 15, 16 and 17). */
public enum RequestKind {

	ACCESS("See their data", "A copy of what the service holds about them (article 15)"),
	RECTIFICATION("Correct their data", "Something the service holds about them is wrong (article 16)"),
	ERASURE("Erase their data", "They want what the service holds about them erased (article 17)");

	private final String label;

	private final String hint;

	RequestKind(String label, String hint) {
		this.label = label;
		this.hint = hint;
	}

	public String label() {
		return label;
	}

	public String hint() {
		return hint;
	}

}
