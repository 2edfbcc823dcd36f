package org.familymatters.courtdesk.internal;

/** What happened in court. */
public enum Outcome implements Coded {

	IMMEDIATE_CUSTODY("Immediate custody"), REMAND("Remanded in custody"), SUSPENDED_SENTENCE("Suspended sentence"),
	COMMUNITY_ORDER("Community order"), ACQUITTED("Acquitted"), ADJOURNED("Adjourned");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** Whether someone goes to prison now, so that a first time in custody is asked. */
	public boolean custody() {
		return this == IMMEDIATE_CUSTODY || this == REMAND;
	}

	/** Whether a sentence was passed, so that its length is asked. */
	public boolean sentenced() {
		return this == IMMEDIATE_CUSTODY || this == SUSPENDED_SENTENCE;
	}

}
