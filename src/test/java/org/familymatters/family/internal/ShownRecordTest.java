package org.familymatters.family.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.familymatters.audit.Basis;
import org.familymatters.consent.Access;
import org.familymatters.consent.InformationKind;
import org.familymatters.family.Attachment;
import org.familymatters.family.CustodyEpisode;
import org.familymatters.family.Family;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.JourneyStage;
import org.familymatters.family.Person;
import org.familymatters.family.TimelineEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What of a family's record is shown for each kind of access, without Spring: the parts
 * the access decision's answer allows, and nothing read that is not shown.
 */
class ShownRecordTest {

	static final UUID FAMILY = UUID.randomUUID();

	static final UUID SCHOOL = UUID.randomUUID();

	final Family family = new Family(FAMILY, "FM-000123", UUID.randomUUID(), "Banbury", "active", null,
			JourneyStage.IN_CUSTODY, UUID.randomUUID(), "Sam Keyworker", "1 Test Street", null, "Banbury", "OX16 2ZZ",
			Instant.parse("2026-06-01T10:00:00Z"), 3);

	final Person father = person("Dale", FamilyRole.IN_CUSTODY, null);

	final Person mother = person("Nadia", FamilyRole.PARENT_OR_CARER, null);

	final Person child = person("Ellis", FamilyRole.CHILD, SCHOOL);

	final Person otherChild = person("Robin", FamilyRole.CHILD, UUID.randomUUID());

	final List<Person> people = List.of(father, mother, child, otherChild);

	final List<CustodyEpisode> custody = List
		.of(new CustodyEpisode(UUID.randomUUID(), father.id(), UUID.randomUUID(), "HMP Bullingdon", "A1234BC", null,
				LocalDate.of(2026, 1, 1), "2 years", LocalDate.of(2027, 1, 1), null, 0, null, List.of()));

	final TimelineEntry aboutChildren = new TimelineEntry(UUID.randomUUID(), "note", true,
			Instant.parse("2026-05-01T10:00:00Z"), "Ellis would like to write to his dad", "Sam Keyworker");

	final TimelineEntry aboutVisits = new TimelineEntry(UUID.randomUUID(), "call", false,
			Instant.parse("2026-05-02T10:00:00Z"), "Spoke to Nadia about visits", "Sam Keyworker");

	final List<Attachment> attachments = List.of(new Attachment(UUID.randomUUID(), "consent.pdf", "application/pdf",
			1024, "Signed consent", "Sam Keyworker", Instant.parse("2026-05-03T10:00:00Z")));

	@Test
	void thoseWhoMayChangeTheRecordSeeAllOfIt() {
		var view = shown(
				new Access(true, Basis.ROLE, "SUPPORT_WORKER", EnumSet.allOf(InformationKind.class), null, true));
		assertThat(view.people()).containsExactlyElementsOf(people);
		assertThat(view.custody()).isEqualTo(custody);
		assertThat(view.timeline()).containsExactly(aboutChildren, aboutVisits);
		assertThat(view.attachments()).isEqualTo(attachments);
		assertThat(view.family()).isEqualTo(family);
		assertThat(view.showsHousehold()).isTrue();
	}

	@Test
	void anAgencyWithConsentToEverythingSeesAllButTheTimelineNotAboutTheChildrenAndTheFiles() {
		var view = shown(consent(EnumSet.allOf(InformationKind.class), null));
		assertThat(view.people()).containsExactlyElementsOf(people);
		assertThat(view.custody()).isEqualTo(custody);
		assertThat(view.timeline()).containsExactly(aboutChildren);
		assertThat(view.attachments()).isEmpty();
		assertThat(view.showsHousehold()).isTrue();
		assertThat(view.family().postcode()).isEqualTo("OX16 2ZZ");
	}

	@Test
	void aSchoolSeesOnlyWhoItsOwnPupilIs() {
		var view = shown(consent(EnumSet.of(InformationKind.IDENTITY), Set.of(child.id())));
		assertThat(view.people()).extracting(Person::id).containsExactly(child.id());
		var pupil = view.people().get(0);
		assertThat(pupil.fullName()).isEqualTo(child.fullName());
		assertThat(pupil.dateOfBirth()).isEqualTo(child.dateOfBirth());
		assertThat(pupil.schoolYear()).isEqualTo("Year 5");
		assertThat(pupil.phone()).isNull();
		assertThat(pupil.email()).isNull();
		assertThat(pupil.relationship()).isNull();
		assertThat(view.custody()).isEmpty();
		assertThat(view.timeline()).isEmpty();
		assertThat(view.attachments()).isEmpty();
		assertThat(view.showsHousehold()).isFalse();
		assertThat(view.family().keyWorkerId()).isNull();
		assertThat(view.family().postcode()).isNull();
		assertThat(view.family().reference()).isEqualTo("FM-000123");
	}

	@Test
	void consentToCustodyDetailsAloneShowsTheCustodyAndNamesNobody() {
		var view = shown(consent(EnumSet.of(InformationKind.CUSTODY), null));
		assertThat(view.people()).isEmpty();
		assertThat(view.custody()).isEqualTo(custody);
		assertThat(view.timeline()).isEmpty();
		assertThat(view.showsHousehold()).isFalse();
		assertThat(view.family().addressLine1()).isNull();
		assertThat(view.family().status()).isEqualTo("active");
	}

	@Test
	void consentToNotesAboutTheChildrenAloneShowsThoseNotesAndNamesNobody() {
		var view = shown(consent(EnumSet.of(InformationKind.CHILDREN), null));
		assertThat(view.people()).isEmpty();
		assertThat(view.custody()).isEmpty();
		assertThat(view.timeline()).containsExactly(aboutChildren);
	}

	@Test
	void consentToWhoTheyAreShowsThePeopleInFullAndNothingElse() {
		var view = shown(consent(EnumSet.of(InformationKind.IDENTITY, InformationKind.NEEDS), null));
		assertThat(view.people()).containsExactlyElementsOf(people);
		assertThat(view.custody()).isEmpty();
		assertThat(view.timeline()).isEmpty();
		assertThat(view.showsHousehold()).isTrue();
	}

	@Test
	void whatIsNotShownIsNotRead() {
		var view = ShownRecord.of(consent(EnumSet.of(InformationKind.IDENTITY), Set.of(child.id())), family, people,
				unread(), unread(), unread());
		assertThat(view.people()).hasSize(1);
	}

	private org.familymatters.family.FamilyView shown(Access access) {
		return ShownRecord.of(access, family, people, () -> custody, () -> List.of(aboutChildren, aboutVisits),
				() -> attachments);
	}

	private static Access consent(Set<InformationKind> kinds, Set<UUID> people) {
		return new Access(true, Basis.CONSENT, "consent", kinds, people, false);
	}

	private static <T> Supplier<List<T>> unread() {
		return () -> {
			throw new AssertionError("read although not shown");
		};
	}

	private static Person person(String given, FamilyRole role, UUID school) {
		return new Person(UUID.randomUUID(), FAMILY, given, "Quigley", "Other", LocalDate.of(2016, 10, 2),
				"07700 900123", "someone@example.org", "relative", role, school, (school != null) ? "Year 5" : null, 0);
	}

}
