package org.familymatters.shared.privacy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The person a subject access, rectification or erasure request is about, as the data
 * protection officer confirmed them: what they told us (names, date of birth, postcode,
 * e-mail, phone) and the records of the family module the officer confirmed are theirs
 * (from the likely-match search). Each module finds what it holds about the person from
 * these: by person or family id where it keeps them, otherwise by the identifiers.
 *
 * @param requestId the request this is for: the basis reference of every audit event the
 * search leaves
 * @param fullName the name the person gave
 * @param otherNames other names they have been known by
 * @param dateOfBirth their date of birth, or null
 * @param postcode their postcode, or null
 * @param email their e-mail address, or null
 * @param phone their phone number, or null
 * @param personIds the family module's people confirmed to be them
 * @param familyIds the families those people belong to
 */
public record DataSubject(UUID requestId, String fullName, Set<String> otherNames, LocalDate dateOfBirth,
		String postcode, String email, String phone, Set<UUID> personIds, Set<UUID> familyIds) {

	public DataSubject {
		otherNames = Set.copyOf(otherNames);
		personIds = Set.copyOf(personIds);
		familyIds = Set.copyOf(familyIds);
	}

	/** Every name the person is known by, the full name first. */
	public Set<String> names() {
		var names = new java.util.LinkedHashSet<String>();
		names.add(fullName);
		names.addAll(otherNames);
		return names;
	}

}
