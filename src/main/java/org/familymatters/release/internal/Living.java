package org.familymatters.release.internal;

import java.util.Locale;

/** Where the person will live on release. */
public enum Living {

	FAMILY_HOME("The family home"), OTHER_ADDRESS("Another address"), APPROVED_PREMISES("Approved premises"),
	NO_FIXED_ABODE("No fixed abode");

	private final String label;

	Living(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** As the database and the forms write it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The constant a code names. */
	public static Living ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
