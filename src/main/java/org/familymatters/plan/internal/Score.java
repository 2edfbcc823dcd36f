package org.familymatters.plan.internal;

/**
 * The five points of the service's own scale for a need area of an assessment: how far
 * the family (or the child) is from needing no help there. Our own wording, not a
 * licensed tool's.
 */
public enum Score {

	IN_CRISIS(1, "In crisis: needs help now"), STRUGGLING(2, "Struggling: needs a lot of help"),
	GETTING_HELP(3, "Getting there with help"), MOSTLY_MANAGING(4, "Mostly managing: a little help now and then"),
	MANAGING(5, "Managing well: no help needed");

	private final int points;

	private final String label;

	Score(int points, String label) {
		this.points = points;
		this.label = label;
	}

	public int points() {
		return points;
	}

	public String label() {
		return label;
	}

	/** The score worth {@code points}; refused outside 1 to 5. */
	public static Score of(int points) {
		for (var score : values()) {
			if (score.points == points) {
				return score;
			}
		}
		throw new IllegalArgumentException("A score is from 1 to 5: " + points);
	}

}
