package org.familymatters.courtdesk.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familymatters.shared.time.ServiceTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a contact needs and what an anonymous one keeps, without Spring: every rule by the
 * field it names.
 */
class ContactRulesTest {

	/** 27 March 2026, 15:00 in court. */
	static final Instant NOW = ZonedDateTime.of(2026, 3, 27, 15, 0, 0, 0, ServiceTime.ZONE).toInstant();

	static final UUID NEED = UUID.randomUUID();

	static final UUID SERVICE = UUID.randomUUID();

	static final UUID LOCALITY = UUID.randomUUID();

	/** A need, a service and a locality are known; nothing else is. */
	static final ContactRules.Known KNOWN = new ContactRules.Known() {

		@Override
		public boolean need(UUID id) {
			return NEED.equals(id);
		}

		@Override
		public boolean service(UUID id) {
			return SERVICE.equals(id);
		}

		@Override
		public boolean locality(UUID id) {
			return LOCALITY.equals(id);
		}

	};

	/** An anonymous contact an hour ago: partner, immediate custody, two children. */
	static NewContact anonymous() {
		return new NewContact(UUID.randomUUID(), LocalDateTime.of(2026, 3, 27, 14, 0), Relationship.PARTNER,
				Outcome.IMMEDIATE_CUSTODY, SentenceBand.ONE_TO_4_YEARS, FirstTimeInCustody.YES, 2, 1, 1, null,
				List.of(NEED), Set.of(Leaflet.HELPLINE), List.of(SERVICE), true, false, null);
	}

	static NewContact.Details details() {
		return new NewContact.Details(" Marnie ", "Example", "0118 496 0123", " marnie@example.org ", LOCALITY,
				" Mornings ", true);
	}

	/** The same contact with agreement and these details. */
	static NewContact agreed(NewContact.Details details) {
		var c = anonymous();
		return new NewContact(c.idempotencyKey(), c.metAt(), c.relationship(), c.outcome(), c.sentenceBand(),
				c.firstTimeInCustody(), c.children(), c.childrenUnder5(), c.children5To11(), c.children12To17(),
				c.concerns(), c.leaflets(), c.services(), c.emotionalSupport(), true, details);
	}

	private static NewContact met(LocalDateTime when) {
		var c = anonymous();
		return new NewContact(c.idempotencyKey(), when, c.relationship(), c.outcome(), c.sentenceBand(),
				c.firstTimeInCustody(), c.children(), c.childrenUnder5(), c.children5To11(), c.children12To17(),
				c.concerns(), c.leaflets(), c.services(), c.emotionalSupport(), c.agreesToContact(), c.details());
	}

	private static NewContact with(Outcome outcome, SentenceBand band, FirstTimeInCustody firstTime) {
		var c = anonymous();
		return new NewContact(c.idempotencyKey(), c.metAt(), c.relationship(), outcome, band, firstTime, c.children(),
				c.childrenUnder5(), c.children5To11(), c.children12To17(), c.concerns(), c.leaflets(), c.services(),
				c.emotionalSupport(), c.agreesToContact(), c.details());
	}

	private static NewContact children(Integer all, Integer under5, Integer from5, Integer from12) {
		var c = anonymous();
		return new NewContact(c.idempotencyKey(), c.metAt(), c.relationship(), c.outcome(), c.sentenceBand(),
				c.firstTimeInCustody(), all, under5, from5, from12, c.concerns(), c.leaflets(), c.services(),
				c.emotionalSupport(), c.agreesToContact(), c.details());
	}

	private static List<ContactProblem> problems(NewContact contact) {
		return ContactRules.problems(contact, NOW, KNOWN);
	}

	@Test
	void aWholeAnonymousContactHasNoProblems() {
		assertThat(problems(anonymous())).isEmpty();
		assertThat(problems(agreed(details()))).isEmpty();
	}

	@Test
	void aContactIsMetInTheLast14DaysAndNotLaterThanNow() {
		assertThat(problems(met(LocalDateTime.of(2026, 3, 28, 9, 0))))
			.containsExactly(new ContactProblem("met", "courtdesk.contact.met.future"));
		assertThat(problems(met(LocalDateTime.of(2026, 3, 27, 16, 0))))
			.containsExactly(new ContactProblem("time", "courtdesk.contact.time.future"));
		assertThat(problems(met(LocalDateTime.of(2026, 3, 27, 15, 1)))).as("a phone's clock a minute ahead").isEmpty();
		assertThat(problems(met(LocalDateTime.of(2026, 3, 13, 14, 0))))
			.containsExactly(new ContactProblem("met", "courtdesk.contact.met.tooOld"));
		assertThat(problems(met(LocalDateTime.of(2026, 3, 13, 16, 0)))).isEmpty();
		assertThat(problems(met(null))).containsExactly(new ContactProblem("time", "courtdesk.contact.time.required"));
	}

