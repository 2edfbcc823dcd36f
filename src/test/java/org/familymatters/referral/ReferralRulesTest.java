package org.familymatters.referral;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.internal.Criterion;
import org.familymatters.referral.internal.ReferralRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every referral meets, whoever sends it, driven without Spring: what is on
 * record is a few ids.
 */
class ReferralRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 27);

	private static final UUID LOCALITY = UUID.randomUUID();

	private static final UUID ORGANISATION = UUID.randomUUID();

	private static final UUID NEED = UUID.randomUUID();

	private static final UUID CRITERION = UUID.randomUUID();

	private static final ReferralRules.OnRecord ON_RECORD = new ReferralRules.OnRecord() {

		@Override
		public boolean organisation(UUID id) {
			return ORGANISATION.equals(id);
		}

		@Override
		public boolean locality(UUID id) {
			return LOCALITY.equals(id);
		}

		@Override
		public boolean need(UUID id) {
			return NEED.equals(id);
		}

		@Override
		public Set<UUID> criteria(UUID localityId) {
			return LOCALITY.equals(localityId) ? Set.of(CRITERION) : Set.of();
		}

	};

	private static NewReferral.Person child() {
		return new NewReferral.Person("Poppy", "Quinn", null, LocalDate.of(2016, 9, 12), "Daughter", FamilyRole.CHILD,
				null, null, null, "ox16 5qb");
	}

	private static NewReferral referral(ReferralSource source, String email, UUID locality,
			List<NewReferral.Person> people, String reason) {
		return new NewReferral(source, "Test referrer", email, null, ORGANISATION, null, locality, people, reason,
				List.of(NEED), List.of(CRITERION), true);
	}

	private static NewReferral good() {
		return referral(ReferralSource.SCHOOL, "head@example.org", LOCALITY, List.of(child()), "Struggling at school.");
	}

	private static List<ReferralProblem> check(NewReferral referral) {
		return ReferralRules.check(referral, TODAY, ON_RECORD);
	}

	@Test
	void aWholeReferralPassesAndIsTidied() {
		assertThat(check(good())).isEmpty();
		var tidy = ReferralRules
			.tidy(referral(ReferralSource.SCHOOL, "  head@example.org ", LOCALITY, List.of(child()), "  Reason  "));
		assertThat(tidy.referrerEmail()).isEqualTo("head@example.org");
		assertThat(tidy.reason()).isEqualTo("Reason");
		assertThat(tidy.people().get(0).postcode()).isEqualTo("OX16 5QB");
	}

	@Test
	void theCriteriaMetAreThoseTickedAndThoseWhoseMeaningTheReferralStates() {
		var custody = new Criterion(UUID.randomUUID(), LOCALITY, "In custody", 1, true, ReferralFact.IN_CUSTODY);
		var children = new Criterion(UUID.randomUUID(), LOCALITY, "Children", 2, true, ReferralFact.CHILDREN);
		var agencies = new Criterion(UUID.randomUUID(), LOCALITY, "More than one agency", 3, true, null);
		var lives = new Criterion(UUID.randomUUID(), LOCALITY, "Lives here", 4, true, ReferralFact.LIVES_IN_LOCALITY);
		var locality = List.of(custody, children, agencies, lives);
		var stated = new NewReferral(ReferralSource.COURT_DESK, "Vera", null, null, ORGANISATION, null, LOCALITY,
				List.of(child()), "Reason", List.of(), List.of(agencies.id()), true, "Evenings",
				Set.of(ReferralFact.LIVES_IN_LOCALITY, ReferralFact.IN_CUSTODY, ReferralFact.AGREES_TO_CONTACT));
		assertThat(ReferralRules.criteriaMet(stated, locality)).containsExactly(custody.id(), agencies.id(),
				lives.id());
		assertThat(ReferralRules.criteriaMet(good(), locality)).as("a criterion ticked that the list lacks is kept")
			.containsExactly(CRITERION);
		assertThat(ReferralRules.tidy(stated).bestTimeToCall()).isEqualTo("Evenings");
		assertThat(ReferralRules.tidy(stated).facts()).containsExactlyInAnyOrder(ReferralFact.LIVES_IN_LOCALITY,
				ReferralFact.IN_CUSTODY, ReferralFact.AGREES_TO_CONTACT);
	}

	@Test
	void aBestTimeToCallIsTextLikeAnyOther() {
		var nul = new NewReferral(ReferralSource.SCHOOL, "Test referrer", "head@example.org", null, ORGANISATION, null,
				LOCALITY, List.of(child()), "Reason", List.of(), List.of(), true, "Eve\u0000nings", Set.of());
		assertThat(check(nul)).containsExactly(new ReferralProblem("bestTimeToCall", "input.controlCharacters"));
		var tooLong = new NewReferral(ReferralSource.SCHOOL, "Test referrer", "head@example.org", null, ORGANISATION,
				null, LOCALITY, List.of(child()), "Reason", List.of(), List.of(), true, "x".repeat(201), Set.of());
		assertThat(check(tooLong)).containsExactly(new ReferralProblem("bestTimeToCall", "referral.tooLong.200"));
	}

	@Test
	void aNulCharacterInAnyTextIsRefusedAsInvalidTextByItsField() {
		var person = new NewReferral.Person("Pop\u0000py", "Quinn", "A\u0000", null, "Daugh\u0000ter", FamilyRole.CHILD,
				null, null, "1 High St\u0000", null);
		var referral = new NewReferral(ReferralSource.SCHOOL, "Test\u0000referrer", "head@example.org", null, null,
				"School\u0000", LOCALITY, List.of(person), "Reason\u0000", List.of(), List.of(), false);
		assertThat(check(referral)).contains(new ReferralProblem("referrerName", "input.controlCharacters"),
				new ReferralProblem("referrerOrganisationName", "input.controlCharacters"),
				new ReferralProblem("people[0].givenName", "input.controlCharacters"),
				new ReferralProblem("people[0].otherNames", "input.controlCharacters"),
				new ReferralProblem("people[0].relationship", "input.controlCharacters"),
				new ReferralProblem("people[0].address", "input.controlCharacters"),
				new ReferralProblem("reason", "input.controlCharacters"));
		var email = referral(ReferralSource.SCHOOL, "head\u0000@example.org", LOCALITY, List.of(child()), "Reason");
		assertThat(check(email)).containsExactly(new ReferralProblem("referrerEmail", "input.controlCharacters"));
	}

	@Test
	void aMissingLocalityOrRoleIsRefusedByItsField() {
		var noRole = new NewReferral.Person("Poppy", "Quinn", null, null, null, null, null, null, null, null);
		assertThat(check(referral(ReferralSource.SCHOOL, "head@example.org", null, List.of(noRole), "Reason")))
			.containsExactly(new ReferralProblem("localityId", "referral.locality.required"),
					new ReferralProblem("people[0].role", "referral.person.role.required"));
		assertThat(check(
				referral(ReferralSource.SCHOOL, "head@example.org", UUID.randomUUID(), List.of(child()), "Reason")))
			.containsExactly(new ReferralProblem("localityId", "referral.locality.required"));
	}

	@Test
	void aReasonOverFourThousandCharactersIsTooLong() {
		assertThat(check(
				referral(ReferralSource.SCHOOL, "head@example.org", LOCALITY, List.of(child()), "x".repeat(4001))))
			.containsExactly(new ReferralProblem("reason", "referral.tooLong.4000"));
		assertThat(check(
				referral(ReferralSource.SCHOOL, "head@example.org", LOCALITY, List.of(child()), "x".repeat(4000))))
			.isEmpty();
		assertThat(check(referral(ReferralSource.SCHOOL, "head@example.org", LOCALITY, List.of(child()), "  ")))
			.containsExactly(new ReferralProblem("reason", "referral.reason.required"));
	}

	@Test
	void aBadEmailAddressPhoneOrPostcodeIsRefusedInItsFormat() {
		assertThat(check(referral(ReferralSource.SCHOOL, "not an email", LOCALITY, List.of(child()), "Reason")))
			.containsExactly(new ReferralProblem("referrerEmail", "referral.email.invalid"));
		assertThat(check(
				referral(ReferralSource.SCHOOL, "a@" + "b".repeat(260) + ".org", LOCALITY, List.of(child()), "Reason")))
			.containsExactly(new ReferralProblem("referrerEmail", "referral.email.invalid"));
		var person = new NewReferral.Person("Poppy", "Quinn", null, null, null, FamilyRole.CHILD, "call me", "poppy@",
				null, "OX16");
		assertThat(check(referral(ReferralSource.SCHOOL, "head@example.org", LOCALITY, List.of(person), "Reason")))
			.containsExactly(new ReferralProblem("people[0].phone", "referral.phone.invalid"),
					new ReferralProblem("people[0].email", "referral.email.invalid"),
					new ReferralProblem("people[0].postcode", "referral.postcode.invalid"));
	}

	@Test
	void whoMustGiveAnEmailAddress() {
		assertThat(check(referral(ReferralSource.SCHOOL, null, LOCALITY, List.of(child()), "Reason")))
			.containsExactly(new ReferralProblem("referrerEmail", "referral.referrerEmail.required"));
		assertThat(check(referral(ReferralSource.COURT_DESK, null, LOCALITY, List.of(child()), "Reason"))).isEmpty();
		var self = new NewReferral(ReferralSource.SELF, "Sam Quinn", null, null, null, null, LOCALITY, List.of(child()),
				"Help, please", List.of(), List.of(), false);
		assertThat(check(self)).containsExactly(new ReferralProblem("referrerEmail", "referral.self.contact.required"),
				new ReferralProblem("consentToContact", "referral.self.consent.required"));
	}

	@Test
	void peopleDatesNeedsAndCriteriaFollowTheRecords() {
		var unborn = new NewReferral.Person("Baby", "Quinn", null, TODAY.plusDays(1), null, FamilyRole.CHILD, null,
				null, null, null);
		var ancient = new NewReferral.Person("Old", "Quinn", null, TODAY.minusYears(121), null,
				FamilyRole.OTHER_RELATIVE, null, null, null, null);
		var referral = new NewReferral(ReferralSource.SCHOOL, "Test referrer", "head@example.org", null,
				UUID.randomUUID(), null, LOCALITY, List.of(unborn, ancient), "Reason", List.of(UUID.randomUUID()),
				List.of(UUID.randomUUID()), false);
		assertThat(check(referral)).containsExactly(
				new ReferralProblem("referrerOrganisationId", "referral.organisation.unknown"),
				new ReferralProblem("people[0].dateOfBirth", "referral.person.dateOfBirth.future"),
				new ReferralProblem("people[1].dateOfBirth", "referral.person.dateOfBirth.tooOld"),
				new ReferralProblem("needs", "referral.needs.unknown"),
				new ReferralProblem("criteria", "referral.criteria.unknown"));
		var nobody = referral(ReferralSource.SCHOOL, "head@example.org", LOCALITY, List.of(), "Reason");
		assertThat(check(nobody))
			.containsExactly(new ReferralProblem("people[0].givenName", "referral.people.required"));
		var crowd = referral(ReferralSource.SCHOOL, "head@example.org", LOCALITY,
				Collections.nCopies(ReferralRules.MAX_PEOPLE + 1, child()), "Reason");
		assertThat(check(crowd)).containsExactly(new ReferralProblem("people[0].givenName", "referral.people.tooMany"));
	}

}
