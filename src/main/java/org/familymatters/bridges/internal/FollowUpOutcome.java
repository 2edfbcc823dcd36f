package org.familymatters.bridges.internal;

import java.util.Locale;

/** Where someone stands at a follow-up after release. */
public enum FollowUpOutcome {

	SETTLED_WITH_FAMILY("Settled with family"),

	SETTLED_ELSEWHERE("Settled elsewhere"),

	TEMPORARY("In temporary accommodation"),

	HOMELESS("Homeless"),

	RECALLED("Recalled to prison");

	private final String label;

	FollowUpOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static FollowUpOutcome of(String code) {
		return (code != null) ? valueOf(code.toUpperCase(Locale.ROOT)) : null;
	}

}
