package org.familymatters.family;

import java.util.List;

import org.familymatters.consent.Access;
import org.familymatters.consent.InformationKind;

/**
 * A family's record as one user may see it: only the people and the kinds of information
 * their access covers. A school sees its own pupils' names, date of birth and school
 * year, nothing else. Attachments are listed only for those who may change the record: a
 * file may hold anything.
 */
public record FamilyView(Family family, Access access, List<Person> people, List<CustodyEpisode> custody,
		List<TimelineEntry> timeline, List<Attachment> attachments) {

	/** Whether the family's address and contact details are shown. */
	public boolean showsHousehold() {
		return access.onlyPeople() == null && access.sees(InformationKind.IDENTITY);
	}

}
