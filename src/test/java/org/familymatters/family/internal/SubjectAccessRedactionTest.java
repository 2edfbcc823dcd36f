package org.familymatters.family.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.family.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who of a family a person's subject access package shows (ADR 0017), without Spring: the
 * requester; another adult only with their own current consent to who they are; never a
 * child; the household's address unless the requester is the person in custody and
 * another adult has not consented.
 */
class SubjectAccessRedactionTest {

	static final UUID FAMILY = UUID.randomUUID();

	static final Person MOTHER = person(FamilyRole.PARENT_OR_CARER, 1990);

	static final Person FATHER = person(FamilyRole.IN_CUSTODY, 1988);

	static final Person CHILD = person(FamilyRole.CHILD, 2016);

	static final List<Person> PEOPLE = List.of(FATHER, MOTHER, CHILD);

	static Person person(FamilyRole role, int born) {
		return new Person(UUID.randomUUID(), FAMILY, "Given", "Family", null, LocalDate.of(born, 1, 1), null, null,
				null, role, null, null, 0);
	}

	@Test
	void theRequesterIsShownAndTheOtherParentRedactedWithoutTheirConsent() {
		var redaction = new FamilySubjectAccess.Redaction(Set.of(MOTHER.id()), Set.of(), PEOPLE);

		assertThat(redaction.shows(MOTHER.id())).isTrue();
		assertThat(redaction.shows(FATHER.id())).isFalse();
		assertThat(redaction.shows(CHILD.id())).isFalse();
		assertThat(redaction.household()).isTrue();
	}

	@Test
	void anotherAdultWhoConsentedIsShownAChildNever() {
		var redaction = new FamilySubjectAccess.Redaction(Set.of(MOTHER.id()), Set.of(FATHER.id(), CHILD.id()), PEOPLE);

		assertThat(redaction.shows(FATHER.id())).isTrue();
		assertThat(redaction.shows(CHILD.id())).isFalse();
	}

	@Test
	void thePersonInCustodyDoesNotSeeTheHouseholdsAddressWithoutTheOtherAdultsConsent() {
		assertThat(new FamilySubjectAccess.Redaction(Set.of(FATHER.id()), Set.of(), PEOPLE).household()).isFalse();
		assertThat(new FamilySubjectAccess.Redaction(Set.of(FATHER.id()), Set.of(MOTHER.id()), PEOPLE).household())
			.isTrue();
	}

}
