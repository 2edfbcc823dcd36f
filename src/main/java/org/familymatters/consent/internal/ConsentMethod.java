package org.familymatters.consent.internal;

import java.util.Locale;

/** How consent was given. */
public enum ConsentMethod {

	SIGNED_FORM("Signed form"), VERBAL_WITNESSED("Said out loud, with a named witness");

	private final String label;

	ConsentMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** As the database writes it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ConsentMethod ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
