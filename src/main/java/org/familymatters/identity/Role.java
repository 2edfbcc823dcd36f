package org.familymatters.identity;

/** What a user may do. A user holds one or more roles. */
public enum Role {

	VOLUNTEER("Court desk volunteer"), COURT_DESK_COORDINATOR("Court desk coordinator"),
	SUPPORT_WORKER("Support worker"), AGENCY_PRACTITIONER("Agency practitioner"),
	SAFEGUARDING_LEAD("Designated safeguarding lead"), TRAINING_COORDINATOR("Training coordinator"), MANAGER("Manager"),
	ADMINISTRATOR("Administrator");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The authority Spring Security checks for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
