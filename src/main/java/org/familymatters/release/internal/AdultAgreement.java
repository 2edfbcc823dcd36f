package org.familymatters.release.internal;

import java.util.Locale;

/** An adult of the family's answer to the person living with them on release. */
public enum AdultAgreement {

	AGREES("Agrees"), DOES_NOT_AGREE("Does not agree"), NOT_ASKED("Not asked yet");

	private final String label;

	AdultAgreement(String label) {
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
	public static AdultAgreement ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
