package org.familymatters.referral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.ReferralSource;
import org.familymatters.referral.ReferralStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a family accepted from a referral keeps of it, without Spring: the address in its
 * lines, the best time to call, each person's contact details, and the story with the
 * needs and the referrer for the first timeline entry.
 */
class FamilyFromReferralTest {

	private static Referral.Person person(String given, FamilyRole role, String phone, String email, String address,
			String postcode) {
		return new Referral.Person(UUID.randomUUID(), 0, given, "Quill", null, LocalDate.of(2015, 3, 27), null, role,
				phone, email, address, postcode, null);
	}

	private static Referral referral(ReferralSource source, List<Referral.Person> people, List<String> needs,
			String bestTime) {
		return new Referral(UUID.randomUUID(), "RF-000042", source, "Jo Head", "head@example.org", "01632 960000", null,
				"Banbury school", null, UUID.randomUUID(), "Banbury", "Her father went to prison on Friday.", true,
				ReferralStatus.RECEIVED, null, null, null, null, List.of(), null, null,
				Instant.parse("2026-05-03T09:30:00Z"), 0, people, needs, List.of(), 5, bestTime, null);
	}

	@Test
	void anAddressIsSplitAtItsLineBreaksOrElseAtItsCommas() {
		assertThat(FamilyFromReferral.split("12 High Street\nBanbury"))
			.isEqualTo(new FamilyFromReferral.Lines("12 High Street", null, "Banbury"));
		assertThat(FamilyFromReferral.split("Flat 2, 12 High Street\r\nNeithrop\nBanbury"))
			.isEqualTo(new FamilyFromReferral.Lines("Flat 2, 12 High Street", "Neithrop", "Banbury"));
		assertThat(FamilyFromReferral.split("Flat 2, 12 High Street, Neithrop, Banbury"))
			.isEqualTo(new FamilyFromReferral.Lines("Flat 2", "12 High Street, Neithrop", "Banbury"));
		assertThat(FamilyFromReferral.split(" 12 High Street ,, "))
			.isEqualTo(new FamilyFromReferral.Lines("12 High Street", null, null));
		assertThat(FamilyFromReferral.split(" ")).isEqualTo(new FamilyFromReferral.Lines(null, null, null));
		assertThat(FamilyFromReferral.split(null)).isEqualTo(new FamilyFromReferral.Lines(null, null, null));
	}

	@Test
	void theHouseholdTakesTheFirstAddressGivenAndTheBestTimeToCall() {
		var r = referral(ReferralSource.SELF,
				List.of(person("Dale", FamilyRole.IN_CUSTODY, null, null, null, null),
						person("Alex", FamilyRole.PARENT_OR_CARER, "07700 900123", "alex@example.org",
								"12 High Street\nBanbury", "OX16 5QB"),
						person("Jules", FamilyRole.CHILD, null, null, "Elsewhere", "OX1 1AA")),
				List.of(), "Evenings after 6");
		var household = FamilyFromReferral.household(r);
		assertThat(household.addressLine1()).isEqualTo("12 High Street");
		assertThat(household.addressLine2()).isNull();
		assertThat(household.town()).isEqualTo("Banbury");
		assertThat(household.postcode()).isEqualTo("OX16 5QB");
		assertThat(household.bestTimeToCall()).isEqualTo("Evenings after 6");

		var people = FamilyFromReferral.people(r);
		assertThat(people).extracting("givenName").containsExactly("Dale", "Alex", "Jules");
		assertThat(people.get(1).phone()).isEqualTo("07700 900123");
		assertThat(people.get(1).email()).isEqualTo("alex@example.org");
		assertThat(people.get(2).dateOfBirth()).isEqualTo(LocalDate.of(2015, 3, 27));

		var none = FamilyFromReferral.household(referral(ReferralSource.SELF,
				List.of(person("Dale", FamilyRole.IN_CUSTODY, null, null, null, null)), List.of(), null));
		assertThat(none).isEqualTo(new org.familymatters.family.NewFamily.Household(null, null, null, null, null));
	}

	@Test
	void theStoryOfASelfReferralKeepsWhatIsHappeningWhatWouldHelpAndTheBestTimeToCall() {
		var r = referral(ReferralSource.SELF,
				List.of(person("Alex", FamilyRole.PARENT_OR_CARER, null, null, null, null)),
				List.of("Housing", "Money and debt"), "Evenings after 6");
		var origin = FamilyFromReferral.origin(r);
		assertThat(origin.id()).isEqualTo(r.id());
		assertThat(origin.reference()).isEqualTo("RF-000042");
		assertThat(origin.receivedAt()).isEqualTo(r.createdAt());
		assertThat(origin.story()).isEqualTo("""
				From referral RF-000042 (the family itself), received 3 May 2026.

				What is happening: Her father went to prison on Friday.

				What would help: Housing, Money and debt.
				Best time to call: Evenings after 6.""");
	}

	@Test
	void theStoryOfAnAgencysReferralSaysWhoReferredAndHowToReachThem() {
		var r = referral(ReferralSource.SCHOOL,
				List.of(person("Alex", FamilyRole.PARENT_OR_CARER, null, null, null, null)), List.of(), null);
		assertThat(FamilyFromReferral.story(r)).startsWith("From referral RF-000042 (school), received 3 May 2026.")
			.contains("Why they were referred: Her father went to prison on Friday.")
			.endsWith("Referred by Jo Head, Banbury school, head@example.org, 01632 960000.")
			.doesNotContain("What would help")
			.doesNotContain("Best time");
	}

}
