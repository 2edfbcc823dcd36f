package org.familymatters.family.internal;

import java.util.Locale;

/** What stands in the way of a family's contact with the person in custody. */
public enum BarrierKind {

	DISTANCE("The distance", "The prison is far away, or hard to get to"),
	COST("The cost", "Travel, phone credit or other costs of keeping in touch"),
	CHILD_WISHES("The child's wishes", "A child does not want contact, or not yet"),
	RESTRICTION("A restriction", "A restriction on contact, such as a licence or court condition, or the prison's"),
	OTHER("Something else", "Say what in the details");

	private final String label;

	private final String hint;

	BarrierKind(String label, String hint) {
		this.label = label;
		this.hint = hint;
	}

	public String label() {
		return label;
	}

	public String hint() {
		return hint;
	}

	/** As the database writes it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The label of a kind as the database writes it. */
	public static String labelOf(String code) {
		return (code != null) ? valueOf(code.toUpperCase(Locale.ROOT)).label() : "";
	}

}
