package org.familymatters.courtdesk.internal;

import java.util.Locale;

/** What the court desk statistics count, each in one or more categories. */
public enum Measure {

	/** Contacts at the desk. One category, {@code all}. */
	CONTACTS("Contacts"),
	/** Contacts by what happened in court: one category per {@link Outcome}. */
	OUTCOME("Outcomes"),
	/** Children affected: all children, and those under 5, 5 to 11, and 12 to 17. */
	CHILDREN("Children affected"),
	/** Contacts where at least one child was affected. One category, {@code all}. */
	CONTACTS_WITH_CHILDREN("Contacts with at least one child"),
	/** Contacts raising each concern (a term of the directory's needs taxonomy). */
	CONCERN("Concerns raised"),
	/** Contacts where emotional support was given. One category, {@code all}. */
	EMOTIONAL_SUPPORT("Emotional support given"),
	/** Contacts where each leaflet was given: one category per {@link Leaflet}. */
	LEAFLET("Leaflets given"),
	/** Referrals made from the desk, and how many of them were accepted. */
	REFERRALS("Referrals");

	private final String label;

	Measure(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** As the CSV export writes it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
