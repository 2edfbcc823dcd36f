package org.familymatters.shared.web;

/**
 * One row of a GOV.UK summary list.
 *
 * @param key what the row is
 * @param value its value (shown as text)
 * @param actionHref an optional link to change it
 * @param actionText the link's text, e.g. "Change"
 */
public record SummaryRow(String key, String value, String actionHref, String actionText) {

	public static SummaryRow of(String key, Object value) {
		return new SummaryRow(key, (value != null) ? value.toString() : "", null, null);
	}

}
