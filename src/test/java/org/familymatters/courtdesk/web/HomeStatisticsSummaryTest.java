package org.familymatters.courtdesk.web;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.CourtDeskStatistics;
import org.familymatters.courtdesk.internal.CourtDeskStatistics.Category;
import org.familymatters.courtdesk.internal.CourtDeskStatistics.Cell;
import org.familymatters.courtdesk.internal.CourtDeskStatistics.Report;
import org.familymatters.courtdesk.internal.Measure;
import org.familymatters.courtdesk.internal.StatisticsPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's home page says the statistics in a sentence, each count as the statistics
 * page shows it to them: 1 to 4 as "fewer than 5", none as 0.
 */
class HomeStatisticsSummaryTest {

	private static final Court COURT = new Court(UUID.randomUUID(), "Summary Crown Court", "Summarybury", null, false,
			0);

	private static final StatisticsPeriod PERIOD = new StatisticsPeriod(YearMonth.of(2025, 7), YearMonth.of(2026, 6));

	private static Report report(long contacts, long made, long accepted, boolean suppressed) {
		var counts = new HashMap<Cell, Long>();
		var month = YearMonth.of(2026, 3);
		counts.put(new Cell(COURT.id(), month, Measure.CONTACTS, CourtDeskStatistics.ALL), contacts);
		counts.put(new Cell(COURT.id(), month, Measure.REFERRALS, "made"), made);
		counts.put(new Cell(COURT.id(), month, Measure.REFERRALS, "accepted"), accepted);
		var categories = List.of(new Category(Measure.CONTACTS, CourtDeskStatistics.ALL, "Contacts"),
				new Category(Measure.REFERRALS, "made", "Referrals made"),
				new Category(Measure.REFERRALS, "accepted", "Referrals accepted"));
		return new Report(PERIOD, null, List.of(COURT), categories, counts, suppressed);
	}

	@Test
	void aManagerReadsFewerThanFiveForOneToFourAndZeroForNone() {
		assertThat(CourtDeskHome.summary(report(12, 3, 0, true)))
			.isEqualTo("July 2025 to June 2026, all courts: 12 contacts, fewer than 5 referrals made, 0 accepted.");
	}

	@Test
	void exactCountsAreWrittenAsTheyAre() {
		assertThat(CourtDeskHome.summary(report(1, 1, 1, false)))
			.isEqualTo("July 2025 to June 2026, all courts: 1 contact, 1 referral made, 1 accepted.");
		assertThat(CourtDeskHome.summary(report(0, 0, 0, true)))
			.isEqualTo("July 2025 to June 2026, all courts: 0 contacts, 0 referrals made, 0 accepted.");
	}

}
