package org.familymatters.family;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person as the family module keeps them, with their household's address: what a
 * rectification request may correct ({@link PeopleForRequests}).
 */
public record PersonOnRecord(UUID personId, UUID familyId, String familyReference, String givenName, String familyName,
		String otherNames, LocalDate dateOfBirth, String phone, String email, String addressLine1, String addressLine2,
		String town, String postcode) {

	public String fullName() {
		return givenName + " " + familyName;
	}

}
