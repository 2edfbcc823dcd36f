package org.familymatters.bridges.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.familymatters.bridges.internal.Accommodation;
import org.familymatters.bridges.internal.HomeDecision;
import org.familymatters.bridges.internal.PilotReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pilot report's CSV: a row per quarter and count, small counts suppressed,
 * formula-safe.
 */
class ReportCsvTest {

	@Test
	void everyCountFromOneToFourIsFewerThanFiveAndNoCellStartsAFormula() {
		var referrals = List.of(
				new PilotReport.Referral(LocalDate.of(2026, 2, 1), HomeDecision.AGREED, Accommodation.FAMILY_HOME,
						Map.of()),
				new PilotReport.Referral(LocalDate.of(2026, 2, 2), HomeDecision.AGREED, Accommodation.FAMILY_HOME,
						Map.of()));
		var csv = ReportController.csv(PilotReport.of(referrals));
		assertThat(csv).startsWith("quarter,measure,category,count")
			.contains("January to March 2026,people referred,,fewer than 5")
			.contains("January to March 2026,family home,not suitable,0")
			.contains("January to March 2026,outcome at 6 months,Recalled to prison,0")
			.doesNotContain(",2\r\n");
		assertThat(ReportController.asText("=SUM(A1)")).isEqualTo("'=SUM(A1)");
		assertThat(ReportController.asText("-1")).isEqualTo("'-1");
		assertThat(ReportController.asText("fewer than 5")).isEqualTo("fewer than 5");
	}

}
