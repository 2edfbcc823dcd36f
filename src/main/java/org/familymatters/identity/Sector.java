package org.familymatters.identity;

/** The sector an organisation belongs to. */
public enum Sector {

	STATUTORY("Statutory"), VOLUNTARY("Voluntary"), FAITH("Faith"), PRIVATE("Private");

	private final String label;

	Sector(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
