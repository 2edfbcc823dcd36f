package org.familymatters.network.internal;

import java.util.List;
import java.util.UUID;

import org.familymatters.consent.Access;
import org.familymatters.consent.InformationKind;

/**
 * How a family raised at a network meeting is shown to one member, from what the access
 * decision allows them (pure: a unit test drives it through every case).
 * <ul>
 * <li>{@link Level#NAMED}: a member who may see who the family are (their organisation's
 * consent to identity, an approved safeguarding request naming it, or their role as the
 * family's support worker) sees the people the decision shows them, the minute's text and
 * the actions agreed;</li>
 * <li>{@link Level#PUPILS}: a school sees only its own pupils, by name, and nothing else
 * of what was said (a school sees only who its pupils are);</li>
 * <li>{@link Level#ANONYMOUS}: everyone else sees "Family A" and the raising member's
 * summary, that it was discussed, how many actions were agreed and which organisations
 * own them, never a name, the minute's text or an action's description.</li>
 * </ul>
 */
public final class AgendaNaming {

	private AgendaNaming() {
	}

	/** What the member sees of the family, from what the access decision allows them. */
	public static Level level(Access access) {
		if (access == null || !access.allowed()) {
			return Level.ANONYMOUS;
		}
		if (access.onlyPeople() != null) {
			return access.onlyPeople().isEmpty() ? Level.ANONYMOUS : Level.PUPILS;
		}
		return access.sees(InformationKind.IDENTITY) ? Level.NAMED : Level.ANONYMOUS;
	}

	/**
	 * The names shown to the member: of the people their access shows
	 * ({@code seesPerson}), in the family's order; none when the family is shown
	 * anonymised.
	 */
	public static List<String> names(Access access, List<Named> people) {
		if (level(access) == Level.ANONYMOUS) {
			return List.of();
		}
		return people.stream().filter(p -> access.seesPerson(p.id())).map(Named::name).toList();
	}

	/**
	 * The letter of the family raised {@code index}-th (from 0) on a meeting's agenda: A
	 * to Z, then AA, AB and on, the same for every member.
	 */
	public static String letter(int index) {
		if (index < 0) {
			throw new IllegalArgumentException("No letter for " + index);
		}
		var letters = new StringBuilder();
		int n = index;
		do {
			letters.insert(0, (char) ('A' + n % 26));
			n = n / 26 - 1;
		}
		while (n >= 0);
		return letters.toString();
	}

	/** What every member not covered reads: "Family A". */
	public static String anonymised(String letter) {
		return "Family " + letter;
	}

	/** How much of a family a member sees. */
	public enum Level {

		/** "Family A" and the raising member's summary. */
		ANONYMOUS,

		/** A school's own pupils, by name; nothing else of what was said. */
		PUPILS,

		/**
		 * The people the decision shows, the minute's text and the actions agreed.
		 */
		NAMED;

		/** Whether the member sees what was said and agreed. */
		public boolean seesMinutes() {
			return this == NAMED;
		}

	}

	/**
	 * A person of the family, with their name.
	 *
	 * @param id the person
	 * @param name their name as shown
	 */
	public record Named(UUID id, String name) {
	}

}
