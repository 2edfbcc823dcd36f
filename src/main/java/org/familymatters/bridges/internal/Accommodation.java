package org.familymatters.bridges.internal;

import java.util.Locale;

/** Where someone leaving custody lives on the day of their release. */
public enum Accommodation {

	FAMILY_HOME("The family home"),

	FAMILY_OR_FRIENDS("With other family or friends"),

	COUNCIL_TEMPORARY("Council temporary accommodation"),

	APPROVED_PREMISES("Approved premises"),

	PRIVATE_RENTED("Private rented"),

	NO_FIXED_ABODE("No fixed abode");

	private final String label;

	Accommodation(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** As stored: {@code family_home}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Accommodation of(String code) {
		return (code != null) ? valueOf(code.toUpperCase(Locale.ROOT)) : null;
	}

}
