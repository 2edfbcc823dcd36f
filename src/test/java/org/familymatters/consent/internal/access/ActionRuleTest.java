package org.familymatters.consent.internal.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.Basis;
import org.familymatters.consent.Access;
import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.ActionSubject;
import org.familymatters.consent.InformationKind;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ACTION basis over its whole matrix, without Spring or a database: every role × the
 * viewer's organisation (the action's owner, another, none on record) × whether it is
 * active × its locality (the family's or another) × whether the viewer is the family's
 * key worker × the person the action names (nobody, the viewer, a colleague) × the action
 * open or closed × about a person of the family or not. Each case is checked against the
 * rule written out below ({@link #expected}).
 */
class ActionRuleTest {

	static final UUID FAMILY = UUID.fromString("f0000000-0000-4000-8000-000000000001");

	static final UUID LOCALITY = UUID.fromString("10000000-0000-4000-8000-000000000001");

	static final UUID OTHER_LOCALITY = UUID.fromString("10000000-0000-4000-8000-000000000002");

	static final UUID VIEWER = UUID.fromString("a0000000-0000-4000-8000-000000000001");

	static final UUID COLLEAGUE = UUID.fromString("a0000000-0000-4000-8000-000000000002");

	static final UUID OWNER_ORGANISATION = UUID.fromString("0a000000-0000-4000-8000-000000000001");

	static final UUID OTHER_ORGANISATION = UUID.fromString("0a000000-0000-4000-8000-000000000002");

	static final UUID ACTION = UUID.fromString("ac000000-0000-4000-8000-000000000001");

	static final UUID CHILD = UUID.fromString("c0000000-0000-4000-8000-000000000001");

	enum Org {

		OWNER, OTHER, NONE

	}

	enum Named {

		NOBODY, VIEWER, COLLEAGUE

	}

	@Test
	void everyCaseAnswersAsTheRuleSays() {
		int cases = 0;
		for (var role : Role.values()) {
			for (var org : Org.values()) {
				for (boolean active : new boolean[] { true, false }) {
					for (var locality : new UUID[] { LOCALITY, OTHER_LOCALITY }) {
						cases += checkEach(role, org, active, locality);
					}
				}
			}
		}
		assertThat(cases).isEqualTo(Role.values().length * 3 * 2 * 2 * 2 * 3 * 2 * 2);
	}

	/** The cases of one viewer: key worker or not × the person named × open × about. */
	private static int checkEach(Role role, Org org, boolean active, UUID locality) {
		int cases = 0;
		var viewer = viewer(role, org, active, locality);
		for (boolean keyWorker : new boolean[] { false, true }) {
			var family = new AccessSubject(FAMILY, LOCALITY, keyWorker ? VIEWER : COLLEAGUE, Map.of());
			for (var named : Named.values()) {
				for (boolean open : new boolean[] { true, false }) {
					for (var about : new UUID[] { null, CHILD }) {
						var as = role + ", organisation " + org + " active " + active + " in "
								+ ((locality == LOCALITY) ? "the family's locality" : "another") + ", key worker "
								+ keyWorker + ", names " + named + ", open " + open + ", about " + about;
						assertThat(ActionRule.decide(viewer, family, action(named, open, about))).as(as)
							.isEqualTo(expected(role, org, active, locality, keyWorker, named, open, about));
						cases++;
					}
				}
			}
		}
		return cases;
	}

	/** The rule, written out. */
	static Access expected(Role role, Org org, boolean active, UUID locality, boolean keyWorker, Named named,
			boolean open, UUID about) {
		if (role == Role.SUPPORT_WORKER && org != Org.NONE && locality.equals(LOCALITY)) {
			return everything("SUPPORT_WORKER");
		}
		if (role == Role.SUPPORT_WORKER && keyWorker) {
			return everything("KEY_WORKER");
		}
		if (role != Role.AGENCY_PRACTITIONER && role != Role.SAFEGUARDING_LEAD && role != Role.SUPPORT_WORKER) {
			return refused(Basis.ROLE, role.name());
		}
		if (org != Org.OWNER || named == Named.COLLEAGUE) {
			return refused(Basis.ACTION, "NOT_OWNER:" + ACTION);
		}
		if (!active) {
			return refused(Basis.ACTION, "ORGANISATION_INACTIVE:" + ACTION);
		}
		if (!open) {
			return refused(Basis.ACTION, "CLOSED:" + ACTION);
		}
		return new Access(true, Basis.ACTION, ACTION.toString(),
				(about != null) ? EnumSet.of(InformationKind.IDENTITY) : EnumSet.noneOf(InformationKind.class),
				(about != null) ? Set.of(CHILD) : Set.of(), false);
	}

	@Test
	void nobodySignedInSeesNothing() {
		var access = ActionRule.decide(Viewer.ANONYMOUS, new AccessSubject(FAMILY, LOCALITY, null, Map.of()),
				action(Named.NOBODY, true, null));
		assertThat(access.allowed()).isFalse();
		assertThat(access.reference()).isEqualTo("anonymous");
	}

	@Test
	void theOwnerSeesOnlyThePersonTheActionIsAboutAndMayNotChangeTheFamily() {
		var access = ActionRule.byOwnership(viewer(Role.AGENCY_PRACTITIONER, Org.OWNER, true, OTHER_LOCALITY),
				action(Named.VIEWER, true, CHILD));
		assertThat(access.seesPerson(CHILD)).isTrue();
		assertThat(access.seesPerson(UUID.randomUUID())).isFalse();
		assertThat(access.sees(InformationKind.CUSTODY)).isFalse();
		assertThat(access.sees(InformationKind.NEEDS)).isFalse();
		assertThat(access.mayChange()).isFalse();
	}

	@Test
	void aSupportWorkerOfTheFamilyIsNotAskedAboutOwnershipButTheListIs() {
		var viewer = viewer(Role.SUPPORT_WORKER, Org.OTHER, true, LOCALITY);
		var action = action(Named.NOBODY, false, null);
		assertThat(ActionRule.decide(viewer, new AccessSubject(FAMILY, LOCALITY, null, Map.of()), action).basis())
			.isEqualTo(Basis.ROLE);
		assertThat(ActionRule.byOwnership(viewer, action)).isEqualTo(refused(Basis.ACTION, "NOT_OWNER:" + ACTION));
	}

	static Viewer viewer(Role role, Org org, boolean active, UUID locality) {
		var organisation = switch (org) {
			case OWNER -> new Viewer.Organisation(OWNER_ORGANISATION, OrganisationType.PROBATION, locality, active);
			case OTHER -> new Viewer.Organisation(OTHER_ORGANISATION, OrganisationType.PROBATION, locality, active);
			case NONE -> null;
		};
		return new Viewer(VIEWER, Set.of(role), organisation);
	}

	static ActionSubject action(Named named, boolean open, UUID about) {
		var person = switch (named) {
			case NOBODY -> null;
			case VIEWER -> VIEWER;
			case COLLEAGUE -> COLLEAGUE;
		};
		return new ActionSubject(FAMILY, ACTION, OWNER_ORGANISATION, person, open, about);
	}

	static Access everything(String reference) {
		return new Access(true, Basis.ROLE, reference, EnumSet.allOf(InformationKind.class), null, true);
	}

	static Access refused(Basis basis, String reference) {
		return new Access(false, basis, reference, EnumSet.noneOf(InformationKind.class), Set.of(), false);
	}

}
