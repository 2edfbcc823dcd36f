package org.familymatters.courtdesk.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.CourtDeskStatistics;
import org.familymatters.courtdesk.internal.CourtDeskStatistics.Category;
import org.familymatters.courtdesk.internal.CourtDeskStatistics.Report;
import org.familymatters.courtdesk.internal.Measure;
import org.familymatters.courtdesk.internal.StatisticsPeriod;

/**
 * The statistics page's tables, with every count already shown as the viewer may see it.
 */
final class StatisticsTables {

	private StatisticsTables() {
	}

	static List<Table> of(Report report) {
		var tables = new ArrayList<Table>();
		tables.add(contactsByMonth(report));
		tables.add(byCategory(report, "outcomes", "Outcomes in court (contacts)", "Outcome", Measure.OUTCOME,
				"All outcomes"));
		var children = new ArrayList<>(report.categories(Measure.CHILDREN));
		children.addAll(report.categories(Measure.CONTACTS_WITH_CHILDREN));
		tables.add(table(report, "children", "Children affected", "Children", children, null));
		var concerns = report.categories(Measure.CONCERN);
		if (!concerns.isEmpty()) {
			tables.add(table(report, "concerns", "Concerns raised (contacts raising each)", "Concern", concerns, null));
		}
		var support = new ArrayList<>(report.categories(Measure.EMOTIONAL_SUPPORT));
		support.addAll(report.categories(Measure.LEAFLET));
		tables.add(table(report, "support", "Support and leaflets given (contacts)", "Given", support, null));
		tables.add(table(report, "referrals", "Referrals", "Referrals", report.categories(Measure.REFERRALS), null));
		return List.copyOf(tables);
	}

	/** Contacts with a row per month, a column per court, and totals. */
	private static Table contactsByMonth(Report report) {
		var contacts = report.category(Measure.CONTACTS, CourtDeskStatistics.ALL);
		var rows = new ArrayList<Row>();
		for (var month : report.months()) {
			rows.add(new Row(StatisticsPeriod.label(month), cells(report, contacts, month), false));
		}
		if (report.months().size() > 1) {
			rows.add(new Row("All months", cells(report, contacts, null), true));
		}
		return new Table("contacts", "Contacts by court and month", headers(report, "Month"), rows);
	}

	private static Table byCategory(Report report, String id, String caption, String first, Measure measure,
			String totalLabel) {
		return table(report, id, caption, first, report.categories(measure), totalLabel);
	}

	/**
	 * A row per category and a column per court; with a total row when the categories add
	 * up.
	 */
	private static Table table(Report report, String id, String caption, String first, List<Category> categories,
			String totalLabel) {
		var rows = new ArrayList<Row>();
		for (var category : categories) {
			rows.add(new Row(category.label(), cells(report, category, null), false));
		}
		if (totalLabel != null) {
			var all = report.category(Measure.CONTACTS, CourtDeskStatistics.ALL);
			rows.add(new Row(totalLabel, cells(report, all, null), true));
		}
		return new Table(id, caption, headers(report, first), rows);
	}

	private static List<String> headers(Report report, String first) {
		var headers = new ArrayList<String>();
		headers.add(first);
		report.courts().stream().map(Court::name).forEach(headers::add);
		if (report.courts().size() > 1) {
			headers.add("All courts");
		}
		return headers;
	}

	private static List<String> cells(Report report, Category category, YearMonth month) {
		var cells = new ArrayList<String>();
		for (var court : report.courts()) {
			cells.add(report.shown(category, court.id(), month));
		}
		if (report.courts().size() > 1) {
			cells.add(report.shown(category, (UUID) null, month));
		}
		return cells;
	}

	/**
	 * A table: its caption, its column headers, and its rows (the last may be a total).
	 */
	record Table(String id, String caption, List<String> headers, List<Row> rows) {
	}

	/** A row: what it counts, and a count per column. */
	record Row(String label, List<String> cells, boolean total) {
	}

}
