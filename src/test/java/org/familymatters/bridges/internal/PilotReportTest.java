package org.familymatters.bridges.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pilot report's arithmetic on known referrals, and its suppression. */
class PilotReportTest {

	private static PilotReport.Referral referral(String day, HomeDecision home, Accommodation accommodation,
			Map<FollowUpPoint, FollowUpOutcome> outcomes) {
		return new PilotReport.Referral(LocalDate.parse(day), home, accommodation, outcomes);
	}

	@Test
	void referralsAreCountedByTheQuarterTheyWereMadeIn() {
		var referrals = new ArrayList<PilotReport.Referral>();
		// January to March 2026: 6 referred, 5 homes agreed, 1 not suitable, 1 still
		// undecided.
		for (int i = 0; i < 5; i++) {
			referrals.add(referral("2026-01-0" + (i + 1), HomeDecision.AGREED, Accommodation.FAMILY_HOME,
					Map.of(FollowUpPoint.FOUR_WEEKS, FollowUpOutcome.SETTLED_WITH_FAMILY, FollowUpPoint.THREE_MONTHS,
							(i == 0) ? FollowUpOutcome.RECALLED : FollowUpOutcome.SETTLED_WITH_FAMILY)));
		}
		referrals.add(referral("2026-03-31", HomeDecision.NOT_SUITABLE, Accommodation.COUNCIL_TEMPORARY,
				Map.of(FollowUpPoint.FOUR_WEEKS, FollowUpOutcome.TEMPORARY)));
		referrals.add(referral("2026-02-14", null, null, Map.of()));
		// April to June 2026: 1 referred.
		referrals.add(referral("2026-04-01", null, null, Map.of()));
		// October to December 2025, before them: 2 referred.
		referrals.add(referral("2025-12-31", HomeDecision.NOT_SUITABLE, null, Map.of()));
		referrals.add(referral("2025-10-01", HomeDecision.NOT_SUITABLE, null, Map.of()));

		var report = PilotReport.of(referrals);

		assertThat(report.quarters()).extracting(PilotReport.Quarter::label)
			.containsExactly("October to December 2025", "January to March 2026", "April to June 2026");
		var first = report.quarters().get(1);
		assertThat(first.referred()).isEqualTo(7);
		assertThat(first.homesAgreed()).isEqualTo(5);
		assertThat(first.homesNotSuitable()).isEqualTo(1);
		assertThat(first.onRelease().get(Accommodation.FAMILY_HOME)).isEqualTo(5);
		assertThat(first.onRelease().get(Accommodation.COUNCIL_TEMPORARY)).isEqualTo(1);
		assertThat(first.onRelease().get(Accommodation.NO_FIXED_ABODE)).isZero();
		assertThat(first.followUps().get(FollowUpPoint.FOUR_WEEKS).get(FollowUpOutcome.SETTLED_WITH_FAMILY))
			.isEqualTo(5);
		assertThat(first.followUps().get(FollowUpPoint.THREE_MONTHS).get(FollowUpOutcome.SETTLED_WITH_FAMILY))
			.isEqualTo(4);
		assertThat(first.followUps().get(FollowUpPoint.SIX_MONTHS).get(FollowUpOutcome.HOMELESS)).isZero();

		assertThat(first.shownReferred()).isEqualTo("7");
		assertThat(first.shownAgreed()).isEqualTo("5");
		assertThat(first.shownNotSuitable()).isEqualTo("fewer than 5");
		assertThat(first.shownOnRelease(Accommodation.COUNCIL_TEMPORARY)).isEqualTo("fewer than 5");
		assertThat(first.shownOnRelease(Accommodation.PRIVATE_RENTED)).isEqualTo("0");
		assertThat(first.shownOutcome(FollowUpPoint.THREE_MONTHS, FollowUpOutcome.SETTLED_WITH_FAMILY))
			.isEqualTo("fewer than 5");
		assertThat(first.shownOutcome(FollowUpPoint.THREE_MONTHS, FollowUpOutcome.RECALLED)).isEqualTo("fewer than 5");
		assertThat(report.quarters().get(0).shownReferred()).isEqualTo("fewer than 5");
		assertThat(report.quarters().get(2).shownReferred()).isEqualTo("fewer than 5");
	}

	@Test
	void countsFromOneToFourAreFewerThanFiveAndNoneIsZero() {
		assertThat(PilotReport.shown(0)).isEqualTo("0");
		assertThat(PilotReport.shown(1)).isEqualTo("fewer than 5");
		assertThat(PilotReport.shown(4)).isEqualTo("fewer than 5");
		assertThat(PilotReport.shown(5)).isEqualTo("5");
		assertThatThrownBy(() -> PilotReport.shown(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void noReferralsNoQuarters() {
		assertThat(PilotReport.of(java.util.List.of()).quarters()).isEmpty();
		assertThat(PilotReport.startOfQuarter(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 10, 1));
	}

}
