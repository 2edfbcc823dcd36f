package org.familymatters.plan.internal;

/**
 * The headline outcomes of the Supporting Families national outcomes framework (formerly
 * Troubled Families; Buckinghamshire's Families First), to which each need area maps, so
 * that outcomes can be reported in that framework.
 */
public enum HeadlineOutcome {

	GOOD_EDUCATION("Getting a good education"), EARLY_YEARS("Good early years development"),
	HEALTH("Improved mental and physical health"),
	SUBSTANCE_USE("Promoting recovery and reducing harm from substance use"),
	FAMILY_RELATIONSHIPS("Improved family relationships"), SAFE_FROM_ABUSE("Children safe from abuse and exploitation"),
	CRIME("Crime prevention and tackling crime"), DOMESTIC_ABUSE("Safe from domestic abuse"),
	SECURE_HOUSING("Secure housing"), FINANCIAL_STABILITY("Financial stability");

	private final String label;

	HeadlineOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
