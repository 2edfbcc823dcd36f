package org.familymatters.consent.internal.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.Basis;
import org.familymatters.consent.Access;
import org.familymatters.consent.AccessDecision.SupportScope;
import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.InformationKind;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access rule over its whole matrix, without Spring or a database: every role × the
 * viewer's organisation (an agency, a school with one of the family's children, a school
 * without any) × its locality (the family's, another, every one) × whether the viewer is
 * the family's key worker × the family's consent (none; or current, withdrawn, past its
 * review date or not yet given, × naming the organisation, covering its type or neither,
 * × each kind of information or all of them) × a safeguarding approval (none, current,
 * ended, or current for another organisation). Each case is checked against the rule
 * written out below ({@link #expected}): allowed or not, basis, reference, kinds, people
 * and whether the viewer may change the record. The cases the matrix cannot reach (nobody
 * signed in, an organisation not on record or no longer active, several consents or
 * approvals, the dates at the edges) have tests of their own.
 */
class AccessRuleTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final UUID FAMILY = UUID.fromString("f0000000-0000-4000-8000-000000000001");

	static final UUID LOCALITY = UUID.fromString("10000000-0000-4000-8000-000000000001");

	static final UUID OTHER_LOCALITY = UUID.fromString("10000000-0000-4000-8000-000000000002");

	static final UUID VIEWER = UUID.fromString("a0000000-0000-4000-8000-000000000001");

	static final UUID SOMEONE_ELSE = UUID.fromString("a0000000-0000-4000-8000-000000000002");

	static final UUID ORGANISATION = UUID.fromString("0a000000-0000-4000-8000-000000000001");

	static final UUID OTHER_ORGANISATION = UUID.fromString("0a000000-0000-4000-8000-000000000002");

	static final UUID OTHER_SCHOOL = UUID.fromString("0a000000-0000-4000-8000-000000000003");

	/** The child at the viewer's school (when the viewer is a school with a pupil). */
	static final UUID PUPIL = UUID.fromString("c0000000-0000-4000-8000-000000000001");

	static final UUID OTHER_CHILD = UUID.fromString("c0000000-0000-4000-8000-000000000002");

	static final UUID CONSENT = UUID.fromString("c0c00000-0000-4000-8000-000000000001");

	static final UUID APPROVAL = UUID.fromString("5a000000-0000-4000-8000-000000000001");

	@Test
	void everyCombinationAnswersAsTheRuleWrittenOutSays() {
		var cases = cases();
		var failures = new ArrayList<String>();
		for (var c : cases) {
			var actual = AccessRule.decide(
					facts(c.role(), c.organisation(), c.locality(), c.keyWorker(), c.consent(), c.safeguarding()),
					TODAY);
			var expected = expected(c.role(), c.organisation(), c.locality(), c.keyWorker(), c.consent(),
					c.safeguarding());
			if (!actual.equals(expected)) {
				failures.add(c + ": expected " + expected + " but was " + actual);
			}
		}
		assertThat(cases).hasSize(Role.values().length * 3 * 3 * 2 * (1 + 4 * 3 * 5) * 4);
		assertThat(failures).as("cases answered otherwise than the rule says").isEmpty();
	}

	/** Every combination of the matrix. */
	static List<Case> cases() {
		var cases = new ArrayList<Case>();
		for (var role : Role.values()) {
			for (var organisation : OrganisationKind.values()) {
				for (var locality : Place.values()) {
					addCases(cases, role, organisation, locality);
				}
			}
		}
		return cases;
	}

	private static void addCases(List<Case> cases, Role role, OrganisationKind organisation, Place locality) {
		for (boolean keyWorker : new boolean[] { false, true }) {
			for (var consent : consents()) {
				for (var safeguarding : Safeguarding.values()) {
					cases.add(new Case(role, organisation, locality, keyWorker, consent, safeguarding));
				}
			}
		}
	}

	/**
	 * The rule, written out case by case: what each combination must answer.
	 */
	static Access expected(Role role, OrganisationKind organisation, Place locality, boolean keyWorker,
			ConsentCase consent, Safeguarding safeguarding) {
		boolean supportWorker = role == Role.SUPPORT_WORKER;
		if (supportWorker && locality != Place.OTHER) {
			return allowed(Basis.ROLE, "SUPPORT_WORKER", EnumSet.allOf(InformationKind.class), null, true);
		}
		if (supportWorker && keyWorker) {
			return allowed(Basis.ROLE, "KEY_WORKER", EnumSet.allOf(InformationKind.class), null, true);
		}
		if (role != Role.AGENCY_PRACTITIONER && role != Role.SAFEGUARDING_LEAD) {
			return refused(Basis.ROLE, role.name());
		}
		if (organisation == OrganisationKind.SCHOOL_WITHOUT_PUPILS) {
			return refused(Basis.ROLE, "SCHOOL_WITHOUT_PUPILS");
		}
		boolean school = organisation == OrganisationKind.SCHOOL;
		Set<UUID> people = school ? Set.of(PUPIL) : null;
		if (safeguarding == Safeguarding.CURRENT) {
			return allowed(Basis.SAFEGUARDING, APPROVAL.toString(),
					school ? EnumSet.of(InformationKind.IDENTITY) : EnumSet.allOf(InformationKind.class), people,
					false);
		}
		boolean covers = consent.state() != ConsentState.NONE && consent.coverage() != Coverage.NEITHER;
		if (covers && consent.state() == ConsentState.CURRENT) {
			var kinds = EnumSet.copyOf(consent.kinds());
			if (school) {
				kinds.retainAll(EnumSet.of(InformationKind.IDENTITY));
				if (kinds.isEmpty()) {
					return refused(Basis.ROLE, "SCHOOL_CONSENT_WITHOUT_IDENTITY");
				}
			}
			return allowed(Basis.CONSENT, CONSENT.toString(), kinds, people, false);
		}
		if (covers && consent.state() == ConsentState.WITHDRAWN) {
			return refused(Basis.CONSENT, "WITHDRAWN:" + CONSENT);
		}
		if (covers && consent.state() == ConsentState.EXPIRED) {
			return refused(Basis.CONSENT, "EXPIRED:" + CONSENT);
		}
		if (safeguarding == Safeguarding.ENDED) {
			return refused(Basis.SAFEGUARDING, "ENDED:" + APPROVAL);
		}
		return refused(Basis.ROLE, "NO_CONSENT_OR_SAFEGUARDING");
	}

	@Test
	void nobodySignedInSeesNothing() {
		var facts = new AccessFacts(Viewer.ANONYMOUS, subject(null, Map.of()), List.of(consent(ConsentState.CURRENT,
				Coverage.TYPE, EnumSet.allOf(InformationKind.class), OrganisationType.PROBATION)), List.of());
		assertThat(AccessRule.decide(facts, TODAY)).isEqualTo(refused(Basis.ROLE, "anonymous"));
		assertThat(AccessRule.needsSharing(Viewer.ANONYMOUS, subject(null, Map.of()))).isFalse();
		assertThat(AccessRule.supportScope(Viewer.ANONYMOUS).none()).isTrue();
	}

	@Test
	void anOrganisationNotOnRecordOrNoLongerActiveSeesNothing() {
		var consent = consent(ConsentState.CURRENT, Coverage.TYPE, EnumSet.allOf(InformationKind.class),
				OrganisationType.PROBATION);
		var orphan = new Viewer(VIEWER, Set.of(Role.AGENCY_PRACTITIONER), null);
		assertThat(
				AccessRule.decide(new AccessFacts(orphan, subject(null, Map.of()), List.of(consent), List.of()), TODAY))
			.isEqualTo(refused(Basis.ROLE, "AGENCY_PRACTITIONER"));
		var supportWorkerWithout = new Viewer(VIEWER, Set.of(Role.SUPPORT_WORKER), null);
		assertThat(AccessRule.supportScope(supportWorkerWithout).none()).isTrue();

		var inactive = new Viewer(VIEWER, Set.of(Role.AGENCY_PRACTITIONER),
				new Viewer.Organisation(ORGANISATION, OrganisationType.PROBATION, LOCALITY, false));
		assertThat(AccessRule.decide(new AccessFacts(inactive, subject(null, Map.of()), List.of(consent), List.of()),
				TODAY))
			.isEqualTo(refused(Basis.ROLE, "ORGANISATION_INACTIVE"));
		assertThat(AccessRule.needsSharing(inactive, subject(null, Map.of()))).isFalse();
	}

	@Test
	void someoneWithSeveralRolesIsRefusedNamingThemAllAndASupportWorkerRoleStillCounts() {
		var manager = viewer(EnumSet.of(Role.MANAGER, Role.ADMINISTRATOR), OrganisationType.VOLUNTARY, LOCALITY);
		assertThat(AccessRule.decide(AccessFacts.withoutSharing(manager, subject(null, Map.of())), TODAY))
			.isEqualTo(refused(Basis.ROLE, "ADMINISTRATOR,MANAGER"));
		var both = viewer(EnumSet.of(Role.SUPPORT_WORKER, Role.AGENCY_PRACTITIONER), OrganisationType.PROBATION,
				OTHER_LOCALITY);
		var facts = new AccessFacts(both, subject(null, Map.of()), List.of(consent(ConsentState.CURRENT,
				Coverage.ORGANISATION, EnumSet.of(InformationKind.NEEDS), OrganisationType.PROBATION)), List.of());
		assertThat(AccessRule.decide(facts, TODAY))
			.isEqualTo(allowed(Basis.CONSENT, CONSENT.toString(), EnumSet.of(InformationKind.NEEDS), null, false));
	}

	@Test
	void currentConsentsCountTogether() {
		var second = UUID.fromString("c0c00000-0000-4000-8000-000000000000");
		var facts = new AccessFacts(viewer(EnumSet.of(Role.AGENCY_PRACTITIONER), OrganisationType.HOUSING, LOCALITY),
				subject(null, Map.of()),
				List.of(consent(ConsentState.CURRENT, Coverage.ORGANISATION, EnumSet.of(InformationKind.IDENTITY),
						OrganisationType.HOUSING),
						new ConsentFact(second, TODAY, null, null, Instant.parse("2026-06-15T09:00:00Z"),
								EnumSet.of(InformationKind.CUSTODY), Set.of(), Set.of(OrganisationType.HOUSING)),
						consent(ConsentState.WITHDRAWN, Coverage.ORGANISATION, EnumSet.of(InformationKind.NEEDS),
								OrganisationType.HOUSING)),
				List.of());
		assertThat(AccessRule.decide(facts, TODAY)).isEqualTo(allowed(Basis.CONSENT, second + "," + CONSENT,
				EnumSet.of(InformationKind.IDENTITY, InformationKind.CUSTODY), null, false));
	}

	@Test
	void theLatestLapsedConsentIsNamedAndTheLatestApprovalCounts() {
		var viewer = viewer(EnumSet.of(Role.SAFEGUARDING_LEAD), OrganisationType.SOCIAL_CARE, LOCALITY);
		var earlier = new ConsentFact(UUID.randomUUID(), TODAY.minusDays(100), TODAY.minusDays(50), null,
				Instant.parse("2026-01-01T10:00:00Z"), EnumSet.allOf(InformationKind.class), Set.of(ORGANISATION),
				Set.of());
		var later = new ConsentFact(UUID.randomUUID(), TODAY.minusDays(40), TODAY.plusDays(40),
				Instant.parse("2026-06-01T10:00:00Z"), Instant.parse("2026-05-01T10:00:00Z"),
				EnumSet.allOf(InformationKind.class), Set.of(ORGANISATION), Set.of());
		assertThat(AccessRule
			.decide(new AccessFacts(viewer, subject(null, Map.of()), List.of(earlier, later), List.of()), TODAY))
			.isEqualTo(refused(Basis.CONSENT, "WITHDRAWN:" + later.id()));

		var older = new ApprovalFact(UUID.randomUUID(), TODAY.plusDays(10), Instant.parse("2026-06-01T10:00:00Z"),
				Set.of(ORGANISATION));
		var newer = new ApprovalFact(UUID.randomUUID(), TODAY.plusDays(3), Instant.parse("2026-06-10T10:00:00Z"),
				Set.of(ORGANISATION, OTHER_ORGANISATION));
		assertThat(AccessRule
			.decide(new AccessFacts(viewer, subject(null, Map.of()), List.of(earlier), List.of(older, newer)), TODAY)
			.reference()).isEqualTo(newer.id().toString());
	}

	@Test
	void consentCountsFromTheDayItIsGivenToItsReviewDateAndAnApprovalToItsEndDate() {
		var viewer = viewer(EnumSet.of(Role.AGENCY_PRACTITIONER), OrganisationType.PROBATION, LOCALITY);
		var consent = new ConsentFact(CONSENT, TODAY, TODAY.plusDays(30), null, Instant.parse("2026-06-15T09:00:00Z"),
				EnumSet.allOf(InformationKind.class), Set.of(ORGANISATION), Set.of());
		var facts = new AccessFacts(viewer, subject(null, Map.of()), List.of(consent), List.of());
		assertThat(AccessRule.decide(facts, TODAY.minusDays(1)).reference()).as("the day before it was given")
			.isEqualTo("NO_CONSENT_OR_SAFEGUARDING");
		assertThat(AccessRule.decide(facts, TODAY).allowed()).as("the day it was given").isTrue();
		assertThat(AccessRule.decide(facts, TODAY.plusDays(30)).allowed()).as("on its review date").isTrue();
		assertThat(AccessRule.decide(facts, TODAY.plusDays(31))).as("the day after")
			.isEqualTo(refused(Basis.CONSENT, "EXPIRED:" + CONSENT));

		var approval = new ApprovalFact(APPROVAL, TODAY, Instant.parse("2026-06-15T09:00:00Z"), Set.of(ORGANISATION));
		var approved = new AccessFacts(viewer, subject(null, Map.of()), List.of(), List.of(approval));
		assertThat(AccessRule.decide(approved, TODAY).basis()).isEqualTo(Basis.SAFEGUARDING);
		assertThat(AccessRule.decide(approved, TODAY.plusDays(1)).allowed()).isFalse();
	}

	@Test
	void anApprovalALeadEndsCountsNoMoreFromThatMomentAndTheRefusalNamesIt() {
		var viewer = viewer(EnumSet.of(Role.AGENCY_PRACTITIONER), OrganisationType.SOCIAL_CARE, LOCALITY);
		var ended = new ApprovalFact(APPROVAL, TODAY.plusDays(20), Instant.parse("2026-06-01T09:00:00Z"),
				Set.of(ORGANISATION), Instant.parse("2026-06-14T15:00:00Z"));
		var facts = new AccessFacts(viewer, subject(null, Map.of()), List.of(), List.of(ended));
		assertThat(AccessRule.decide(facts, TODAY)).isEqualTo(refused(Basis.SAFEGUARDING, "ENDED:" + APPROVAL));
		assertThat(AccessRule.endedOn(ended)).isEqualTo(TODAY.minusDays(1));
		var otherwise = new ApprovalFact(APPROVAL, TODAY.minusDays(2), Instant.parse("2026-06-01T09:00:00Z"),
				Set.of(ORGANISATION));
		assertThat(AccessRule.endedOn(otherwise)).as("an approval that ran to its end date")
			.isEqualTo(TODAY.minusDays(2));
		var forOthers = new ApprovalFact(APPROVAL, TODAY.minusDays(2), Instant.parse("2026-06-01T09:00:00Z"),
				Set.of(OTHER_ORGANISATION));
		assertThat(AccessRule.decide(new AccessFacts(viewer, subject(null, Map.of()), List.of(), List.of(forOthers)),
				TODAY))
			.as("an ended approval for someone else says nothing")
			.isEqualTo(refused(Basis.ROLE, "NO_CONSENT_OR_SAFEGUARDING"));
	}

	@Test
	void aSchoolSeesEachOfItsPupilsAndNoOtherChild() {
		var school = viewer(EnumSet.of(Role.AGENCY_PRACTITIONER), OrganisationType.SCHOOL, LOCALITY);
		var pupils = Map.of(PUPIL, ORGANISATION, OTHER_CHILD, ORGANISATION,
				UUID.fromString("c0000000-0000-4000-8000-000000000003"), OTHER_SCHOOL);
		var facts = new AccessFacts(school, subject(null, pupils), List.of(consent(ConsentState.CURRENT, Coverage.TYPE,
				EnumSet.allOf(InformationKind.class), OrganisationType.SCHOOL)), List.of());
		var access = AccessRule.decide(facts, TODAY);
		assertThat(access.onlyPeople()).containsExactlyInAnyOrder(PUPIL, OTHER_CHILD);
		assertThat(access.kinds()).containsExactly(InformationKind.IDENTITY);
		assertThat(access.seesPerson(UUID.fromString("c0000000-0000-4000-8000-000000000003"))).isFalse();
	}

	@Test
	void consentAndApprovalsAreReadOnlyWhenTheyCouldChangeTheAnswer() {
		var subject = subject(VIEWER, Map.of(PUPIL, OTHER_SCHOOL));
		for (var role : Role.values()) {
			for (var place : Place.values()) {
				var viewer = viewer(EnumSet.of(role), OrganisationType.PROBATION, place.locality());
				boolean needs = role == Role.AGENCY_PRACTITIONER || role == Role.SAFEGUARDING_LEAD;
				assertThat(AccessRule.needsSharing(viewer, subject)).as("%s of the %s locality", role, place)
					.isEqualTo(needs);
			}
		}
		var schoolWithoutPupils = viewer(EnumSet.of(Role.AGENCY_PRACTITIONER), OrganisationType.SCHOOL, LOCALITY);
		assertThat(AccessRule.needsSharing(schoolWithoutPupils, subject)).isFalse();
	}

	@Test
	void aSupportWorkersScopeIsTheirOrganisationsLocalityOrEveryOne() {
		for (var role : Role.values()) {
			for (var place : Place.values()) {
				var scope = AccessRule
					.supportScope(viewer(EnumSet.of(role), OrganisationType.VOLUNTARY, place.locality()));
				var expected = (role != Role.SUPPORT_WORKER) ? new SupportScope(false, null) : (place != Place.ALL)
						? new SupportScope(false, place.locality()) : new SupportScope(true, null);
				assertThat(scope).as("%s of the %s locality", role, place).isEqualTo(expected);
			}
		}
		assertThat(new SupportScope(true, null).covers(OTHER_LOCALITY)).isTrue();
		assertThat(new SupportScope(false, LOCALITY).covers(OTHER_LOCALITY)).isFalse();
		assertThat(new SupportScope(false, null).none()).isTrue();
	}

	/** The facts of one case of the matrix. */
	static AccessFacts facts(Role role, OrganisationKind organisation, Place locality, boolean keyWorker,
			ConsentCase consent, Safeguarding safeguarding) {
		var type = organisation.type();
		var viewer = viewer(EnumSet.of(role), type, locality.locality());
		var pupils = new HashMap<UUID, UUID>();
		pupils.put(PUPIL, (organisation == OrganisationKind.SCHOOL) ? ORGANISATION : OTHER_SCHOOL);
		pupils.put(OTHER_CHILD, OTHER_SCHOOL);
		var subject = subject(keyWorker ? VIEWER : SOMEONE_ELSE, pupils);
		var consents = (consent.state() != ConsentState.NONE)
				? List.of(consent(consent.state(), consent.coverage(), consent.kinds(), type)) : List.<ConsentFact>of();
		var approvals = switch (safeguarding) {
			case NONE -> List.<ApprovalFact>of();
			case CURRENT -> List.of(new ApprovalFact(APPROVAL, TODAY.plusDays(7), Instant.parse("2026-06-10T10:00:00Z"),
					Set.of(ORGANISATION, OTHER_ORGANISATION)));
			case ENDED -> List.of(new ApprovalFact(APPROVAL, TODAY.minusDays(1), Instant.parse("2026-05-10T10:00:00Z"),
					Set.of(ORGANISATION)));
			case CURRENT_FOR_OTHERS -> List.of(new ApprovalFact(APPROVAL, TODAY.plusDays(7),
					Instant.parse("2026-06-10T10:00:00Z"), Set.of(OTHER_ORGANISATION)));
		};
		return new AccessFacts(viewer, subject, consents, approvals);
	}

	static Viewer viewer(Set<Role> roles, OrganisationType type, UUID locality) {
		return new Viewer(VIEWER, roles, new Viewer.Organisation(ORGANISATION, type, locality, true));
	}

	static AccessSubject subject(UUID keyWorker, Map<UUID, UUID> pupils) {
		return new AccessSubject(FAMILY, LOCALITY, keyWorker, pupils);
	}

	/** The family's consent in a state, covering the viewer's organisation as said. */
	static ConsentFact consent(ConsentState state, Coverage coverage, Set<InformationKind> kinds,
			OrganisationType viewersType) {
		var organisations = switch (coverage) {
			case ORGANISATION -> Set.of(ORGANISATION, OTHER_ORGANISATION);
			case TYPE, NEITHER -> Set.of(OTHER_ORGANISATION);
		};
		var otherType = (viewersType != OrganisationType.HOUSING) ? OrganisationType.HOUSING
				: OrganisationType.PROBATION;
		var types = (coverage != Coverage.TYPE) ? Set.of(otherType) : Set.of(viewersType, otherType);
		var recorded = Instant.parse("2026-05-01T10:00:00Z");
		return switch (state) {
			case CURRENT -> new ConsentFact(CONSENT, TODAY.minusDays(10), TODAY.plusDays(30), null, recorded, kinds,
					organisations, types);
			case WITHDRAWN -> new ConsentFact(CONSENT, TODAY.minusDays(10), TODAY.plusDays(30),
					Instant.parse("2026-06-14T15:00:00Z"), recorded, kinds, organisations, types);
			case EXPIRED -> new ConsentFact(CONSENT, TODAY.minusDays(100), TODAY.minusDays(1), null, recorded, kinds,
					organisations, types);
			case NOT_YET_GIVEN -> new ConsentFact(CONSENT, TODAY.plusDays(5), TODAY.plusDays(100), null, recorded,
					kinds, organisations, types);
			case NONE -> throw new IllegalArgumentException("no consent");
		};
	}

	/** No consent, then each state × coverage × kinds. */
	static List<ConsentCase> consents() {
		var cases = new ArrayList<ConsentCase>();
		cases.add(new ConsentCase(ConsentState.NONE, Coverage.NEITHER, Set.of()));
		var kinds = new ArrayList<Set<InformationKind>>();
		for (var kind : InformationKind.values()) {
			kinds.add(EnumSet.of(kind));
		}
		kinds.add(EnumSet.allOf(InformationKind.class));
		for (var state : ConsentState.values()) {
			if (state == ConsentState.NONE) {
				continue;
			}
			for (var coverage : Coverage.values()) {
				for (var covered : kinds) {
					cases.add(new ConsentCase(state, coverage, covered));
				}
			}
		}
		return cases;
	}

	static Access allowed(Basis basis, String reference, Set<InformationKind> kinds, Set<UUID> people,
			boolean mayChange) {
		return new Access(true, basis, reference, kinds, people, mayChange);
	}

	static Access refused(Basis basis, String reference) {
		return new Access(false, basis, reference, EnumSet.noneOf(InformationKind.class), Set.of(), false);
	}

	/** The viewer's organisation. */
	enum OrganisationKind {

		/** An agency that is not a school (probation). */
		AGENCY(OrganisationType.PROBATION),
		/** A school one of the family's children goes to. */
		SCHOOL(OrganisationType.SCHOOL),
		/** A school none of the family's children goes to. */
		SCHOOL_WITHOUT_PUPILS(OrganisationType.SCHOOL);

		private final OrganisationType type;

		OrganisationKind(OrganisationType type) {
			this.type = type;
		}

		OrganisationType type() {
			return type;
		}

	}

	/** Where the viewer's organisation works, against the family's locality. */
	enum Place {

		SAME(LOCALITY), OTHER(OTHER_LOCALITY), ALL(null);

		private final UUID locality;

		Place(UUID locality) {
			this.locality = locality;
		}

		UUID locality() {
			return locality;
		}

	}

	enum ConsentState {

		NONE, CURRENT, WITHDRAWN, EXPIRED, NOT_YET_GIVEN

	}

	/**
	 * Whom the consent covers: the viewer's organisation by name, its type, or neither.
	 */
	enum Coverage {

		ORGANISATION, TYPE, NEITHER

	}

	enum Safeguarding {

		NONE, CURRENT, ENDED, CURRENT_FOR_OTHERS

	}

	/** One case of the matrix. */
	record Case(Role role, OrganisationKind organisation, Place locality, boolean keyWorker, ConsentCase consent,
			Safeguarding safeguarding) {

		@Override
		public String toString() {
			return role + ", " + organisation + " of the " + locality + " locality" + (keyWorker ? ", key worker" : "")
					+ ", consent " + consent + ", safeguarding " + safeguarding;
		}

	}

	/** The family's consent in one case. */
	record ConsentCase(ConsentState state, Coverage coverage, Set<InformationKind> kinds) {

		@Override
		public String toString() {
			return (state != ConsentState.NONE) ? state + " covering " + coverage + " " + kinds : "none";
		}

	}

}
