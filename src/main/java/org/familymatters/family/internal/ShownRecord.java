package org.familymatters.family.internal;

import java.util.List;
import java.util.function.Supplier;

import org.familymatters.consent.Access;
import org.familymatters.consent.InformationKind;
import org.familymatters.family.Attachment;
import org.familymatters.family.CustodyEpisode;
import org.familymatters.family.Family;
import org.familymatters.family.FamilyView;
import org.familymatters.family.Person;
import org.familymatters.family.TimelineEntry;

/**
 * What of a family's record one user is shown, given the access decision's answer (pure:
 * a unit test drives it). Who they are (names, dates of birth, contact details, the
 * household) with consent to identity; only the school's own pupils, by name, date of
 * birth and school year, for a school; custody episodes with consent to custody details;
 * the timeline to those who may change the record, and its notes about the children with
 * consent to those; attachments only to those who may change the record, since a file may
 * hold anything. The parts not shown are never read.
 */
public final class ShownRecord {

	private ShownRecord() {
	}

	/** The record as the access allows it to be shown. */
	public static FamilyView of(Access access, Family family, List<Person> people,
			Supplier<List<CustodyEpisode>> custody, Supplier<List<TimelineEntry>> timeline,
			Supplier<List<Attachment>> attachments) {
		boolean whole = access.onlyPeople() == null;
		var shownPeople = people.stream()
			.filter(p -> access.seesPerson(p.id()))
			.map(p -> (whole && access.sees(InformationKind.IDENTITY)) ? p : minimal(p))
			.toList();
		var shownCustody = (whole && access.sees(InformationKind.CUSTODY)) ? custody.get() : List.<CustodyEpisode>of();
		List<TimelineEntry> shownTimeline;
		if (access.mayChange()) {
			shownTimeline = timeline.get();
		}
		else if (whole && access.sees(InformationKind.CHILDREN)) {
			shownTimeline = timeline.get().stream().filter(TimelineEntry::aboutChildren).toList();
		}
		else {
			shownTimeline = List.of();
		}
		var shownFamily = (whole && access.sees(InformationKind.IDENTITY)) ? family
				: new Family(family.id(), family.reference(), family.localityId(), family.localityName(),
						family.status(), null, null, null, null, null, null, null, null, family.updatedAt(),
						family.version());
		var files = access.mayChange() ? attachments.get() : List.<Attachment>of();
		return new FamilyView(shownFamily, access, shownPeople, shownCustody, shownTimeline, files);
	}

	/** Who a person is and nothing more: name, date of birth, school year. */
	private static Person minimal(Person p) {
		return new Person(p.id(), p.familyId(), p.givenName(), p.familyName(), null, p.dateOfBirth(), null, null, null,
				p.role(), p.schoolId(), p.schoolYear(), p.version());
	}

}
