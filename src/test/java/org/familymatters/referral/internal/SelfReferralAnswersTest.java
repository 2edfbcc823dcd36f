package org.familymatters.referral.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.ReferralFact;
import org.familymatters.referral.ReferralSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers of the question pages as the referral they make, without Spring: the name
 * asked once, the person asking first with their contact details and address, and the
 * criteria worked out from the answers, never ticked by the family.
 */
class SelfReferralAnswersTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static final UUID LOCALITY = UUID.randomUUID();

	static final UUID NEED = UUID.randomUUID();

	private static SelfReferralAnswers answers() {
		var a = new SelfReferralAnswers();
		a.setLocalityId(LOCALITY.toString());
		a.setGivenName("Alex");
		a.setFamilyName("Quill");
		a.setRole(FamilyRole.PARENT_OR_CARER.name());
		a.setPhone("07700 900123");
		a.setEmail("alex@example.org");
		a.setBestTimeToCall("Evenings after 6");
		a.setAddressLine1("12 High Street");
		a.setTown("Banbury");
		a.setPostcode("OX16 5QB");
		a.setStory("My partner was sent to prison on Friday.");
		a.setNeeds(List.of(NEED.toString()));
		return a;
	}

	@Test
	void theAnswersMakeAReferralFromTheFamilyWithTheNameAskedOnce() {
		var a = answers();
		a.getPeople().add(new SelfReferralAnswers.Relative("Dale", "Quill", null, FamilyRole.IN_CUSTODY.name()));
		a.getPeople()
			.add(new SelfReferralAnswers.Relative("Jules", "Quill", LocalDate.of(2017, 4, 3), FamilyRole.CHILD.name()));
		var r = a.referral(true, TODAY);
		assertThat(r.source()).isEqualTo(ReferralSource.SELF);
		assertThat(r.referrerName()).isEqualTo("Alex Quill");
		assertThat(r.referrerPhone()).isEqualTo("07700 900123");
		assertThat(r.referrerEmail()).isEqualTo("alex@example.org");
		assertThat(r.localityId()).isEqualTo(LOCALITY);
		assertThat(r.reason()).isEqualTo("My partner was sent to prison on Friday.");
		assertThat(r.needs()).containsExactly(NEED);
		assertThat(r.bestTimeToCall()).isEqualTo("Evenings after 6");
		assertThat(r.consentToContact()).isTrue();
		assertThat(r.criteria()).isEmpty();
		assertThat(r.people()).extracting("givenName").containsExactly("Alex", "Dale", "Jules");
		var asking = r.people().get(0);
		assertThat(asking.role()).isEqualTo(FamilyRole.PARENT_OR_CARER);
		assertThat(asking.phone()).isEqualTo("07700 900123");
		assertThat(asking.email()).isEqualTo("alex@example.org");
		assertThat(asking.address()).isEqualTo("12 High Street\nBanbury");
		assertThat(asking.postcode()).isEqualTo("OX16 5QB");
		assertThat(r.people().get(2).dateOfBirth()).isEqualTo(LocalDate.of(2017, 4, 3));
		assertThat(r.people().get(2).address()).isNull();
		assertThat(r.facts()).containsExactlyInAnyOrder(ReferralFact.LIVES_IN_LOCALITY, ReferralFact.AGREES_TO_CONTACT,
				ReferralFact.IN_CUSTODY, ReferralFact.CHILDREN);
	}

	@Test
	void theFactsAreOnlyWhatTheAnswersShow() {
		var a = answers();
		assertThat(a.facts(false, TODAY)).containsExactly(ReferralFact.LIVES_IN_LOCALITY);
		a.getPeople()
			.add(new SelfReferralAnswers.Relative("Sky", "Quill", LocalDate.of(2008, 5, 31), FamilyRole.CHILD.name()));
		assertThat(a.facts(true, TODAY)).as("a child of 18 is not under 18")
			.containsExactlyInAnyOrder(ReferralFact.LIVES_IN_LOCALITY, ReferralFact.AGREES_TO_CONTACT);
		a.getPeople().add(new SelfReferralAnswers.Relative("Ash", "Quill", null, FamilyRole.CHILD.name()));
		assertThat(a.facts(true, TODAY)).as("a child with no date of birth counts")
			.contains(ReferralFact.CHILDREN)
			.doesNotContain(ReferralFact.IN_CUSTODY);
		a.setRole(FamilyRole.IN_CUSTODY.name());
		assertThat(a.facts(true, TODAY)).as("the person asking may be the one in custody")
			.contains(ReferralFact.IN_CUSTODY);
	}

	@Test
	void pagesStillToAnswerAreFoundInOrder() {
		var a = new SelfReferralAnswers();
		assertThat(a.firstMissing()).isEqualTo("where");
		a.answered("where");
		a.answered("contact");
		assertThat(a.firstMissing()).isEqualTo("you");
		SelfReferralAnswers.REQUIRED.forEach(a::answered);
		assertThat(a.firstMissing()).isNull();
		assertThat(new SelfReferralAnswers().address()).isNull();
	}

}