	@Test
	void aSentencesLengthIsAskedOnlyWithASentenceAndTheFirstTimeOnlyWithCustody() {
		assertThat(problems(with(Outcome.IMMEDIATE_CUSTODY, null, null))).containsExactly(
				new ContactProblem("sentenceBand", "courtdesk.contact.sentenceBand.required"),
				new ContactProblem("firstTimeInCustody", "courtdesk.contact.firstTime.required"));
		assertThat(problems(with(Outcome.SUSPENDED_SENTENCE, null, null)))
			.containsExactly(new ContactProblem("sentenceBand", "courtdesk.contact.sentenceBand.required"));
		assertThat(problems(with(Outcome.REMAND, null, null)))
			.containsExactly(new ContactProblem("firstTimeInCustody", "courtdesk.contact.firstTime.required"));
		assertThat(problems(with(Outcome.ACQUITTED, null, null))).isEmpty();
		assertThat(problems(with(null, null, null)))
			.containsExactly(new ContactProblem("outcome", "courtdesk.contact.outcome.required"));
	}

	@Test
	void childrenFromNoneToTwentyAndTheAgeGroupsAddingUpToNoMore() {
		assertThat(problems(children(0, null, null, null))).isEmpty();
		assertThat(problems(children(20, 20, null, null))).isEmpty();
		assertThat(problems(children(21, null, null, null)))
			.containsExactly(new ContactProblem("children", "courtdesk.contact.children.range"));
		assertThat(problems(children(-1, null, null, null)))
			.containsExactly(new ContactProblem("children", "courtdesk.contact.children.range"));
		assertThat(problems(children(null, null, null, null)))
			.containsExactly(new ContactProblem("children", "courtdesk.contact.children.required"));
		assertThat(problems(children(2, null, null, 25)))
			.containsExactly(new ContactProblem("children12To17", "courtdesk.contact.children.range"));
		assertThat(problems(children(2, 1, 1, 1)))
			.containsExactly(new ContactProblem("childrenUnder5", "courtdesk.contact.children.bands"));
	}

	@Test
	void needsAndServicesMustBeKnownAndServicesNoMoreThanTwenty() {
		var c = anonymous();
		var unknown = new NewContact(c.idempotencyKey(), c.metAt(), c.relationship(), c.outcome(), c.sentenceBand(),
				c.firstTimeInCustody(), c.children(), c.childrenUnder5(), c.children5To11(), c.children12To17(),
				List.of(UUID.randomUUID()), c.leaflets(), List.of(UUID.randomUUID()), true, false, null);
		assertThat(problems(unknown)).containsExactly(
				new ContactProblem("concerns", "courtdesk.contact.concerns.unknown"),
				new ContactProblem("services", "courtdesk.contact.services.unknown"));
		var many = new java.util.ArrayList<UUID>();
		for (int i = 0; i < ContactRules.MAX_SERVICES + 1; i++) {
			many.add(UUID.randomUUID());
		}
		var tooMany = new NewContact(c.idempotencyKey(), c.metAt(), c.relationship(), c.outcome(), c.sentenceBand(),
				c.firstTimeInCustody(), c.children(), c.childrenUnder5(), c.children5To11(), c.children12To17(),
				c.concerns(), c.leaflets(), many, true, false, null);
		assertThat(problems(tooMany))
			.containsExactly(new ContactProblem("services", "courtdesk.contact.services.tooMany"));
	}

	@Test
	void theAnswersAboutSupportAndContactAreNeeded() {
		var c = anonymous();
		var unanswered = new NewContact(c.idempotencyKey(), c.metAt(), Relationship.PARENT, c.outcome(),
				c.sentenceBand(), c.firstTimeInCustody(), c.children(), null, null, null, List.of(), Set.of(),
				List.of(), null, null, null);
		assertThat(problems(unanswered)).containsExactly(
				new ContactProblem("emotionalSupport", "courtdesk.contact.emotionalSupport.required"),
				new ContactProblem("agreesToContact", "courtdesk.contact.agreesToContact.required"));
	}

	@Test
	void withoutAgreementTheDetailsAreNotEvenChecked() {
		var c = anonymous();
		var typed = new NewContact(c.idempotencyKey(), c.metAt(), c.relationship(), c.outcome(), c.sentenceBand(),
				c.firstTimeInCustody(), c.children(), c.childrenUnder5(), c.children5To11(), c.children12To17(),
				c.concerns(), c.leaflets(), c.services(), true, false,
				new NewContact.Details("\u0000", null, "call me", "nowhere", null, null, false));
		assertThat(problems(typed)).isEmpty();
	}

