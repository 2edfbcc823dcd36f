package org.familymatters.family;

import java.util.Locale;

/** Where the family stands on the criminal justice journey. */
public enum JourneyStage {

	ARREST("Arrest"), REMAND("Remand"), TRIAL("Trial"), SENTENCED("Sentenced"), IN_CUSTODY("In custody"),
	RELEASE_PLANNED("Release planned"), RELEASED("Released"), ON_LICENCE("On licence");

	private final String label;

	JourneyStage(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static JourneyStage ofCode(String code) {
		return (code != null) ? valueOf(code.toUpperCase(Locale.ROOT)) : null;
	}

}
