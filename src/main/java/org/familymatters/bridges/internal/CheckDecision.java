package org.familymatters.bridges.internal;

import java.util.Locale;

/** A designated safeguarding lead's decision on the family home's safeguarding check. */
public enum CheckDecision {

	APPROVED("Approved"),

	REFUSED("Refused");

	private final String label;

	CheckDecision(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static CheckDecision of(String code) {
		return (code != null) ? valueOf(code.toUpperCase(Locale.ROOT)) : null;
	}

}