	@Test
	void anAgreementNeedsNamesAWayToReachThemTheirLocalityAndTheVolunteersWord() {
		assertThat(problems(agreed(new NewContact.Details(null, " ", null, null, null, null, false)))).containsExactly(
				new ContactProblem("givenName", "courtdesk.contact.givenName.required"),
				new ContactProblem("familyName", "courtdesk.contact.familyName.required"),
				new ContactProblem("phone", "courtdesk.contact.reachable.required"),
				new ContactProblem("localityId", "courtdesk.contact.locality.required"),
				new ContactProblem("explained", "courtdesk.contact.explained.required"));
		assertThat(problems(agreed(null)))
			.contains(new ContactProblem("phone", "courtdesk.contact.reachable.required"));
		assertThat(problems(agreed(new NewContact.Details("Marnie", "Example", null, "marnie@example.org",
				UUID.randomUUID(), null, true))))
			.containsExactly(new ContactProblem("localityId", "courtdesk.contact.locality.required"));
	}

	@Test
	void anAgreementsDetailsFollowTheSharedInputRules() {
		assertThat(problems(agreed(new NewContact.Details("x".repeat(101), "Example", "call me", "marnie-at-example",
				LOCALITY, "y".repeat(201), true))))
			.containsExactly(new ContactProblem("givenName", "courtdesk.contact.tooLong.100"),
					new ContactProblem("phone", "courtdesk.contact.phone.invalid"),
					new ContactProblem("email", "courtdesk.contact.email.invalid"),
					new ContactProblem("bestTime", "courtdesk.contact.tooLong.200"));
		assertThat(problems(
				agreed(new NewContact.Details("Mar\u0000nie", "Example", "0118\u0000", null, LOCALITY, null, true))))
			.containsExactly(new ContactProblem("givenName", "input.controlCharacters"),
					new ContactProblem("phone", "input.controlCharacters"));
		assertThat(problems(agreed(new NewContact.Details("Marnie", "Example", null, "m".repeat(250) + "@example.org",
				LOCALITY, null, true))))
			.containsExactly(new ContactProblem("email", "courtdesk.contact.email.invalid"));
	}

	@Test
	void anAnonymousContactKeepsNothingThatIdentifiesAnyone() {
		var c = anonymous();
		var typed = new NewContact(c.idempotencyKey(), c.metAt(), c.relationship(), c.outcome(), c.sentenceBand(),
				c.firstTimeInCustody(), c.children(), c.childrenUnder5(), c.children5To11(), c.children12To17(),
				c.concerns(), c.leaflets(), c.services(), true, false, details());
		assertThat(ContactRules.anonymous(typed)).isTrue();
		var kept = ContactRules.kept(typed);
		assertThat(kept.details()).isNull();
		assertThat(kept).usingRecursiveComparison().ignoringFields("details").isEqualTo(typed);
	}

	@Test
	void withAgreementTheDetailsAreKeptTrimmed() {
		var kept = ContactRules.kept(agreed(details()));
		assertThat(ContactRules.anonymous(kept)).isFalse();
		assertThat(kept.details()).isEqualTo(new NewContact.Details("Marnie", "Example", "0118 496 0123",
				"marnie@example.org", LOCALITY, "Mornings", true));
	}

	@Test
	void aSentencesLengthIsKeptOnlyWithASentenceAndTheFirstTimeOnlyWithCustody() {
		var acquitted = ContactRules.kept(with(Outcome.ACQUITTED, SentenceBand.OVER_10_YEARS, FirstTimeInCustody.NO));
		assertThat(acquitted.sentenceBand()).isNull();
		assertThat(acquitted.firstTimeInCustody()).isNull();
		var suspended = ContactRules
			.kept(with(Outcome.SUSPENDED_SENTENCE, SentenceBand.UNDER_12_MONTHS, FirstTimeInCustody.NO));
		assertThat(suspended.sentenceBand()).isEqualTo(SentenceBand.UNDER_12_MONTHS);
		assertThat(suspended.firstTimeInCustody()).isNull();
		var remand = ContactRules.kept(with(Outcome.REMAND, SentenceBand.UNDER_12_MONTHS, FirstTimeInCustody.NO));
		assertThat(remand.sentenceBand()).isNull();
		assertThat(remand.firstTimeInCustody()).isEqualTo(FirstTimeInCustody.NO);
		assertThat(ContactRules.kept(anonymous()).concerns()).isEqualTo(Collections.singletonList(NEED));
	}

}
