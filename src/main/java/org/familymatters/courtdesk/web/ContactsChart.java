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
 * A bar chart of contacts per month as server-rendered SVG: no JavaScript, scaled to the
 * width of the page (a view box, width 100%), named for assistive technology by its title
 * and described by a text summary of every bar. A suppressed month has no bar, only the
 * words "fewer than 5".
 */
final class ContactsChart {

	static final int SLOT = 56;

	static final int PLOT_HEIGHT = 220;

	static final int TOP = 24;

	static final int BOTTOM = 44;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

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
			if (!(report.suppressed() && count.small())) {
				highest = Math.max(highest, count.value());
			}
		}
		int width = Math.max(SLOT * 12, SLOT * months.size());
		int height = TOP + PLOT_HEIGHT + BOTTOM;
		int baseline = TOP + PLOT_HEIGHT;
		var title = "Contacts per month, " + courtLabel + ", " + report.period().label();
		var summary = new StringBuilder();
		var bars = new StringBuilder();
		for (int i = 0; i < months.size(); i++) {
			var month = months.get(i);
			var count = counts.get(i);
			var shown = count.shown(report.suppressed());
			summary.append((i != 0) ? "; " : "").append(StatisticsPeriod.label(month)).append(": ").append(shown);
			int centre = i * SLOT + SLOT / 2;
			bars.append("<g>");
			if (report.suppressed() && count.small()) {
				bars.append("<text fill=\"#0b0c0c\" font-size=\"15\" font-style=\"italic\" transform=\"rotate(-90 ")
					.append(centre)
					.append(' ')
					.append(baseline - 6)
					.append(")\" x=\"")
					.append(centre)
					.append("\" y=\"")
					.append(baseline - 6)
					.append("\" dominant-baseline=\"middle\">")
					.append(escape(shown))
					.append("</text>");
			}
			else {
				int bar = (int) Math.round((double) count.value() * PLOT_HEIGHT / highest);
				if (bar > 0) {
					bars.append("<rect fill=\"#1d70b8\" x=\"")
						.append(centre - SLOT / 2 + 8)
						.append("\" y=\"")
						.append(baseline - bar)
						.append("\" width=\"")
						.append(SLOT - 16)
						.append("\" height=\"")
						.append(bar)
						.append("\"></rect>");
				}
				bars.append("<text fill=\"#0b0c0c\" font-size=\"17\" font-weight=\"bold\" x=\"")
					.append(centre)
					.append("\" y=\"")
					.append(baseline - bar - 6)
					.append("\" text-anchor=\"middle\">")
					.append(escape(shown))
					.append("</text>");
			}
			bars.append("<text fill=\"#0b0c0c\" font-size=\"16\" x=\"")
				.append(centre)
				.append("\" y=\"")
				.append(baseline + 18)
				.append("\" text-anchor=\"middle\">")
				.append(escape(month.format(MONTH)))
				.append("</text>");
			bars.append("<text fill=\"#0b0c0c\" font-size=\"16\" x=\"")
				.append(centre)
				.append("\" y=\"")
				.append(baseline + 36)
				.append("\" text-anchor=\"middle\">")
				.append(month.getYear())
				.append("</text>");
			bars.append("</g>");
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + sizeClass(months.size())
				+ "\" id=\"contacts-chart\" role=\"img\""
				+ " aria-labelledby=\"contacts-chart-title contacts-chart-summary\" width=\"100%\""
				+ " font-family=\"arial, sans-serif\" viewBox=\"0 0 " + width + " " + height
				+ "\" preserveAspectRatio=\"xMinYMin meet\">" + "<title id=\"contacts-chart-title\">" + escape(title)
				+ "</title>" + "<desc id=\"contacts-chart-summary\">" + escape(summary.toString()) + "</desc>"
				+ "<line stroke=\"#0b0c0c\" stroke-width=\"2\" x1=\"0\" y1=\"" + baseline + "\" x2=\"" + width
				+ "\" y2=\"" + baseline + "\"></line>" + bars + "</svg>";
	}

	/**
	 * Longer periods keep legible labels by scrolling inside their region on narrow
	 * screens.
	 */
	static String sizeClass(int months) {
		return (months <= 12) ? "fm-chart" : (months <= 24) ? "fm-chart fm-chart--wide" : "fm-chart fm-chart--widest";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
