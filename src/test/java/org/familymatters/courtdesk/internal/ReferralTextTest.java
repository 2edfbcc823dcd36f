package org.familymatters.courtdesk.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.ReferralFact;
import org.familymatters.referral.ReferralSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the referral made from a contact says, without Spring. */
class ReferralTextTest {

	static final UUID HOUSING = UUID.randomUUID();

	static final UUID MONEY = UUID.randomUUID();

	static final UUID ORGANISATION = UUID.randomUUID();

	static final UUID LOCALITY = UUID.randomUUID();

	private static NewContact contact(Relationship relationship, Outcome outcome, SentenceBand band,
			FirstTimeInCustody firstTime, int children, Integer under5, Integer from5, Integer from12,
			List<UUID> concerns, Boolean support) {
		return new NewContact(UUID.randomUUID(), LocalDateTime.of(2026, 3, 3, 11, 15), relationship, outcome, band,
				firstTime, children, under5, from5, from12, concerns, Set.of(), List.of(), support, true,
				new NewContact.Details("Marnie", "Example", "0118 496 0123", "marnie@example.org", LOCALITY, null,
						true));
	}

	@Test
	void theReasonTellsTheFactsInWords() {
		var c = contact(Relationship.PARTNER, Outcome.IMMEDIATE_CUSTODY, SentenceBand.ONE_TO_4_YEARS,
				FirstTimeInCustody.YES, 2, 1, 1, null, List.of(HOUSING, MONEY), true);
		assertThat(ReferralText.reason(c, "Reading Crown Court", Map.of(HOUSING, "Housing", MONEY, "Money")))
			.isEqualTo("Met at the Reading Crown Court desk on 3 March 2026: immediate custody, 1 to 4 years, "
					+ "first time in custody; 2 children (1 under 5, 1 aged 5 to 11). Concerns raised: Housing, "
					+ "Money. Emotional support was given at the desk. They agreed to be contacted.");
	}

	@Test
	void theReasonSaysOnlyWhatApplies() {
		var c = contact(Relationship.PARENT, Outcome.REMAND, SentenceBand.OVER_10_YEARS, FirstTimeInCustody.NOT_KNOWN,
				0, null, null, null, List.of(), false);
		assertThat(ReferralText.reason(c, "Oxford Crown Court", Map.of()))
			.isEqualTo("Met at the Oxford Crown Court desk on 3 March 2026: remanded in custody, not known whether "
					+ "it is the first time in custody; no children. They agreed to be contacted.");
		var suspended = contact(Relationship.FRIEND, Outcome.SUSPENDED_SENTENCE, SentenceBand.UNDER_12_MONTHS,
				FirstTimeInCustody.NO, 1, null, null, null, List.of(), null);
		assertThat(ReferralText.reason(suspended, "Aylesbury Crown Court", Map.of()))
			.contains(": suspended sentence, under 12 months; 1 child.");
		var before = contact(Relationship.PARTNER, Outcome.IMMEDIATE_CUSTODY, SentenceBand.NOT_KNOWN,
				FirstTimeInCustody.NO, 3, null, null, 3, List.of(), false);
		assertThat(ReferralText.reason(before, "Reading Crown Court", Map.of()))
			.contains("has been in custody before; 3 children (3 aged 12 to 17).");
	}

