package org.familymatters.directory.internal;

import java.util.regex.Pattern;

import org.familymatters.shared.input.Checked;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.input.InputProblem;
import org.familymatters.shared.web.BadRequest;

import org.springframework.stereotype.Component;

/**
 * How much search text the public search and the Open Referral API take
 * ({@code familymatters.directory.search.*}): at most so many characters and so many
 * words, checked before anything reaches the database, so that no search can make the
 * database correct thousands of words.
 */
@Component
public class SearchLimits {

	/** Words as the search splits them: runs of letters and digits. */
	private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final DirectoryProperties properties;

	SearchLimits(DirectoryProperties properties) {
		this.properties = properties;
	}

	public int maxCharacters() {
		return properties.getSearch().getMaxCharacters();
	}

	public int maxWords() {
		return properties.getSearch().getMaxWords();
	}

	/** Whether the text has more words than a search takes. */
	public boolean tooManyWords(String text) {
		return text != null && words(text) > maxWords();
	}

	/**
	 * The search text of an API request, trimmed (null for none).
	 * @throws BadRequest naming the parameter, when it is too long, has too many words or
	 * holds control characters
	 */
	public String apiSearch(String parameter, String raw) {
		Checked<String> checked = Input.text(raw, maxCharacters());
		if (checked.failed()) {
			throw new BadRequest(parameter,
					(checked.problem() == InputProblem.TOO_LONG)
							? parameter + " must be no more than " + maxCharacters() + " characters"
							: parameter + " must be text without control characters");
		}
		var text = checked.value();
		if (tooManyWords(text)) {
			throw new BadRequest(parameter, parameter + " must be no more than " + maxWords() + " words");
		}
		return text;
	}

	static int words(String text) {
		int words = 0;
		for (var part : BETWEEN_WORDS.split(text)) {
			if (!part.isEmpty()) {
				words++;
			}
		}
		return words;
	}

}
