package org.familymatters.identity;

import org.familymatters.shared.security.RoleName;

/** What a user may do. A user holds one or more roles. */
public enum Role implements RoleName {

	VOLUNTEER("Court desk volunteer"), COURT_DESK_COORDINATOR("Court desk coordinator"),
	SUPPORT_WORKER("Support worker"), AGENCY_PRACTITIONER("Agency practitioner"),
	SAFEGUARDING_LEAD("Designated safeguarding lead"), TRAINING_COORDINATOR("Training coordinator"), MANAGER("Manager"),
	ADMINISTRATOR("Administrator"), DATA_PROTECTION_OFFICER("Data protection officer");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * Whether the role sees families' records: giving it needs a second administrator's
	 * approval, and an administrator may not hold it (separation of duties).
	 */
	public boolean seesFamilyData() {
		return this == SUPPORT_WORKER || this == AGENCY_PRACTITIONER || this == SAFEGUARDING_LEAD
				|| this == DATA_PROTECTION_OFFICER;
	}

}
