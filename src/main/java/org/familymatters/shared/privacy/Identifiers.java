package org.familymatters.shared.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How a module recognises the person a subject access request is about among the records
 * it keeps by name, e-mail address or phone number rather than by the family module's
 * ids: the same rules for every module, so that each finds the same person.
 * <ul>
 * <li>a <b>name</b> matches as a whole name (given and family names together), whatever
 * the case and the spaces between the words: "kerry WHITLOCK" is Kerry Whitlock, "Kerry"
 * alone is nobody;</li>
 * <li>an <b>e-mail address</b> matches whatever its case and the spaces around it;</li>
 * <li>a <b>phone number</b> matches by its digits, a UK number written with +44 or 0044
 * being the same as with 0: "+44 7700 900123" is 07700900123;</li>
 * <li>a <b>date of birth</b> rules a name out only when both are known and differ (two
 * people of the same name).</li>
 * </ul>
 * Pure: no Spring, no database. The modules' SQL narrows the rows by the
 * {@linkplain #familyNameCandidates() last words} of the names, the e-mail and the
 * phone's digits; these rules decide.
 */
public final class Identifiers {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern NOT_DIGITS = Pattern.compile("\\D");

	private static final Pattern PARAGRAPHS = Pattern.compile("\\R\\s*\\R|\\R");

	/** What a redacted name is replaced by in free text. */
	public static final String REDACTED_NAME = "[another person]";

	private final Set<String> names;

	private final String email;

	private final String phone;

	private final LocalDate dateOfBirth;

	private Identifiers(Set<String> names, String email, String phone, LocalDate dateOfBirth) {
		this.names = names;
		this.email = email;
		this.phone = phone;
		this.dateOfBirth = dateOfBirth;
	}

	/** The person's identifiers, normalised. */
	public static Identifiers of(DataSubject subject) {
		var names = new LinkedHashSet<String>();
		for (var name : subject.names()) {
			var normal = name(name);
			if (normal.contains(" ")) {
				names.add(normal);
			}
		}
		return new Identifiers(Set.copyOf(names), email(subject.email()), phone(subject.phone()),
				subject.dateOfBirth());
	}

	/** A name lower-cased, trimmed, with one space between words; "" for none. */
	public static String name(String name) {
		if (name == null) {
			return "";
		}
		return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	/** A whole name from a given name and a family name, normalised. */
	public static String name(String givenName, String familyName) {
		return name(((givenName != null) ? givenName : "") + " " + ((familyName != null) ? familyName : ""));
	}

	/** An e-mail address lower-cased and trimmed; "" for none. */
	public static String email(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * A phone number's digits, a UK number's +44 or 0044 (and a "(0)" after it) written
	 * as 0; "" for none.
	 */
	public static String phone(String phone) {
		if (phone == null) {
			return "";
		}
		var digits = NOT_DIGITS.matcher(phone).replaceAll("");
		String national;
		if (digits.startsWith("0044")) {
			national = digits.substring(4);
		}
		else if (digits.startsWith("44") && phone.strip().startsWith("+")) {
			national = digits.substring(2);
		}
		else {
			return digits;
		}
		return national.startsWith("0") ? national : "0" + national;
	}

	/** The person's whole names, normalised; empty when they gave only one word. */
	public Set<String> names() {
		return names;
	}

	/** Their e-mail address, normalised; "" when they gave none. */
	public String email() {
		return email;
	}

	/** Their phone number's digits; "" when they gave none. */
	public String phone() {
		return phone;
	}

	/**
	 * What a family name column may hold, lower-cased, if the row is theirs: each whole
	 * name's last word, last two words and so on ("kerry ann whitlock" gives "whitlock"
	 * and "ann whitlock"), for a module's SQL to narrow its rows before {@link #isNamed}
	 * decides.
	 */
	public Set<String> familyNameCandidates() {
		var candidates = new LinkedHashSet<String>();
		for (var name : names) {
			var words = name.split(" ");
			for (int first = words.length - 1; first >= 1; first--) {
				candidates.add(String.join(" ", List.of(words).subList(first, words.length)));
			}
		}
		return candidates;
	}

	/** The last word of each of their names, for narrowing free text in SQL. */
	public Set<String> lastWords() {
		var words = new LinkedHashSet<String>();
		for (var name : names) {
			words.add(name.substring(name.lastIndexOf(' ') + 1));
		}
		return words;
	}

	/**
	 * The {@linkplain #familyNameCandidates() family name candidates} for an SQL
	 * {@code in (:names)}: never empty ("" matches no family name a module keeps).
	 */
	public Set<String> familyNamesForSql() {
		var candidates = familyNameCandidates();
		return candidates.isEmpty() ? Set.of("") : candidates;
	}

	/**
	 * The last ten digits of their phone number, for an SQL comparison with the last ten
	 * digits of a number kept ("" when they gave none: compare only when not empty).
	 */
	public String phoneTail() {
		return (phone.length() > 10) ? phone.substring(phone.length() - 10) : phone;
	}

	/** Texts for an SQL {@code in (:texts)}: never empty ("" stands for none). */
	public static Set<String> textsForSql(Set<String> texts) {
		return texts.isEmpty() ? Set.of("") : texts;
	}

	/** Ids for an SQL {@code in (:ids)}: never empty (the nil UUID matches nothing). */
	public static Set<UUID> idsForSql(Set<UUID> ids) {
		return ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids;
	}

	/** Whether a whole name is one of theirs. */
	public boolean isNamed(String fullName) {
		return !names.isEmpty() && names.contains(name(fullName));
	}

	/** Whether a given name and a family name together are one of their names. */
	public boolean isNamed(String givenName, String familyName) {
		return isNamed(name(givenName, familyName));
	}

	/**
	 * Whether a record naming someone (with a date of birth or none) is about them: the
	 * whole name is theirs, and the dates of birth do not differ.
	 */
	public boolean isNamed(String givenName, String familyName, LocalDate bornOn) {
		return isNamed(givenName, familyName) && (dateOfBirth == null || bornOn == null || dateOfBirth.equals(bornOn));
	}

	/** Whether an e-mail address is theirs. */
	public boolean hasEmail(String other) {
		return !email.isEmpty() && email.equals(email(other));
	}

	/** Whether a phone number is theirs. */
	public boolean hasPhone(String other) {
		return !phone.isEmpty() && phone.equals(phone(other));
	}

	/** Whether a text names them: one of their whole names, as words. */
	public boolean namedIn(String text) {
		return text != null && names.stream().anyMatch(name -> wholeWords(name).matcher(text).find());
	}

	/**
	 * The passages (lines or paragraphs) of a text that name them, in order; nothing of
	 * the rest.
	 */
	public List<String> passagesNaming(String text) {
		var passages = new ArrayList<String>();
		if (text == null) {
			return passages;
		}
		for (var passage : PARAGRAPHS.split(text)) {
			if (!passage.isBlank() && namedIn(passage)) {
				passages.add(passage.strip());
			}
		}
		return passages;
	}

	/**
	 * A free text with other people's names, each as a whole word or words and in any
	 * case, replaced by {@value #REDACTED_NAME}; longer names first, so that "Mia
	 * Whitlock" goes whole before "Mia". A name that is also one of the person's own
	 * words (a shared family name) is left: it says nothing about anyone else alone.
	 */
	public String withoutNames(String text, Collection<String> otherNames) {
		if (text == null || text.isBlank()) {
			return text;
		}
		var own = new LinkedHashSet<String>();
		names.forEach(name -> own.addAll(List.of(name.split(" "))));
		var hidden = otherNames.stream()
			.map(Identifiers::name)
			.filter(name -> !name.isEmpty() && !own.contains(name) && !names.contains(name))
			.distinct()
			.sorted((a, b) -> Integer.compare(b.length(), a.length()))
			.toList();
		var result = text;
		for (var name : hidden) {
			result = wholeWords(name).matcher(result).replaceAll(REDACTED_NAME);
		}
		return result;
	}

	private static Pattern wholeWords(String normalisedName) {
		var words = normalisedName.split(" ");
		var pattern = new StringBuilder("(?<![\\p{L}\\p{N}])");
		for (int i = 0; i < words.length; i++) {
			if (i > 0) {
				pattern.append("\\s+");
			}
			pattern.append(Pattern.quote(words[i]));
		}
		pattern.append("(?![\\p{L}\\p{N}])");
		return Pattern.compile(pattern.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
