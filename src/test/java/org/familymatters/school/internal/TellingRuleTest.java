package org.familymatters.school.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.Basis;
import org.familymatters.consent.Access;
import org.familymatters.consent.InformationKind;
import org.familymatters.school.internal.TellingRule.ChildState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a child's school may be told, and when a pupil leaves the school's list, from
 * what the access decision would show the school's designated contact.
 */
class TellingRuleTest {

	private static final UUID CHILD = UUID.randomUUID();

	private static final UUID SIBLING = UUID.randomUUID();

	private static Access seesPupils(Basis basis, UUID... pupils) {
		return new Access(true, basis, "ref", EnumSet.of(InformationKind.IDENTITY), Set.of(pupils), false);
	}

	private static Access refused(Basis basis, String reference) {
		return new Access(false, basis, reference, EnumSet.noneOf(InformationKind.class), Set.of(), false);
	}

	@Test
	void aSchoolWithoutADesignatedContactCannotBeTold() {
		assertThat(TellingRule.state(CHILD, null, false)).isEqualTo(ChildState.NO_CONTACT);
		assertThat(TellingRule.state(CHILD, null, true)).isEqualTo(ChildState.NO_CONTACT);
	}

	@Test
	void aSchoolIsToldOnlyWhenItsContactWouldSeeTheChildByName() {
		assertThat(TellingRule.state(CHILD, seesPupils(Basis.CONSENT, CHILD), false)).isEqualTo(ChildState.MAY_BE_TOLD);
		assertThat(TellingRule.state(CHILD, seesPupils(Basis.SAFEGUARDING, CHILD), false))
			.isEqualTo(ChildState.MAY_BE_TOLD);
		assertThat(TellingRule.state(CHILD, seesPupils(Basis.CONSENT, SIBLING), false))
			.as("the school sees only its own pupils")
			.isEqualTo(ChildState.NOT_COVERED);
		assertThat(TellingRule.state(CHILD, refused(Basis.ROLE, "NO_CONSENT_OR_SAFEGUARDING"), false))
			.isEqualTo(ChildState.NOT_COVERED);
		assertThat(TellingRule.state(CHILD, refused(Basis.CONSENT, "WITHDRAWN:x"), false))
			.isEqualTo(ChildState.NOT_COVERED);
		assertThat(TellingRule.state(CHILD, refused(Basis.ROLE, "SCHOOL_CONSENT_WITHOUT_IDENTITY"), false))
			.isEqualTo(ChildState.NOT_COVERED);
	}

	@Test
	void aChildOnTheListIsToldAlready() {
		assertThat(TellingRule.state(CHILD, seesPupils(Basis.CONSENT, CHILD), true)).isEqualTo(ChildState.TOLD);
	}

	@Test
	void aPupilStaysOnTheListWhileTheContactSeesThem() {
		assertThat(TellingRule.leavesList(CHILD, seesPupils(Basis.CONSENT, CHILD, SIBLING))).isFalse();
		assertThat(TellingRule.leavesList(CHILD, seesPupils(Basis.SAFEGUARDING, CHILD))).isFalse();
	}

	@Test
	void aPupilLeavesWhenConsentOrAnApprovalNoLongerCoversTheSchool() {
		assertThat(TellingRule.leavesList(CHILD, refused(Basis.CONSENT, "WITHDRAWN:x"))).isTrue();
		assertThat(TellingRule.leavesList(CHILD, refused(Basis.CONSENT, "EXPIRED:x"))).isTrue();
		assertThat(TellingRule.leavesList(CHILD, refused(Basis.SAFEGUARDING, "ENDED:x"))).isTrue();
		assertThat(TellingRule.leavesList(CHILD, refused(Basis.ROLE, "NO_CONSENT_OR_SAFEGUARDING"))).isTrue();
		assertThat(TellingRule.leavesList(CHILD, refused(Basis.ROLE, "SCHOOL_CONSENT_WITHOUT_IDENTITY"))).isTrue();
	}

	@Test
	void aPupilLeavesWhenNoLongerAtTheSchool() {
		assertThat(TellingRule.leavesList(CHILD, refused(Basis.ROLE, "SCHOOL_WITHOUT_PUPILS"))).isTrue();
		assertThat(TellingRule.leavesList(CHILD, seesPupils(Basis.CONSENT, SIBLING))).as("a sibling still there")
			.isTrue();
	}

	@Test
	void aRefusalAboutTheContactsOwnAccountKeepsTheList() {
		assertThat(TellingRule.leavesList(CHILD, refused(Basis.ROLE, ""))).as("disabled").isFalse();
		assertThat(TellingRule.leavesList(CHILD, refused(Basis.ROLE, "anonymous"))).isFalse();
		assertThat(TellingRule.leavesList(CHILD, refused(Basis.ROLE, "SUPPORT_WORKER"))).isFalse();
		assertThat(TellingRule.leavesList(CHILD, refused(Basis.ROLE, "ORGANISATION_INACTIVE"))).isFalse();
	}

}
