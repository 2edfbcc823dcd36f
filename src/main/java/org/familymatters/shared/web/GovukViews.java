package org.familymatters.shared.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.thymeleaf.spring6.util.DetailedError;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Helpers the GOV.UK fragments call as {@code @govuk}. */
@Component("govuk")
public class GovukViews {

	/** The id of a field's input: its path with dots turned into dashes. */
	public String id(String field) {
		return field.replace('.', '-').replace("[", "-").replace("]", "");
	}

	/**
	 * What a field's aria-describedby names: its hint and its error message, where it has
	 * them.
	 */
	public String describedBy(String id, String hint, boolean failed) {
		var ids = new ArrayList<String>();
		if (hint != null) {
			ids.add(id + "-hint");
		}
		if (failed) {
			ids.add(id + "-error");
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
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

	/**
	 * Errors in the order of the form's fields, as GOV.UK's error summary wants: errors
	 * about the whole form first, then each field's in the order the form class declares
	 * them.
	 */
	public List<DetailedError> inFormOrder(List<DetailedError> errors, Object form) {
		if (form == null) {
			return errors;
		}
		var fields = Arrays.stream(form.getClass().getDeclaredFields()).map(Field::getName).toList();
		return errors.stream().sorted(Comparator.comparingInt(error -> {
			if (error.isGlobal()) {
				return -1;
			}
			int position = fields.indexOf(error.getFieldName().split("[.\\[]")[0]);
			return (position < 0) ? Integer.MAX_VALUE : position;
		})).toList();
	}

	/** The same URL with its page parameter set. */
	public String pageUrl(String baseUrl, int page) {
		return UriComponentsBuilder.fromUriString(baseUrl).replaceQueryParam("page", page).build().toUriString();
	}

	private static String text(Object value) {
		return (value instanceof Enum<?> e) ? e.name() : String.valueOf(value);
	}

}
