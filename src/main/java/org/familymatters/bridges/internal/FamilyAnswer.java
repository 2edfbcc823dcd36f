package org.familymatters.bridges.internal;

import java.util.Locale;

/** What the family says to having the person home on release. */
public enum FamilyAnswer {

	YES("Yes, the family would have them home"),

	NO("No, the family would not have them home");

	private final String label;

	FamilyAnswer(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static FamilyAnswer of(String code) {
		return (code != null) ? valueOf(code.toUpperCase(Locale.ROOT)) : null;
	}

}
