package org.familymatters.shared.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules every form, the API and the imports apply to what people type or send: one
 * place, so that a time, an email address or a postcode is accepted or refused the same
 * way everywhere. Each rule trims the value, treats a blank one as not given
 * ({@link Checked#empty()}), and says what is wrong with a bad one. Pure functions:
 * tested without Spring.
 */
public final class Input {

	/** The longest email address (RFC 5321's path limit). */
	public static final int EMAIL_MAX = 254;

	/** The longest web address kept. */
	public static final int WEB_ADDRESS_MAX = 500;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/**
	 * Digits, spaces, brackets and hyphens, optionally after a +: 01865 123456, +44
	 * (0)1865 123456.
	 */
	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,30}$");

	private static final Pattern POSTCODE = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$");

	/** 9:30, 09:30, 9.30 or 17:00 on the 24-hour clock. */
	private static final Pattern TIME = Pattern.compile("^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])$");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("^-?[0-9]{1,9}$");

	private Input() {
	}

	/**
	 * Text, trimmed: refused when longer than {@code max} characters or when it holds a
	 * control character (NUL among them) other than a tab or a line break.
	 */
	public static Checked<String> text(String raw, int max) {
		if (raw == null) {
			return Checked.empty();
		}
		if (hasControlCharacters(raw)) {
			return Checked.failed(InputProblem.CONTROL_CHARACTERS);
		}
		var text = raw.strip();
		if (text.isEmpty()) {
			return Checked.empty();
		}
		if (text.codePointCount(0, text.length()) > max) {
			return Checked.failed(InputProblem.TOO_LONG, max);
		}
		return Checked.of(text);
	}

	/**
	 * Text that must match a format (a time, a postcode): anything too long to match is
	 * that format's problem, not a matter of length ("Enter a time…", never "Enter no
	 * more than 5 characters").
	 */
	private static Checked<String> formatted(String raw, InputProblem problem) {
		var checked = text(raw, 100);
		return (checked.problem() == InputProblem.TOO_LONG) ? Checked.failed(problem) : checked;
	}

	/** The text trimmed, or null when blank; for values that need no other rule. */
	public static String trimmed(String raw) {
		if (raw == null) {
			return null;
		}
		var text = raw.strip();
		return text.isEmpty() ? null : text;
	}

	/**
	 * Whether the text holds a character no keyboard types: C0 and C1 controls but tab
	 * and line breaks.
	 */
	public static boolean hasControlCharacters(String raw) {
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
				return true;
			}
		}
		return false;
	}

	/** A record's identifier (a UUID), as a form's choice or an address sends it. */
	public static Checked<UUID> identifier(String raw) {
		var text = trimmed(raw);
		if (text == null) {
			return Checked.empty();
		}
		if (text.length() != 36 || hasControlCharacters(text)) {
			return Checked.failed(InputProblem.UNKNOWN_CHOICE);
		}
		try {
			return Checked.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Checked.failed(InputProblem.UNKNOWN_CHOICE);
		}
	}

	/** One of a set of choices, found by what the form sends (an enum's name or code). */
	public static <T> Checked<T> choice(String raw, Function<String, Optional<T>> lookup) {
		var text = trimmed(raw);
		if (text == null) {
			return Checked.empty();
		}
		if (hasControlCharacters(text)) {
			return Checked.failed(InputProblem.UNKNOWN_CHOICE);
		}
		return lookup.apply(text).map(Checked::of).orElseGet(() -> Checked.failed(InputProblem.UNKNOWN_CHOICE));
	}

	/** One of an enum's constants, by its name in any case. */
	public static <E extends Enum<E>> Checked<E> choice(String raw, Class<E> type) {
		return choice(raw, text -> {
			for (var constant : type.getEnumConstants()) {
				if (constant.name().equalsIgnoreCase(text)) {
					return Optional.of(constant);
				}
			}
			return Optional.empty();
		});
	}

	/**
	 * An email address: something@somewhere.tld, at most {@value #EMAIL_MAX} characters.
	 */
	public static Checked<String> email(String raw) {
		return text(raw, EMAIL_MAX)
			.then(text -> EMAIL.matcher(text).matches() ? Checked.of(text) : Checked.failed(InputProblem.EMAIL));
	}

	/**
	 * A UK phone number: digits, spaces, brackets and hyphens, 6 to 30 of them,
	 * optionally after +.
	 */
	public static Checked<String> ukPhone(String raw) {
		return formatted(raw, InputProblem.PHONE)
			.then(text -> PHONE.matcher(text).matches() ? Checked.of(text) : Checked.failed(InputProblem.PHONE));
	}

	/** A full UK postcode, in capitals with one space: "ox16 5qb" becomes "OX16 5QB". */
	public static Checked<String> ukPostcode(String raw) {
		return formatted(raw, InputProblem.POSTCODE).then(text -> {
			var matcher = POSTCODE.matcher(text.toUpperCase(Locale.UK));
			return matcher.matches() ? Checked.of(matcher.group(1) + " " + matcher.group(2))
					: Checked.failed(InputProblem.POSTCODE);
		});
	}

	/** A time of day on the 24-hour clock: 9:30, 09:30, 9.30 or 17:00. */
	public static Checked<LocalTime> timeOfDay(String raw) {
		return formatted(raw, InputProblem.TIME).then(text -> {
			var matcher = TIME.matcher(text);
			return matcher.matches()
					? Checked.of(LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
					: Checked.failed(InputProblem.TIME);
		});
	}

	/**
	 * A date from the three parts of a GOV.UK date input: a real date with a four-digit
	 * year. All three blank is not given; some blank, or not a real date, is a problem.
	 */
	public static Checked<LocalDate> date(String day, String month, String year) {
		var d = trimmed(day);
		var m = trimmed(month);
		var y = trimmed(year);
		if (d == null && m == null && y == null) {
			return Checked.empty();
		}
		if (d == null || m == null || y == null || y.length() != 4 || !d.matches("[0-9]{1,2}")
				|| !m.matches("[0-9]{1,2}") || !y.matches("[0-9]{4}")) {
			return Checked.failed(InputProblem.DATE);
		}
		try {
			return Checked.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
		}
		catch (DateTimeException ex) {
			return Checked.failed(InputProblem.DATE);
		}
	}

	/** A date as the API sends it: ISO 8601 (2026-03-27). */
	public static Checked<LocalDate> isoDate(String raw) {
		return formatted(raw, InputProblem.DATE).then(text -> {
			try {
				return Checked.of(LocalDate.parse(text));
			}
			catch (DateTimeException ex) {
				return Checked.failed(InputProblem.DATE);
			}
		});
	}

	/** A whole number from {@code min} to {@code max}. */
	public static Checked<Integer> wholeNumber(String raw, int min, int max) {
		return formatted(raw, InputProblem.NUMBER).then(text -> {
			if (!WHOLE_NUMBER.matcher(text).matches()) {
				return Checked.failed(InputProblem.NUMBER, max);
			}
			int number = Integer.parseInt(text);
			return (number >= min && number <= max) ? Checked.of(number) : Checked.failed(InputProblem.NUMBER, max);
		});
	}

	/**
	 * A web address starting http:// or https:// with a host, at most
	 * {@value #WEB_ADDRESS_MAX} characters.
	 */
	public static Checked<String> webAddress(String raw) {
		return text(raw, WEB_ADDRESS_MAX).then(text -> {
			try {
				var uri = new URI(text);
				var scheme = uri.getScheme();
				if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
						&& uri.getHost() != null && !text.contains(" ")) {
					return Checked.of(text);
				}
			}
			catch (URISyntaxException ex) {
				// Not an address at all.
			}
			return Checked.failed(InputProblem.WEB_ADDRESS);
		});
	}

}
