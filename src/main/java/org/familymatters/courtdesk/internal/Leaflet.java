package org.familymatters.courtdesk.internal;

/** The printed information a volunteer can hand over at the desk. */
public enum Leaflet implements Coded {

	FAMILY_MATTERS("Family Matters: support for your family"), HELPLINE("Offenders' Families Helpline card"),
	VISITING_PRISON("Visiting someone in prison"), TALKING_TO_CHILDREN("Talking to children about imprisonment"),
	GUIDES("Our guides for families (printed)");

	private final String label;

	Leaflet(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
