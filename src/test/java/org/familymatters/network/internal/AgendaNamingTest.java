package org.familymatters.network.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.Access;
import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.InformationKind;
import org.familymatters.consent.internal.access.AccessFacts;
import org.familymatters.consent.internal.access.AccessRule;
import org.familymatters.consent.internal.access.ApprovalFact;
import org.familymatters.consent.internal.access.ConsentFact;
import org.familymatters.consent.internal.access.Viewer;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.network.internal.AgendaNaming.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a family on an agenda is shown to each member, through the access rule itself:
 * every member organisation (a school with one of the family's children, a school
 * without, probation, the family's support worker by role, a support worker of another
 * locality) × every state of consent (none; given, to who they are or to custody details
 * alone, naming the organisation or its type; withdrawn; past its review date; not given
 * yet) × a safeguarding approval (none, current, ended). Without Spring or a database.
 */
class AgendaNamingTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final UUID FAMILY = UUID.fromString("f0000000-0000-4000-8000-000000000001");

	static final UUID LOCALITY = UUID.fromString("10000000-0000-4000-8000-000000000001");

	static final UUID OTHER_LOCALITY = UUID.fromString("10000000-0000-4000-8000-000000000002");

	static final UUID MEMBER = UUID.fromString("a0000000-0000-4000-8000-000000000001");

	static final UUID ORGANISATION = UUID.fromString("0a000000-0000-4000-8000-000000000001");

	static final UUID OTHER_SCHOOL = UUID.fromString("0a000000-0000-4000-8000-000000000003");

	static final UUID PARENT = UUID.fromString("c0000000-0000-4000-8000-000000000010");

	static final UUID PUPIL = UUID.fromString("c0000000-0000-4000-8000-000000000001");

	static final UUID OTHER_CHILD = UUID.fromString("c0000000-0000-4000-8000-000000000002");

	static final List<AgendaNaming.Named> PEOPLE = List.of(new AgendaNaming.Named(PARENT, "Kerry Whitlock"),
			new AgendaNaming.Named(PUPIL, "Jayden Whitlock"), new AgendaNaming.Named(OTHER_CHILD, "Mia Whitlock"));

	enum Member {

		SCHOOL_WITH_PUPIL, SCHOOL_WITHOUT_PUPIL, PROBATION, SUPPORT_WORKER, OTHER_LOCALITY_SUPPORT_WORKER

	}

	enum ConsentState {

		NONE, IDENTITY_NAMING_ORGANISATION, IDENTITY_BY_TYPE, CUSTODY_ONLY, WITHDRAWN, EXPIRED, NOT_YET_GIVEN

	}

	enum Approval {

		NONE, CURRENT, ENDED

	}

	@Test
	void everyMemberUnderEveryConsentStateIsNamedOrAnonymisedAsTheRuleSays() {
		var failures = new ArrayList<String>();
		int cases = 0;
		for (var member : Member.values()) {
			for (var consent : ConsentState.values()) {
				for (var approval : Approval.values()) {
					cases++;
					var access = AccessRule.decide(facts(member, consent, approval), TODAY);
					var level = AgendaNaming.level(access);
					var names = AgendaNaming.names(access, PEOPLE);
					var expectedLevel = expectedLevel(member, consent, approval);
					var expectedNames = switch (expectedLevel) {
						case NAMED -> List.of("Kerry Whitlock", "Jayden Whitlock", "Mia Whitlock");
						case PUPILS -> List.of("Jayden Whitlock");
						case ANONYMOUS -> List.<String>of();
					};
					if (level != expectedLevel || !names.equals(expectedNames)) {
						failures.add(member + " " + consent + " " + approval + ": " + level + " " + names
								+ " (expected " + expectedLevel + " " + expectedNames + ")");
					}
				}
			}
		}
		assertThat(cases).isEqualTo(Member.values().length * ConsentState.values().length * Approval.values().length);
		assertThat(failures).isEmpty();
	}

	/** The rule, written out: who sees the family by name. */
	static Level expectedLevel(Member member, ConsentState consent, Approval approval) {
		if (member == Member.SUPPORT_WORKER) {
			return Level.NAMED;
		}
		if (member == Member.OTHER_LOCALITY_SUPPORT_WORKER || member == Member.SCHOOL_WITHOUT_PUPIL) {
			return Level.ANONYMOUS;
		}
		boolean covered = approval == Approval.CURRENT || consent == ConsentState.IDENTITY_NAMING_ORGANISATION
				|| consent == ConsentState.IDENTITY_BY_TYPE;
		if (!covered) {
			return Level.ANONYMOUS;
		}
		return (member == Member.SCHOOL_WITH_PUPIL) ? Level.PUPILS : Level.NAMED;
	}

	@Test
	void onlyANamedMemberReadsWhatWasSaid() {
		assertThat(Level.NAMED.seesMinutes()).isTrue();
		assertThat(Level.PUPILS.seesMinutes()).isFalse();
		assertThat(Level.ANONYMOUS.seesMinutes()).isFalse();
		assertThat(AgendaNaming.level(null)).isEqualTo(Level.ANONYMOUS);
	}

	@Test
	void lettersFollowTheOrderRaised() {
		assertThat(AgendaNaming.letter(0)).isEqualTo("A");
		assertThat(AgendaNaming.letter(1)).isEqualTo("B");
		assertThat(AgendaNaming.letter(25)).isEqualTo("Z");
		assertThat(AgendaNaming.letter(26)).isEqualTo("AA");
		assertThat(AgendaNaming.letter(27)).isEqualTo("AB");
		assertThat(AgendaNaming.letter(26 + 26 * 26)).isEqualTo("AAA");
		assertThat(AgendaNaming.anonymised("C")).isEqualTo("Family C");
		assertThatThrownBy(() -> AgendaNaming.letter(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anAccessWithoutIdentityNamesNobody() {
		var custody = new Access(true, org.familymatters.audit.Basis.CONSENT, "x", EnumSet.of(InformationKind.CUSTODY),
				null, false);
		assertThat(AgendaNaming.level(custody)).isEqualTo(Level.ANONYMOUS);
		assertThat(AgendaNaming.names(custody, PEOPLE)).isEmpty();
	}

	private static AccessFacts facts(Member member, ConsentState consent, Approval approval) {
		var type = switch (member) {
			case SCHOOL_WITH_PUPIL, SCHOOL_WITHOUT_PUPIL -> OrganisationType.SCHOOL;
			case PROBATION -> OrganisationType.PROBATION;
			case SUPPORT_WORKER, OTHER_LOCALITY_SUPPORT_WORKER -> OrganisationType.VOLUNTARY;
		};
		var role = switch (member) {
			case SUPPORT_WORKER, OTHER_LOCALITY_SUPPORT_WORKER -> Role.SUPPORT_WORKER;
			default -> Role.AGENCY_PRACTITIONER;
		};
		var locality = (member == Member.OTHER_LOCALITY_SUPPORT_WORKER) ? OTHER_LOCALITY : LOCALITY;
		var organisation = (member == Member.SCHOOL_WITHOUT_PUPIL) ? OTHER_SCHOOL : ORGANISATION;
		var viewer = new Viewer(MEMBER, Set.of(role), new Viewer.Organisation(organisation, type, locality, true));
		var schools = (member == Member.SCHOOL_WITH_PUPIL || member == Member.SCHOOL_WITHOUT_PUPIL)
				? Map.of(PUPIL, ORGANISATION) : Map.<UUID, UUID>of();
		var subject = new AccessSubject(FAMILY, LOCALITY, null, schools);
		var consents = new ArrayList<ConsentFact>();
		var identity = EnumSet.allOf(InformationKind.class);
		var recorded = Instant.parse("2026-01-01T10:00:00Z");
		switch (consent) {
			case NONE -> {
			}
			case IDENTITY_NAMING_ORGANISATION -> consents.add(new ConsentFact(UUID.randomUUID(), TODAY.minusDays(10),
					TODAY.plusMonths(6), null, recorded, identity, Set.of(ORGANISATION), Set.of()));
			case IDENTITY_BY_TYPE -> consents.add(new ConsentFact(UUID.randomUUID(), TODAY.minusDays(10),
					TODAY.plusMonths(6), null, recorded, identity, Set.of(), Set.of(type)));
			case CUSTODY_ONLY ->
				consents.add(new ConsentFact(UUID.randomUUID(), TODAY.minusDays(10), TODAY.plusMonths(6), null,
						recorded, Set.of(InformationKind.CUSTODY), Set.of(ORGANISATION), Set.of()));
			case WITHDRAWN -> consents.add(new ConsentFact(UUID.randomUUID(), TODAY.minusDays(10), TODAY.plusMonths(6),
					Instant.parse("2026-06-14T10:00:00Z"), recorded, identity, Set.of(ORGANISATION), Set.of()));
			case EXPIRED -> consents.add(new ConsentFact(UUID.randomUUID(), TODAY.minusMonths(7), TODAY.minusDays(1),
					null, recorded, identity, Set.of(ORGANISATION), Set.of()));
			case NOT_YET_GIVEN -> consents.add(new ConsentFact(UUID.randomUUID(), TODAY.plusDays(3),
					TODAY.plusMonths(6), null, recorded, identity, Set.of(ORGANISATION), Set.of()));
		}
		var approvals = switch (approval) {
			case NONE -> List.<ApprovalFact>of();
			case CURRENT -> List.of(new ApprovalFact(UUID.randomUUID(), TODAY.plusMonths(1), recorded,
					Set.of(ORGANISATION, OTHER_SCHOOL), null));
			case ENDED -> List.of(new ApprovalFact(UUID.randomUUID(), TODAY.minusDays(1), recorded,
					Set.of(ORGANISATION, OTHER_SCHOOL), null));
		};
		return new AccessFacts(viewer, subject, consents, approvals);
	}

}
