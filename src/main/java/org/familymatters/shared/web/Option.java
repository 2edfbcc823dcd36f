package org.familymatters.shared.web;

/**
 * One choice in radios, checkboxes or a select.
 *
 * @param value what the form sends
 * @param label what the user reads
 * @param hint an optional line under the label
 */
public record Option(String value, String label, String hint) {

	public static Option of(Object value, String label) {
		return new Option(String.valueOf(value), label, null);
	}

}
