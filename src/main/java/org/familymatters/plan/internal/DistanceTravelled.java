package org.familymatters.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A family's distance travelled: its first assessment against its latest, per need area,
 * for the family as a whole (assessments of no one person) and for each person assessed
 * at least twice. A change is the latest score less the first: +2 is two points better, 0
 * the same, -1 a point worse. A need area scored in only one of the two has no change.
 * Pure: tested without Spring.
 */
public final class DistanceTravelled {

	private DistanceTravelled() {
	}

	/**
	 * The comparisons: the family's first (if it was assessed at least twice), then one
	 * per person assessed at least twice, in the order the people are given.
	 * @param assessments the family's assessments, in any order
	 * @param areas every need area, in the order they are shown
	 * @param people the family's people in their order (for the order of comparisons)
	 */
	public static List<Comparison> of(List<Assessment> assessments, List<NeedArea> areas, List<UUID> people) {
		var bySubject = new LinkedHashMap<UUID, List<Assessment>>();
		bySubject.put(null, new ArrayList<>());
		people.forEach(p -> bySubject.put(p, new ArrayList<>()));
		for (var assessment : assessments) {
			bySubject.computeIfAbsent(assessment.personId(), p -> new ArrayList<>()).add(assessment);
		}
		var comparisons = new ArrayList<Comparison>();
		bySubject.forEach((person, theirs) -> {
			if (theirs.size() >= 2) {
				theirs.sort(Assessment.ORDER);
				comparisons.add(compare(person, theirs.get(0), theirs.get(theirs.size() - 1), theirs.size(), areas));
			}
		});
		return List.copyOf(comparisons);
	}

	/** The first assessment against the latest, per need area scored in either. */
	static Comparison compare(UUID personId, Assessment first, Assessment latest, int count, List<NeedArea> areas) {
		var rows = new ArrayList<Row>();
		for (var area : areas) {
			var before = first.scores().get(area.id());
			var after = latest.scores().get(area.id());
			if (before != null || after != null) {
				rows.add(new Row(area, before, after));
			}
		}
		return new Comparison(personId, first.assessedOn(), latest.assessedOn(), count, rows);
	}

	/**
	 * One assessment as the comparison needs it.
	 *
	 * @param id the assessment
	 * @param personId the person assessed, or null for the family
	 * @param assessedOn when
	 * @param sequence its place among assessments of the same day (when recorded)
	 * @param scores the score (1 to 5) of each need area scored, by need area
	 */
	public record Assessment(UUID id, UUID personId, LocalDate assessedOn, long sequence, Map<UUID, Integer> scores) {

		static final Comparator<Assessment> ORDER = Comparator.comparing(Assessment::assessedOn)
			.thenComparingLong(Assessment::sequence);

		public Assessment {
			Objects.requireNonNull(assessedOn, "assessedOn");
			scores = Map.copyOf(scores);
		}

	}

	/**
	 * A first assessment against the latest.
	 *
	 * @param personId the person compared, or null for the family
	 * @param firstOn when the first was made
	 * @param latestOn when the latest was made
	 * @param assessments how many assessments there are between them, both included
	 * @param rows a row per need area scored in either, in the areas' order
	 */
	public record Comparison(UUID personId, LocalDate firstOn, LocalDate latestOn, int assessments, List<Row> rows) {

		public Comparison {
			rows = List.copyOf(rows);
		}

		/** How many need areas are better, the same and worse. */
		public OutcomeGroup summary() {
			return OutcomeGroup.of("all", "All need areas",
					rows.stream().filter(r -> r.change() != null).map(Row::change).toList());
		}

	}

	/**
	 * One need area of a comparison.
	 *
	 * @param area the need area
	 * @param first its score in the first assessment, or null if it was not scored
	 * @param latest its score in the latest, or null if it was not scored
	 */
	public record Row(NeedArea area, Integer first, Integer latest) {

		/** The latest score less the first; null unless both were scored. */
		public Integer change() {
			return (first != null && latest != null) ? latest - first : null;
		}

		/** The change as shown: +2, 0, -1; "not compared" without both scores. */
		public String shownChange() {
			var change = change();
			if (change == null) {
				return "not compared";
			}
			return (change > 0) ? "+" + change : Integer.toString(change);
		}

		/** The change in words, for the table: "2 points better", "the same". */
		public String changeInWords() {
			var change = change();
			if (change == null) {
				return (first != null) ? "not scored in the latest assessment"
						: "first scored in the latest assessment";
			}
			if (change == 0) {
				return "the same";
			}
			var points = Math.abs(change) + ((Math.abs(change) == 1) ? " point " : " points ");
			return points + ((change > 0) ? "better" : "worse");
		}

	}

}
