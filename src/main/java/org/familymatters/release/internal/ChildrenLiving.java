package org.familymatters.release.internal;

import java.util.Locale;

/** Whether the children live where the person will live. */
public enum ChildrenLiving {

	YES("Yes"), NO("No"), SOME("Some of them");

	private final String label;

	ChildrenLiving(String label) {
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
	public static ChildrenLiving ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
