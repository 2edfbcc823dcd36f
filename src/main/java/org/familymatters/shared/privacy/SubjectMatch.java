package org.familymatters.shared.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a module that does not keep the family module's person ids finds a
 * {@link DataSubject}'s rows by what they told us, the same way in every module: an
 * e-mail address in any case, a phone number by its digits (+44 read as 0), a name by its
 * words in any case. Pure.
 */
public final class SubjectMatch {

	/**
	 * The SQL expression that turns a phone column into the digits {@link #phoneDigits}
	 * gives, for {@code <expression> = :phone}.
	 */
	public static final String PHONE_SQL = "regexp_replace(regexp_replace(%s, '\\D', '', 'g'), '^44', '0')";

	private SubjectMatch() {
	}

	/** The phone number's digits, +44 read as 0; null when none. */
	public static String phoneDigits(String phone) {
		if (phone == null) {
			return null;
		}
		var digits = phone.replaceAll("\\D", "").replaceFirst("^44", "0");
		return digits.isEmpty() ? null : digits;
	}

	/** The e-mail address in lower case; null when none. */
	public static String email(String email) {
		return (email == null || email.isBlank()) ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Every name the person is known by, in lower case with single spaces, for
	 * {@code lower(given || ' ' || family) in (:names)}.
	 */
	public static Set<String> names(DataSubject subject) {
		return subject.names()
			.stream()
			.filter(n -> n != null && !n.isBlank())
			.map(n -> n.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	/** The SQL of {@link #PHONE_SQL} for a column. */
	public static String phoneSql(String column) {
		return PHONE_SQL.formatted(column);
	}

}
