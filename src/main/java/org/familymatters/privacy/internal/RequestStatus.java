package org.familymatters.privacy.internal;

/** Where a request stands. */
public enum RequestStatus {

	OPEN("Open", "blue"), ANSWERED("Answered", "green"), REFUSED("Refused", "red"), CLOSED("Closed", "grey");

	private final String label;

	private final String colour;

	RequestStatus(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return label;
	}

	/** The GOV.UK tag colour. */
	public String colour() {
		return colour;
	}

}