	@Test
	void whatTheVolunteerRecordedStatesTheFactsThatMeetCriteriaAndTheBestTimeToCallIsKept() {
		var custody = contact(Relationship.PARTNER, Outcome.IMMEDIATE_CUSTODY, SentenceBand.ONE_TO_4_YEARS,
				FirstTimeInCustody.YES, 2, 1, 1, null, List.of(), false);
		assertThat(ReferralText.facts(custody)).containsExactlyInAnyOrder(ReferralFact.IN_CUSTODY,
				ReferralFact.CHILDREN, ReferralFact.LIVES_IN_LOCALITY, ReferralFact.AGREES_TO_CONTACT);
		var remand = contact(Relationship.PARENT, Outcome.REMAND, null, FirstTimeInCustody.NOT_KNOWN, 0, null, null,
				null, List.of(), false);
		assertThat(ReferralText.facts(remand)).containsExactlyInAnyOrder(ReferralFact.IN_CUSTODY,
				ReferralFact.LIVES_IN_LOCALITY, ReferralFact.AGREES_TO_CONTACT);
		var suspended = contact(Relationship.PARTNER, Outcome.SUSPENDED_SENTENCE, SentenceBand.UNDER_12_MONTHS, null, 1,
				null, null, null, List.of(), false);
		assertThat(ReferralText.facts(suspended)).containsExactlyInAnyOrder(ReferralFact.CHILDREN,
				ReferralFact.LIVES_IN_LOCALITY, ReferralFact.AGREES_TO_CONTACT);

		var evenings = new NewContact(UUID.randomUUID(), LocalDateTime.of(2026, 3, 3, 11, 15), Relationship.PARTNER,
				Outcome.IMMEDIATE_CUSTODY, null, null, 1, null, null, null, List.of(), Set.of(), List.of(), false, true,
				new NewContact.Details("Marnie", "Example", "0118 496 0123", null, LOCALITY, "Evenings after 6", true));
		var referral = ReferralText.referral(evenings, new ReferralText.Volunteer("Vera Volunteer", null, ORGANISATION),
				"Reading Crown Court", Map.of());
		assertThat(referral.bestTimeToCall()).isEqualTo("Evenings after 6");
		assertThat(referral.facts()).contains(ReferralFact.IN_CUSTODY, ReferralFact.CHILDREN);
		assertThat(referral.criteria()).isEmpty();
	}

	@Test
	void childrenInWords() {
		assertThat(ReferralText.children(
				contact(Relationship.PARTNER, Outcome.ACQUITTED, null, null, 0, null, null, null, List.of(), false)))
			.isEqualTo("no children");
		assertThat(ReferralText
			.children(contact(Relationship.PARTNER, Outcome.ACQUITTED, null, null, 1, 0, null, null, List.of(), false)))
			.isEqualTo("1 child");
		assertThat(ReferralText
			.children(contact(Relationship.PARTNER, Outcome.ACQUITTED, null, null, 4, 1, 0, 2, List.of(), false)))
			.isEqualTo("4 children (1 under 5, 2 aged 12 to 17)");
	}

	@Test
	void thePersonsFamilyRoleFollowsTheirRelationshipToTheDefendant() {
		assertThat(ReferralText.role(Relationship.PARTNER)).isEqualTo(FamilyRole.PARTNER);
		assertThat(ReferralText.role(Relationship.SON_OR_DAUGHTER)).isEqualTo(FamilyRole.CHILD);
		for (var other : List.of(Relationship.PARENT, Relationship.BROTHER_OR_SISTER, Relationship.GRANDPARENT,
				Relationship.OTHER_RELATIVE, Relationship.FRIEND, Relationship.OTHER)) {
			assertThat(ReferralText.role(other)).as("%s", other).isEqualTo(FamilyRole.OTHER_RELATIVE);
		}
	}

	@Test
	void theReferralGoesToTheFamilysLocalityFromTheVolunteerWithTheirConsent() {
		var c = contact(Relationship.SON_OR_DAUGHTER, Outcome.COMMUNITY_ORDER, null, null, 0, null, null, null,
				List.of(HOUSING), false);
		var referral = ReferralText.referral(c,
				new ReferralText.Volunteer("Vic Volunteer", "vic@example.org", ORGANISATION), "Reading Crown Court",
				Map.of(HOUSING, "Housing"));
		assertThat(referral.source()).isEqualTo(ReferralSource.COURT_DESK);
		assertThat(referral.referrerName()).isEqualTo("Vic Volunteer");
		assertThat(referral.referrerEmail()).isEqualTo("vic@example.org");
		assertThat(referral.referrerOrganisationId()).isEqualTo(ORGANISATION);
		assertThat(referral.localityId()).isEqualTo(LOCALITY);
		assertThat(referral.needs()).containsExactly(HOUSING);
		assertThat(referral.consentToContact()).isTrue();
		assertThat(referral.reason()).startsWith("Met at the Reading Crown Court desk on 3 March 2026: community order")
			.contains("Concerns raised: Housing.");
		var person = referral.people().get(0);
		assertThat(person.givenName()).isEqualTo("Marnie");
		assertThat(person.familyName()).isEqualTo("Example");
		assertThat(person.relationship()).isEqualTo("Son or daughter of the defendant");
		assertThat(person.role()).isEqualTo(FamilyRole.CHILD);
		assertThat(person.phone()).isEqualTo("0118 496 0123");
		assertThat(person.email()).isEqualTo("marnie@example.org");
	}

}
