package org.familymatters.shared.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.familymatters.shared.input.Checked;
import org.familymatters.shared.input.Input;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The one way a form is checked: each field through the {@link Input} rules, each problem
 * put on its field for the GOV.UK error summary and the field's message, so that a
 * handler binds, checks, and either shows the form again or saves. See docs/pages.md.
 * <p>
 * A problem's words are looked up under the form's own code for the field first
 * ({@code <prefix>.<field>.<problem>}, e.g. {@code family.postcode.postcode}), then under
 * the general {@code input.<problem>}. A required field that is empty uses
 * {@code <prefix>.<field>.required}, which every required field should define, since only
 * the form knows what to ask for ("Enter the person's first name").
 * <p>
 * For one element of a list (the second person on a referral), {@link #nested} checks the
 * fields under its path with its own prefix.
 */
public final class FormCheck {

	private final BindingResult errors;

	private final String prefix;

	private final String path;

	private FormCheck(BindingResult errors, String prefix, String path) {
		this.errors = Objects.requireNonNull(errors, "errors");
		this.prefix = Objects.requireNonNull(prefix, "prefix");
		this.path = path;
	}

	/**
	 * A check of a form whose binding result is {@code errors} and whose messages start
	 * with {@code prefix}.
	 */
	public static FormCheck of(BindingResult errors, String prefix) {
		return new FormCheck(errors, prefix, "");
	}

	/**
	 * The fields of one part of the form, under {@code path} (e.g. {@code people[1]}),
	 * with their own prefix.
	 */
	public FormCheck nested(String nestedPath, String nestedPrefix) {
		return new FormCheck(errors, nestedPrefix, path + nestedPath + ".");
	}

	/** Optional text, trimmed; null when blank. */
	public String text(String field, String value, int max) {
		return take(field, Input.text(value, max));
	}

	/** Text that must be given. */
	public String requiredText(String field, String value, int max) {
		return take(field, Input.text(value, max).required());
	}

	/** An optional choice by identifier (a select or radios whose values are ids). */
	public UUID identifier(String field, String value) {
		return take(field, Input.identifier(value));
	}

	/** A choice by identifier that must be made. */
	public UUID requiredIdentifier(String field, String value) {
		return take(field, Input.identifier(value).required());
	}

	/**
	 * Several choices by identifier (checkboxes); a value that is not an identifier is a
	 * problem.
	 */
	public List<UUID> identifiers(String field, List<String> values) {
		var ids = new ArrayList<UUID>();
		if (values == null) {
			return ids;
		}
		for (var value : values) {
			var checked = Input.identifier(value);
			if (checked.failed()) {
				reject(field, checked);
				return List.of();
			}
			checked.toOptional().filter(id -> !ids.contains(id)).ifPresent(ids::add);
		}
		return ids;
	}

	/** An optional choice among an enum's constants (by name, in any case). */
	public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
		return take(field, Input.choice(value, type));
	}

	/** A choice among an enum's constants that must be made. */
	public <E extends Enum<E>> E requiredChoice(String field, String value, Class<E> type) {
		return take(field, Input.choice(value, type).required());
	}

	/** An optional choice found by what the form sends. */
	public <T> T choice(String field, String value, Function<String, Optional<T>> lookup) {
		return take(field, Input.choice(value, lookup));
	}

	/** A choice found by what the form sends, that must be made. */
	public <T> T requiredChoice(String field, String value, Function<String, Optional<T>> lookup) {
		return take(field, Input.choice(value, lookup).required());
	}

	public String email(String field, String value) {
		return take(field, Input.email(value));
	}

	public String requiredEmail(String field, String value) {
		return take(field, Input.email(value).required());
	}

	public String phone(String field, String value) {
		return take(field, Input.ukPhone(value));
	}

	public String postcode(String field, String value) {
		return take(field, Input.ukPostcode(value));
	}

	public String webAddress(String field, String value) {
		return take(field, Input.webAddress(value));
	}

	public LocalTime time(String field, String value) {
		return take(field, Input.timeOfDay(value));
	}

	public LocalTime requiredTime(String field, String value) {
		return take(field, Input.timeOfDay(value).required());
	}

	/** An optional date from a GOV.UK date input. */
	public LocalDate date(String field, DateParts parts) {
		return take(field, dateOf(parts));
	}

	/** A date from a GOV.UK date input that must be given. */
	public LocalDate requiredDate(String field, DateParts parts) {
		return take(field, dateOf(parts).required());
	}

	/** An optional whole number from {@code min} to {@code max}. */
	public Integer number(String field, String value, int min, int max) {
		return take(field, Input.wholeNumber(value, min, max));
	}

	public Integer requiredNumber(String field, String value, int min, int max) {
		return take(field, Input.wholeNumber(value, min, max).required());
	}

	/** The value of a rule applied elsewhere, its problem (if any) put on the field. */
	public <T> T take(String field, Checked<T> checked) {
		if (checked.failed()) {
			reject(field, checked);
			return null;
		}
		return checked.value();
	}

	/**
	 * A problem the form found itself (a rule of the service, not of the input), under
	 * {@code <prefix>.<field>.<what>} or, when {@code what} has a dot, the code as given.
	 */
	public void reject(String field, String what, Object... arguments) {
		if (errors.hasFieldErrors(path + field)) {
			return;
		}
		var code = what.contains(".") ? what : prefix + "." + field + "." + what;
		errors.rejectValue(path + field, code, arguments, null);
	}

	/** A problem with the whole form, shown at the top of the error summary. */
	public void rejectForm(String code, Object... arguments) {
		errors.reject(code, arguments, null);
	}

	/** Whether any field, or the form, has a problem. */
	public boolean failed() {
		return errors.hasErrors();
	}

	/**
	 * Whether this field has a problem already (so a later rule need not add another).
	 */
	public boolean failed(String field) {
		return errors.hasFieldErrors(path + field);
	}

	/**
	 * Saves, unless someone else changed the record since the form was shown: then
	 * nothing is saved, the form says so at the top ({@code record.changedElsewhere}),
	 * and this answers false.
	 * @see org.familymatters.shared.StaleSave
	 */
	public boolean saved(Runnable save) {
		try {
			save.run();
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			rejectForm("record.changedElsewhere");
			return false;
		}
	}

	private void reject(String field, Checked<?> checked) {
		var full = path + field;
		if (errors.hasFieldErrors(full)) {
			return;
		}
		var problem = checked.problem();
		// The field's own words if the form has them, else the general ones.
		var codes = new String[] { problem.codeFor(prefix + "." + field), problem.code() };
		Object[] arguments = (checked.limit() != null) ? new Object[] { checked.limit() } : new Object[0];
		errors.addError(new FieldError(errors.getObjectName(), full, errors.getRawFieldValue(full), false, codes,
				arguments, null));
	}

	private static Checked<LocalDate> dateOf(DateParts parts) {
		return (parts != null) ? Input.date(parts.getDay(), parts.getMonth(), parts.getYear()) : Checked.empty();
	}

}
