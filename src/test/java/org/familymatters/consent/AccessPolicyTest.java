package org.familymatters.consent;

import org.familymatters.consent.internal.access.AccessRule;
import org.familymatters.consent.internal.access.ActionRule;
import org.familymatters.consent.internal.access.CourtDeskRule;
import org.familymatters.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What families are told about who may see their record is made from the access rules'
 * own constants: every role the rules let see a record is named, and what a school sees.
 */
class AccessPolicyTest {

	private final String said = String.join("\n", new AccessPolicy().whoMaySee()).toLowerCase();

	@Test
	void namesEveryRoleTheRulesLetSee() {
		assertThat(said).contains("support workers of your area");
		AccessRule.SHARED_WITH.forEach(role -> assertThat(said).contains(role.label().toLowerCase() + "s"));
		ActionRule.OWNERS.forEach(role -> assertThat(said).contains(role.label().toLowerCase() + "s"));
		assertThat(said).contains(Role.VOLUNTEER.label().toLowerCase(),
				Role.COURT_DESK_COORDINATOR.label().toLowerCase(), Role.DATA_PROTECTION_OFFICER.label().toLowerCase());
		assertThat(said).contains("for " + CourtDeskRule.WINDOW.toDays() + " days");
	}

	@Test
	void saysWhatASchoolSeesAndTheKindsConsentCovers() {
		assertThat(said)
			.contains("a school sees, of its own pupils only, who they are and how to contact them, and nothing else");
		for (var kind : InformationKind.values()) {
			assertThat(said).contains(kind.label().toLowerCase());
		}
	}

}
