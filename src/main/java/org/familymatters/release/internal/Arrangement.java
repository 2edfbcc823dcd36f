package org.familymatters.release.internal;

import java.util.Locale;

/** Whether something needed on release (benefits, ID) is arranged. */
public enum Arrangement {

	ARRANGED("Arranged"), NOT_YET("Not yet arranged"), NOT_NEEDED("Not needed");

	private final String label;

	Arrangement(String label) {
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
	public static Arrangement ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
