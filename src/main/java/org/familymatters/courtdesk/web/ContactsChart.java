package org.familymatters.courtdesk.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;

import org.familymatters.courtdesk.internal.Count;
import org.familymatters.courtdesk.internal.CourtDeskStatistics;
import org.familymatters.courtdesk.internal.CourtDeskStatistics.Report;
import org.familymatters.courtdesk.internal.Measure;
import org.familymatters.courtdesk.internal.StatisticsPeriod;

import org.springframework.web.util.HtmlUtils;

/**
 * A bar chart of contacts per month as server-rendered SVG: no JavaScript, one row per
 * month of the period asked for, the first at the top and the last (often the current
 * month) at the bottom, each bar running across the page. It has no fixed width: the bars
 * are a share of the page's width and the words keep their size, so every month shows on
 * a 320 px screen without anything scrolling sideways. It is named for assistive
 * technology by its title and described by a text summary of every bar. A suppressed
 * month (1 to 4 contacts, for those who see suppressed counts) has no bar, only the words
 * "fewer than 5"; a month with none says 0.
 */
final class ContactsChart {

	/** The height of a month's row, in pixels. */
	static final int ROW = 32;

	/** The height of a bar, in pixels. */
	static final int BAR = 22;

	/** Where the bars start: after the month's name, in pixels. */
	static final int AXIS = 88;

	/**
	 * The longest bar, as a percentage of the chart's width: what is left of a 290 px
	 * screen once the month's name and a four-digit count are written.
	 */
	static final int LONGEST = 50;

	static final int TOP = 4;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	private ContactsChart() {
	}

	/** The chart as SVG markup, every text in it escaped. */
	static String svg(Report report, String courtLabel) {
		var contacts = report.category(Measure.CONTACTS, CourtDeskStatistics.ALL);
		var months = report.months();
		var counts = new ArrayList<Count>();
		long highest = 1;
		for (var month : months) {
			var count = report.count(contacts, null, month);
			counts.add(count);
			if (!hidden(report, count)) {
				highest = Math.max(highest, count.value());
			}
		}
		int height = TOP + ROW * months.size() + TOP;
		var title = "Contacts per month, " + courtLabel + ", " + report.period().label();
		var summary = new StringBuilder();
		var rows = new StringBuilder();
		for (int i = 0; i < months.size(); i++) {
			var month = months.get(i);
			var count = counts.get(i);
			var shown = count.shown(report.suppressed());
			summary.append((i != 0) ? "; " : "").append(StatisticsPeriod.label(month)).append(": ").append(shown);
			int top = TOP + i * ROW;
			int text = top + ROW / 2 + 6;
			rows.append("<g>");
			rows.append("<text fill=\"#0b0c0c\" font-size=\"16\" x=\"0\" y=\"")
				.append(text)
				.append("\">")
				.append(escape(month.format(MONTH)))
				.append("</text>");
			if (hidden(report, count)) {
				rows.append("<text fill=\"#0b0c0c\" font-size=\"16\" font-style=\"italic\" x=\"")
					.append(AXIS + 6)
					.append("\" y=\"")
					.append(text)
					.append("\">")
					.append(escape(shown))
					.append("</text>");
			}
			else {
				var length = percent((double) count.value() * LONGEST / highest);
				if (count.value() > 0) {
					rows.append("<rect fill=\"#1d70b8\" x=\"")
						.append(AXIS)
						.append("\" y=\"")
						.append(top + (ROW - BAR) / 2)
						.append("\" width=\"")
						.append(length)
						.append("%\" height=\"")
						.append(BAR)
						.append("\"></rect>");
				}
				rows.append("<text fill=\"#0b0c0c\" font-size=\"16\" font-weight=\"bold\" x=\"")
					.append(length)
					.append("%\" dx=\"")
					.append(AXIS + 6)
					.append("\" y=\"")
					.append(text)
					.append("\">")
					.append(escape(shown))
					.append("</text>");
			}
			rows.append("</g>");
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fm-chart\" id=\"contacts-chart\" role=\"img\""
				+ " aria-labelledby=\"contacts-chart-title contacts-chart-summary\" width=\"100%\" height=\"" + height
				+ "\" font-family=\"arial, sans-serif\">" + "<title id=\"contacts-chart-title\">" + escape(title)
				+ "</title>" + "<desc id=\"contacts-chart-summary\">" + escape(summary.toString()) + "</desc>"
				+ "<line stroke=\"#0b0c0c\" stroke-width=\"2\" x1=\"" + AXIS + "\" y1=\"0\" x2=\"" + AXIS + "\" y2=\""
				+ height + "\"></line>" + rows + "</svg>";
	}

	/** Whether a count is shown as words, with no bar. */
	private static boolean hidden(Report report, Count count) {
		return report.suppressed() && count.small();
	}

	/** A percentage as SVG takes it: at most two decimals, a dot whatever the locale. */
	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
