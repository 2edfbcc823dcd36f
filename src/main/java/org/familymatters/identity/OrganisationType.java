package org.familymatters.identity;

/** The kind of agency an organisation is. */
public enum OrganisationType {

	SCHOOL("School"), CHILDRENS_CENTRE("Children's centre"), PROBATION("Probation"), PRISON("Prison"), POLICE("Police"),
	COURT("Court"), SOCIAL_CARE("Social care"), CAMHS("Child and adolescent mental health services (CAMHS)"),
	HEALTH("Health"), HOUSING("Housing"), VOLUNTARY("Voluntary or community organisation"), FAITH("Faith organisation");

	private final String label;

	OrganisationType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
