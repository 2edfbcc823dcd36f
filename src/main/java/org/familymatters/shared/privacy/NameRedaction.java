package org.familymatters.shared.privacy;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Takes a person's names out of free text (a goal, a note, a minute) when their data is
 * erased: each full name they are known by, and the first word of each (the name people
 * write), as whole words in any case, becomes {@value #ERASED}. Words shorter than two
 * letters are left alone. Pure.
 */
public final class NameRedaction {

	/** What a name is replaced with. */
	public static final String ERASED = "[name erased]";

	private NameRedaction() {
	}

	/**
	 * The text with the names replaced; the text itself when none of them is in it, and
	 * null for null.
	 */
	public static String redact(String text, Collection<String> names) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		var pattern = pattern(names);
		return (pattern != null) ? pattern.matcher(text).replaceAll(ERASED) : text;
	}

	/** Whether the text holds any of the names, as {@link #redact} would find them. */
	public static boolean names(String text, Collection<String> names) {
		var pattern = pattern(names);
		return text != null && pattern != null && pattern.matcher(text).find();
	}

	private static Pattern pattern(Collection<String> names) {
		var words = new LinkedHashSet<String>();
		for (var name : names) {
			if (name == null) {
				continue;
			}
			var full = name.strip().replaceAll("\\s+", " ");
			if (full.length() >= 2) {
				words.add(full);
				var first = full.split(" ")[0];
				if (first.length() >= 2) {
					words.add(first);
				}
			}
		}
		if (words.isEmpty()) {
			return null;
		}
		// The longest first, so that a full name goes before its first word.
		var alternatives = words.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(w -> Pattern.quote(w.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"))
			.toList();
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
