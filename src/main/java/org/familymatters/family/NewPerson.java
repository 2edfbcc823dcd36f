package org.familymatters.family;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person to add to a family, as {@link FamilyIntake} takes them.
 *
 * @param schoolId the school a child goes to (an organisation), if any
 * @param schoolYear the child's school year, if known
 */
public record NewPerson(String givenName, String familyName, String otherNames, LocalDate dateOfBirth, String phone,
		String email, String relationship, FamilyRole role, UUID schoolId, String schoolYear) {
}
