package org.familymatters.family.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.ConsentedPeople;
import org.familymatters.family.Attachment;
import org.familymatters.family.CustodyEpisode;
import org.familymatters.family.Family;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.Person;
import org.familymatters.family.TimelineEntry;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.PackageWords;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the family module holds about a person, for their subject access package: one
 * section for each family whose people the data protection officer confirmed are them —
 * the family's record and household, the person's own details, custody episodes, the
 * timeline and the attachments (names and dates: the files themselves are read by the
 * officer, not copied into the package). Each family read goes through the access
 * decision for the request and is audited ({@code SUBJECT_ACCESS_FAMILY_READ}, ROLE, the
 * request's id).
 * <p>
 * Other people of the family are redacted (ADR 0017, {@link Redaction}): another adult is
 * shown only when their own current consent covers who they are
 * ({@link ConsentedPeople}); children are always redacted from a parent's own package (a
 * parent asks for a child's data by a request made on the child's behalf).
 */
@Component
class FamilySubjectAccess implements SubjectAccessSource {

	private final Families families;

	private final Attachments attachments;

	private final AccessDecision access;

	private final ConsentedPeople consented;

	FamilySubjectAccess(Families families, Attachments attachments, AccessDecision access, ConsentedPeople consented) {
		this.families = families;
		this.attachments = attachments;
		this.access = access;
		this.consented = consented;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public List<SubjectAccessSection> find(DataSubject subject) {
		var sections = new ArrayList<SubjectAccessSection>();
		for (var familyId : subject.familyIds().stream().sorted().toList()) {
			var facts = families.subject(familyId);
			var family = families.find(familyId);
			if (facts.isEmpty() || family.isEmpty()) {
				continue;
			}
			access.requireForRequest(facts.get(), subject.requestId(), FamilyAudit.SUBJECT_ACCESS_FAMILY_READ,
					"for the person's subject access package");
			var people = families.people(familyId);
			var redaction = new Redaction(subject.personIds(), consented.consentingToIdentity(familyId), people);
			sections.add(new SubjectAccessSection("family", "Family record " + family.get().reference(),
					items(family.get(), people, redaction, families.custody(familyId), families.timeline(familyId),
							attachments.of(familyId))));
		}
		return sections;
	}

	private static List<SubjectAccessItem> items(Family family, List<Person> people, Redaction redaction,
			List<CustodyEpisode> custody, List<TimelineEntry> timeline, List<Attachment> files) {
		var items = new ArrayList<SubjectAccessItem>();
		items.add(family(family, redaction));
		people.forEach(p -> items.add(person(p, redaction)));
		custody.forEach(c -> items.add(custody(c, redaction)));
		timeline.forEach(t -> items.add(timeline(t, redaction)));
		files.forEach(
				a -> items.add(new SubjectAccessItem("attachment", a.id().toString(), "A file kept with the record",
						List.of(SubjectAccessField.of("File name", a.filename()),
								SubjectAccessField.of("Description", a.description()),
								SubjectAccessField.of("Added by", a.uploadedBy()),
								SubjectAccessField.of("Added on", PackageWords.time(a.uploadedAt()))))));
		return items;
	}

	private static SubjectAccessItem family(Family f, Redaction redaction) {
		var fields = new ArrayList<SubjectAccessField>();
		fields.add(SubjectAccessField.of("Reference", f.reference()));
		fields.add(SubjectAccessField.of("Locality", f.localityName()));
		fields.add(SubjectAccessField.of("Status", f.status()));
		fields.add(SubjectAccessField.of("Why it was closed", f.closedReason()));
		fields.add(SubjectAccessField.of("Where the family stands",
				(f.journeyStage() != null) ? f.journeyStage().label() : null));
		fields.add(SubjectAccessField.of("Key worker", f.keyWorkerName()));
		var address = Stream.of(f.addressLine1(), f.addressLine2(), f.town(), f.postcode())
			.filter(v -> v != null && !v.isBlank())
			.collect(Collectors.joining(", "));
		if (!address.isEmpty()) {
			fields.add(redaction.household() ? SubjectAccessField.of("Address", address)
					: SubjectAccessField.redacted("Address"));
		}
		fields.add(SubjectAccessField.of("Best time to call", f.bestTimeToCall()));
		fields.add(SubjectAccessField.of("Started from referral", f.referralReference()));
		return new SubjectAccessItem("family", f.id().toString(), "The family's record " + f.reference(),
				shown(fields));
	}

	private static SubjectAccessItem person(Person p, Redaction redaction) {
		if (!redaction.shows(p.id())) {
			return new SubjectAccessItem("person", p.id().toString(), "Another person in the family",
					List.of(SubjectAccessField.redacted("Name"), SubjectAccessField.redacted("Date of birth"),
							SubjectAccessField.redacted("Contact details"),
							SubjectAccessField.redacted("Relationship")));
		}
		var fields = new ArrayList<SubjectAccessField>();
		fields.add(SubjectAccessField.of("Name", p.fullName()));
		fields.add(SubjectAccessField.of("Other names", p.otherNames()));
		fields.add(SubjectAccessField.of("Date of birth", PackageWords.date(p.dateOfBirth())));
		fields.add(SubjectAccessField.of("Phone", p.phone()));
		fields.add(SubjectAccessField.of("E-mail", p.email()));
		fields.add(SubjectAccessField.of("Relationship", p.relationship()));
		fields.add(SubjectAccessField.of("Place in the family", (p.role() != null) ? p.role().label() : null));
		fields.add(SubjectAccessField.of("School year", p.schoolYear()));
		return new SubjectAccessItem("person", p.id().toString(),
				redaction.isRequester(p.id()) ? "You" : "A person in the family who consented to be named",
				shown(fields));
	}

	private static SubjectAccessItem custody(CustodyEpisode c, Redaction redaction) {
		if (!redaction.shows(c.personId())) {
			return new SubjectAccessItem("custody_episode", c.id().toString(), "Another person's time in custody",
					List.of(SubjectAccessField.redacted("Details")));
		}
		var fields = new ArrayList<SubjectAccessField>();
		fields.add(SubjectAccessField.of("Whose", redaction.isRequester(c.personId()) ? "Yours" : "Another person's"));
		fields.add(SubjectAccessField.of("Prison", c.prisonName()));
		fields.add(SubjectAccessField.of("Prison number", c.prisonNumber()));
		fields.add(SubjectAccessField.of("Remanded on", PackageWords.date(c.remandedOn())));
		fields.add(SubjectAccessField.of("Sentenced on", PackageWords.date(c.sentencedOn())));
		fields.add(SubjectAccessField.of("Sentence", c.sentence()));
		fields.add(SubjectAccessField.of("Expected release", PackageWords.date(c.expectedReleaseOn())));
		fields.add(SubjectAccessField.of("Released on", PackageWords.date(c.releasedOn())));
		fields.add(SubjectAccessField.of("Prisons held in",
				c.stays().stream().map(CustodyEpisode.Stay::prisonName).collect(Collectors.joining(", "))));
		return new SubjectAccessItem("custody_episode", c.id().toString(), "Time in custody", shown(fields));
	}

	private static SubjectAccessItem timeline(TimelineEntry t, Redaction redaction) {
		var fields = new ArrayList<SubjectAccessField>();
		fields.add(SubjectAccessField.of("When", PackageWords.time(t.occurredAt())));
		fields.add(SubjectAccessField.of("Kind", t.kind().replace('_', ' ')));
		fields.add(SubjectAccessField.of("Recorded by", t.authorName()));
		boolean aboutThem = t.people().stream().anyMatch(redaction::isRequester);
		boolean othersOnly = !t.people().isEmpty() && !aboutThem && !t.people().stream().allMatch(redaction::shows);
		if (aboutThem || (!othersOnly && !t.aboutChildren())) {
			fields.add(SubjectAccessField.of("What happened", t.summary()));
			fields.add(SubjectAccessField.of("Prison", t.prisonName()));
			fields.add(SubjectAccessField.of("Programme", t.programmeName()));
			fields.add(SubjectAccessField.of("Where", t.place()));
		}
		else {
			fields.add(SubjectAccessField.redacted("What happened"));
		}
		return new SubjectAccessItem("timeline_entry", t.id().toString(), "An entry on the family's timeline",
				shown(fields));
	}

	/** The fields with something to say: a value, or a redaction. */
	private static List<SubjectAccessField> shown(List<SubjectAccessField> fields) {
		return fields.stream().filter(f -> f.isRedacted() || (f.value() != null && !f.value().isBlank())).toList();
	}

	/**
	 * Who of a family the package shows (ADR 0017): the requester; another adult whose
	 * own current consent covers who they are; never a child. The household's address is
	 * shown unless the requester is the person in custody (who does not live there) and
	 * another adult of the family has not consented.
	 *
	 * @param requester the people confirmed to be the requester
	 * @param consenting the people whose own current consent covers who they are
	 * @param people the family's people
	 */
	record Redaction(Set<UUID> requester, Set<UUID> consenting, List<Person> people) {

		boolean isRequester(UUID personId) {
			return requester.contains(personId);
		}

		boolean shows(UUID personId) {
			if (isRequester(personId)) {
				return true;
			}
			return people.stream()
				.filter(p -> p.id().equals(personId))
				.anyMatch(p -> p.role() != FamilyRole.CHILD && consenting.contains(p.id()));
		}

		boolean household() {
			boolean inCustody = people.stream().anyMatch(p -> isRequester(p.id()) && p.role() == FamilyRole.IN_CUSTODY);
			return !inCustody || people.stream()
				.filter(p -> !isRequester(p.id()) && p.role() != FamilyRole.CHILD)
				.allMatch(p -> consenting.contains(p.id()));
		}

	}

}
