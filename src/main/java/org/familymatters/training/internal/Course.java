package org.familymatters.training.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A course: a multi-agency workshop, a conference or event, or the court desk volunteers'
 * induction, with whom it is for and what those who come away know or can do.
 *
 * @param id the course
 * @param kind what kind of course it is
 * @param title its title
 * @param audience whom it is for
 * @param outcomes what those who come learn
 * @param version for stale saves
 */
public record Course(UUID id, Kind kind, String title, String audience, String outcomes, long version) {

	/** The outcomes one a line, as written (blank lines left out). */
	public List<String> outcomeLines() {
		return outcomes.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** The kinds of course, as the schema names them, with their words. */
	public enum Kind {

		/** A multi-agency workshop. */
		WORKSHOP("Workshop", "A multi-agency workshop, for example on the key facts about prisoners' families"),

		/** A conference or other event. */
		CONFERENCE("Conference or event", "A conference or event whose papers and slides are published afterwards"),

		/** The court desk volunteers' induction. */
		INDUCTION("Volunteers' induction", "The induction training of the court desk volunteers");

		private final String label;

		private final String hint;

		Kind(String label, String hint) {
			this.label = label;
			this.hint = hint;
		}

		public String label() {
			return label;
		}

		public String hint() {
			return hint;
		}

		/** The kind the schema's code names, if any. */
		public static Optional<Kind> of(String code) {
			return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
		}

	}

}
