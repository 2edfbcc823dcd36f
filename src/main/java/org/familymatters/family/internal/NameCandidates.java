package org.familymatters.family.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ways a text could name a person in full, "given family", for looking them up by
 * their names: every run of two to {@value #MOST_WORDS} words of the text next to each
 * other (with nothing but spaces between them), split at each point into a given name and
 * a family name, lower-cased. Words are letters, with apostrophes and hyphens inside them
 * ("O'Neil", "Smith-Jones"); anything else (a comma, a full stop, a line's end with
 * punctuation) ends a run. Pure, so unit-tested without a database.
 */
public final class NameCandidates {

	/** The most words a full name is looked for in ("Mary Ann Smith-Jones" is three). */
	static final int MOST_WORDS = 4;

	/** The most words of a text looked at: more than a message may hold. */
	static final int MOST_WORDS_READ = 5000;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*");

	private static final Pattern SPACES = Pattern.compile("[ \\t]+|[ \\t]*\\R[ \\t]*");

	private final List<Candidate> candidates;

	private NameCandidates(List<Candidate> candidates) {
		this.candidates = candidates;
	}

	/** The candidates of a text (none for null or blank text). */
	public static NameCandidates of(String text) {
		if (text == null || text.isBlank()) {
			return new NameCandidates(List.of());
		}
		var words = new ArrayList<Word>();
		var matcher = WORD.matcher(text);
		while (matcher.find() && words.size() < MOST_WORDS_READ) {
			boolean joined = !words.isEmpty()
					&& SPACES.matcher(text.subSequence(words.get(words.size() - 1).end(), matcher.start())).matches();
			words.add(new Word(matcher.group(), matcher.start(), matcher.end(), joined));
		}
		var found = new ArrayList<Candidate>();
		for (int first = 0; first < words.size(); first++) {
			for (int last = first + 1; last < words.size() && last - first < MOST_WORDS; last++) {
				if (!words.get(last).joinedToPrevious()) {
					break;
				}
				var shown = text.substring(words.get(first).start(), words.get(last).end());
				for (int split = first + 1; split <= last; split++) {
					found.add(new Candidate(join(words, first, split), join(words, split, last + 1), shown));
				}
			}
		}
		return new NameCandidates(List.copyOf(found));
	}

	/** Every candidate, in the order of the text. */
	public List<Candidate> all() {
		return candidates;
	}

	/**
	 * The words of the text (as typed) of the candidates whose names {@code onRecord}
	 * holds (as {@link Candidate#key()}), each once whatever its case, in the order of
	 * the text.
	 */
	public List<String> matching(Set<String> onRecord) {
		var shown = new LinkedHashMap<String, String>();
		for (var candidate : candidates) {
			if (onRecord.contains(candidate.key())) {
				var words = candidate.shown().replaceAll("\\s+", " ");
				shown.putIfAbsent(words.replace('’', '\'').toLowerCase(Locale.ROOT), words);
			}
		}
		return List.copyOf(shown.values());
	}

	private static String join(List<Word> words, int from, int to) {
		var joined = new StringBuilder();
		for (int i = from; i < to; i++) {
			if (i > from) {
				joined.append(' ');
			}
			joined.append(words.get(i).text().replace('’', '\'').toLowerCase(Locale.ROOT));
		}
		return joined.toString();
	}

	/**
	 * A given name and a family name the text could mean, lower-cased, and the words of
	 * the text they come from.
	 */
	public record Candidate(String given, String family, String shown) {

		/** The pair as one text, for a set of the pairs on record. */
		public String key() {
			return key(given, family);
		}

		public static String key(String given, String family) {
			return given + "\u0000" + family;
		}

	}

	private record Word(String text, int start, int end, boolean joinedToPrevious) {
	}

}
