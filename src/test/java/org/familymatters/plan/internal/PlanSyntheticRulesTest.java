package org.familymatters.plan.internal;

import org.familymatters.shared.generate.DataSize;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which generated families have a plan, and the rows the plan part writes. */
class PlanSyntheticRulesTest {

	@Test
	void everyFamilyButTheNewlyReferredHasAPlanOfFourToSixActions() {
		assertThat(PlanSyntheticRules.hasPlan(10)).isFalse();
		assertThat(PlanSyntheticRules.hasPlan(11)).isTrue();
		assertThat(PlanSyntheticRules.hasPlan(16)).isTrue();
		assertThat(PlanSyntheticRules.actions(3)).isEqualTo(4);
		assertThat(PlanSyntheticRules.actions(4)).isEqualTo(5);
		assertThat(PlanSyntheticRules.actions(5)).isEqualTo(6);
	}

	@Test
	void theLastFamilyWithAPlanOfABatch() {
		assertThat(PlanSyntheticRules.lastWithPlan(1, 100)).isEqualTo(99);
		assertThat(PlanSyntheticRules.lastWithPlan(1, 99)).isEqualTo(99);
		assertThat(PlanSyntheticRules.lastWithPlan(10, 10)).isZero();
	}

	@Test
	void rowsOfOneOpenAndOneClosedFamily() {
		// Family 1: open, 5 actions: assessment, 4 scores, plan, 2 goals, 5 actions, a
		// review.
		assertThat(PlanSyntheticRules.rows(1, 1)).isEqualTo(14);
		// Family 6: closed, 4 actions: the same, with a closing assessment and its 4
		// scores instead of a review.
		assertThat(PlanSyntheticRules.rows(6, 6)).isEqualTo(17);
		assertThat(PlanSyntheticRules.rows(10, 10)).isZero();
		assertThat(PlanSyntheticRules.rows(1, DataSize.REGION.families())).isEqualTo(568_000);
	}

}
