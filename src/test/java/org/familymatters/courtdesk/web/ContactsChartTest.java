package org.familymatters.courtdesk.web;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.CourtDeskStatistics;
import org.familymatters.courtdesk.internal.CourtDeskStatistics.Cell;
import org.familymatters.courtdesk.internal.CourtDeskStatistics.Report;
import org.familymatters.courtdesk.internal.Measure;
import org.familymatters.courtdesk.internal.StatisticsPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contacts chart, without Spring: a row for every month of the period asked for, the
 * last one included, bars that are a share of the chart's width (so nothing is wider than
 * a phone), 0 shown as 0 to everyone, 1 to 4 as "fewer than 5" only where counts are
 * suppressed.
 */
class ContactsChartTest {

	private static final Court COURT = new Court(UUID.randomUUID(), "Chart Crown Court", "Chartbury", null, false, 0);

	/** January 2026: 10, February: 0, March: 3, April (this month, say): 20. */
	private static Report report(StatisticsPeriod period, boolean suppressed) {
		var counts = new HashMap<Cell, Long>();
		counts.put(cell(YearMonth.of(2026, 1)), 10L);
		counts.put(cell(YearMonth.of(2026, 3)), 3L);
		counts.put(cell(YearMonth.of(2026, 4)), 20L);
		var contacts = new CourtDeskStatistics.Category(Measure.CONTACTS, CourtDeskStatistics.ALL, "Contacts");
		return new Report(period, COURT, List.of(COURT), List.of(contacts), counts, suppressed);
	}

	private static Cell cell(YearMonth month) {
		return new Cell(COURT.id(), month, Measure.CONTACTS, CourtDeskStatistics.ALL);
	}

	@Test
	void everyMonthOfThePeriodHasARowTheLastIncluded() {
		var svg = ContactsChart.svg(report(new StatisticsPeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 4)), false),
				COURT.name());
		assertThat(svg).contains(">Jan 2026<")
			.contains(">Feb 2026<")
			.contains(">Mar 2026<")
			.contains(">Apr 2026<")
			.doesNotContain("Dec 2025")
			.doesNotContain("May 2026");
		assertThat(svg).contains("January 2026: 10; February 2026: 0; March 2026: 3; April 2026: 20");
		assertThat(Pattern.compile("<rect ").matcher(svg).results().count()).as("no bar for a month with none")
			.isEqualTo(3);
		assertThat(svg).as("the longest bar is half the chart's width").contains("width=\"50%\"");
		assertThat(svg).as("no view box: the words keep their size").doesNotContain("viewBox");
	}

	@Test
	void aSuppressedChartSaysFewerThanFiveForOneToFourAndZeroForNone() {
		var svg = ContactsChart.svg(report(new StatisticsPeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 4)), true),
				COURT.name());
		assertThat(svg).contains("January 2026: 10; February 2026: 0; March 2026: fewer than 5; April 2026: 20");
		assertThat(Pattern.compile("<rect ").matcher(svg).results().count()).isEqualTo(2);
	}

	@Test
	void aLongPeriodHasARowPerMonthAndNoFixedWidth() {
		var period = new StatisticsPeriod(YearMonth.of(2021, 5), YearMonth.of(2026, 4));
		var svg = ContactsChart.svg(report(period, false), COURT.name());
		assertThat(Pattern.compile("<g>").matcher(svg).results().count()).isEqualTo(60);
		assertThat(svg).contains("width=\"100%\"").contains("height=\"" + (8 + 60 * ContactsChart.ROW) + "\"");
	}

}
