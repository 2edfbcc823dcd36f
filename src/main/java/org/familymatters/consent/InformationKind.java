package org.familymatters.consent;

import java.util.Locale;

/** The kinds of a family's information consent can cover. */
public enum InformationKind {

	/** Names, dates of birth, contact details, address. */
	IDENTITY("Who they are and how to contact them"),
	/** Custody episodes: prison, prison number, sentence, release dates. */
	CUSTODY("Custody details"),
	/** Needs seen, reasons for referral, assessments. */
	NEEDS("Needs"),
	/** Notes about the children. */
	CHILDREN("Notes about the children");

	private final String label;

	InformationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** As the database writes it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static InformationKind ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
