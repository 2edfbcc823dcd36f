package org.familymatters.bridges.internal;

import java.util.UUID;

import org.familymatters.bridges.internal.CheckRule.NotYet;
import org.familymatters.bridges.internal.CheckRule.OwnCase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A family home cannot be agreed until a lead has approved the safeguarding check, and a
 * lead cannot decide their own case.
 */
class CheckRuleTest {

	private static final UUID LEAD = UUID.randomUUID();

	private static final UUID WORKER = UUID.randomUUID();

	private static final UUID KEY_WORKER = UUID.randomUUID();

	@Test
	void theFamilyHomeIsAgreedOnlyOnceALeadHasApprovedAndTheFamilySaidYes() {
		assertThat(CheckRule.whyNotAgreed(FamilyAnswer.YES, false, null)).contains(NotYet.NO_CHECK);
		assertThat(CheckRule.whyNotAgreed(FamilyAnswer.YES, true, null)).contains(NotYet.CHECK_WAITING);
		assertThat(CheckRule.whyNotAgreed(FamilyAnswer.YES, true, CheckDecision.REFUSED))
			.contains(NotYet.CHECK_REFUSED);
		assertThat(CheckRule.whyNotAgreed(null, true, CheckDecision.APPROVED)).contains(NotYet.FAMILY_NOT_AGREED);
		assertThat(CheckRule.whyNotAgreed(FamilyAnswer.NO, true, CheckDecision.APPROVED))
			.contains(NotYet.FAMILY_NOT_AGREED);
		assertThat(CheckRule.whyNotAgreed(FamilyAnswer.YES, true, CheckDecision.APPROVED)).isEmpty();
	}

	@Test
	void aLeadCannotDecideACheckTheyAskedForAReferralTheyMadeOrAFamilyTheyAreKeyWorkerFor() {
		assertThat(CheckRule.ownCase(LEAD, LEAD, WORKER, KEY_WORKER)).contains(OwnCase.ASKED_FOR_IT);
		assertThat(CheckRule.ownCase(LEAD, WORKER, LEAD, KEY_WORKER)).contains(OwnCase.REFERRED);
		assertThat(CheckRule.ownCase(LEAD, WORKER, WORKER, LEAD)).contains(OwnCase.KEY_WORKER);
		assertThat(CheckRule.ownCase(LEAD, WORKER, WORKER, KEY_WORKER)).isEmpty();
		assertThat(CheckRule.ownCase(LEAD, WORKER, WORKER, null)).isEmpty();
	}

}
