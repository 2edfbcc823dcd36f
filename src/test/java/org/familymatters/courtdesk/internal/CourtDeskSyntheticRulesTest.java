package org.familymatters.courtdesk.internal;

import java.util.List;

import org.familymatters.courtdesk.internal.CourtDeskSyntheticRules.Share;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The proportions of generated court desk contacts: every choice's shares make 100, each
 * code is one the contact form accepts, and the SQL picks what the rule picks.
 */
class CourtDeskSyntheticRulesTest {

	@Test
	void everyChoiceIsAWholeAndItsCodesAreTheFormsOwn() {
		for (var shares : List.of(CourtDeskSyntheticRules.OUTCOMES, CourtDeskSyntheticRules.RELATIONSHIPS,
				CourtDeskSyntheticRules.SENTENCE_BANDS, CourtDeskSyntheticRules.FIRST_TIMES,
				CourtDeskSyntheticRules.CHILDREN_COUNTS, CourtDeskSyntheticRules.LEAFLET_SETS)) {
			assertThat(shares.stream().mapToInt(Share::percent).sum()).isEqualTo(100);
		}
		CourtDeskSyntheticRules.OUTCOMES
			.forEach(s -> assertThat(Coded.ofCode(Outcome.class, s.value())).as(s.value()).isPresent());
		CourtDeskSyntheticRules.RELATIONSHIPS
			.forEach(s -> assertThat(Coded.ofCode(Relationship.class, s.value())).as(s.value()).isPresent());
		CourtDeskSyntheticRules.SENTENCE_BANDS
			.forEach(s -> assertThat(Coded.ofCode(SentenceBand.class, s.value())).as(s.value()).isPresent());
		CourtDeskSyntheticRules.FIRST_TIMES
			.forEach(s -> assertThat(Coded.ofCode(FirstTimeInCustody.class, s.value())).as(s.value()).isPresent());
	}

	@Test
	void picksByPercentileAsTheSqlDoes() {
		var shares = List.of(new Share("a", 45), new Share("b", 55));
		assertThat(CourtDeskSyntheticRules.pick(shares, 0)).isEqualTo("a");
		assertThat(CourtDeskSyntheticRules.pick(shares, 44)).isEqualTo("a");
		assertThat(CourtDeskSyntheticRules.pick(shares, 45)).isEqualTo("b");
		assertThat(CourtDeskSyntheticRules.pick(shares, 99)).isEqualTo("b");
		assertThat(CourtDeskSyntheticRules.choice("p", shares, "'"))
			.isEqualTo("(case when p < 45 then 'a' when p < 100 then 'b' end)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CourtDeskSyntheticRules.choice("p", List.of(new Share("a", 90)), ""));
	}

}
