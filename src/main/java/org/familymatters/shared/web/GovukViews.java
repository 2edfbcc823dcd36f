package org.familymatters.shared.web;

import java.util.Collection;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Helpers the GOV.UK fragments call as {@code @govuk}. */
@Component("govuk")
public class GovukViews {

	/** The id of a field's input: its path with dots turned into dashes. */
	public String id(String field) {
		return field.replace('.', '-').replace("[", "-").replace("]", "");
	}

	/** Whether an option is the current value, or among the current values. */
	public boolean selected(Object current, String optionValue) {
		if (current == null) {
			return false;
		}
		if (current instanceof Collection<?> values) {
			return values.stream().anyMatch(value -> Objects.equals(text(value), optionValue));
		}
		if (current instanceof Object[] values) {
			for (var value : values) {
				if (Objects.equals(text(value), optionValue)) {
					return true;
				}
			}
			return false;
		}
		return Objects.equals(text(current), optionValue);
	}

	/** The same URL with its page parameter set. */
	public String pageUrl(String baseUrl, int page) {
		return UriComponentsBuilder.fromUriString(baseUrl).replaceQueryParam("page", page).build().toUriString();
	}

	private static String text(Object value) {
		return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
	}

}
