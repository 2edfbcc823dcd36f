package org.familymatters.family;

import java.util.Locale;

/** A person's place in the family. */
public enum FamilyRole {

	IN_CUSTODY("The person in custody"), PARTNER("Partner"), PARENT_OR_CARER("Parent or carer"), CHILD("Child"),
	OTHER_RELATIVE("Other relative");

	private final String label;

	FamilyRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static FamilyRole ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
