package org.familymatters.training.web;

import java.util.List;
import java.util.Locale;

import org.familymatters.training.internal.ReachFigures.Group;

import org.springframework.web.util.HtmlUtils;

/**
 * A bar chart of people trained by role as server-rendered SVG: no JavaScript, one row
 * per role in the table's order (the priority roles first), the role's name written above
 * its bar and the count written after it, so that nothing is told by colour alone and
 * every role shows on a 320 px screen: the bars are a share of the chart's width, the
 * words keep their size. It is named for assistive technology by its title and described
 * by a text summary of every bar; the same figures are in the table beside it. Counts are
 * exact: the chart is only shown inside the service.
 */
final class ReachChart {

	/** The height of a role's row (its name, then its bar), in pixels. */
	static final int ROW = 48;

	/** The height of a bar, in pixels. */
	static final int BAR = 18;

	/**
	 * The longest bar, as a percentage of the chart's width: what is left for a count of
	 * four digits on a 290 px screen.
	 */
	static final int LONGEST = 75;

	static final int TOP = 4;

	private ReachChart() {
	}

	/** The chart as SVG markup, every text in it escaped. */
	static String svg(List<Group> byRole, String title) {
		long highest = 1;
		for (var group : byRole) {
			highest = Math.max(highest, group.people());
		}
		int height = TOP + ROW * byRole.size() + TOP;
		var summary = new StringBuilder();
		var rows = new StringBuilder();
		for (int i = 0; i < byRole.size(); i++) {
			var group = byRole.get(i);
			var name = name(group);
			summary.append((i != 0) ? "; " : "").append(name).append(": ").append(group.people());
			int top = TOP + i * ROW;
			int label = top + 16;
			int bar = top + 22;
			var length = percent((double) group.people() * LONGEST / highest);
			rows.append("<g>");
			rows.append("<text fill=\"#0b0c0c\" font-size=\"16\" x=\"0\" y=\"")
				.append(label)
				.append("\">")
				.append(escape(shortName(group)))
				.append("</text>");
			if (group.people() > 0) {
				rows.append("<rect fill=\"#1d70b8\" x=\"0\" y=\"")
					.append(bar)
					.append("\" width=\"")
					.append(length)
					.append("%\" height=\"")
					.append(BAR)
					.append("\"></rect>");
			}
			rows.append("<text fill=\"#0b0c0c\" font-size=\"16\" font-weight=\"bold\" x=\"")
				.append(length)
				.append("%\" dx=\"6\" y=\"")
				.append(bar + BAR - 3)
				.append("\">")
				.append(group.people())
				.append("</text>");
			rows.append("</g>");
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fm-chart\" id=\"reach-chart\" role=\"img\""
				+ " aria-labelledby=\"reach-chart-title reach-chart-summary\" width=\"100%\" height=\"" + height
				+ "\" font-family=\"arial, sans-serif\">" + "<title id=\"reach-chart-title\">" + escape(title)
				+ "</title>" + "<desc id=\"reach-chart-summary\">" + escape(summary.toString()) + "</desc>" + rows
				+ "</svg>";
	}

	/** A role's name as the chart writes it: a priority role says so in words. */
	static String name(Group group) {
		return group.priority() ? group.label() + " (priority)" : group.label();
	}

	/**
	 * A role's name short enough for a 320 px screen, where SVG text does not wrap: a
	 * name that ends in its abbreviation in brackets is shown as the abbreviation
	 * ("SENCO").
	 */
	static String shortName(Group group) {
		var abbreviation = java.util.regex.Pattern.compile(".*\\((\\p{Lu}+)\\)$").matcher(group.label());
		var label = abbreviation.matches() ? abbreviation.group(1) : group.label();
		return group.priority() ? label + " (priority)" : label;
	}

	/** A percentage as SVG takes it: at most two decimals, a dot whatever the locale. */
	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
