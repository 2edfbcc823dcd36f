package org.familymatters.family;

import java.time.LocalDate;
import java.util.UUID;

/** A member of a family. */
public record Person(UUID id, UUID familyId, String givenName, String familyName, String otherNames,
		LocalDate dateOfBirth, String phone, String email, String relationship, FamilyRole role, UUID schoolId,
		String schoolYear, long version) {

	public String fullName() {
		return givenName + " " + familyName;
	}

}
