package org.familymatters.courtdesk.internal;

/** Whether this is the first time the defendant goes into custody. */
public enum FirstTimeInCustody implements Coded {

	YES("Yes"), NO("No"), NOT_KNOWN("Not known");

	private final String label;

	FirstTimeInCustody(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
