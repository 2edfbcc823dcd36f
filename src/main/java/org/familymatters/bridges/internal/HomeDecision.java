package org.familymatters.bridges.internal;

import java.util.Locale;

/** Whether the family home is agreed as where the person lives on release. */
public enum HomeDecision {

	AGREED("Agreed"),

	NOT_SUITABLE("Not suitable");

	private final String label;

	HomeDecision(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static HomeDecision of(String code) {
		return (code != null) ? valueOf(code.toUpperCase(Locale.ROOT)) : null;
	}

}
