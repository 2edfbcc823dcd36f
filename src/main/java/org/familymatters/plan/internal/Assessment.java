package org.familymatters.plan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A needs assessment of a family, or of one person in it.
 *
 * @param personId the person assessed; null for the whole family
 * @param kind {@code first}, {@code review} or {@code closing}
 * @param fromReferralId the referral whose needs a first assessment started from; null
 * for none
 * @param scores the need areas scored, in the areas' order
 */
public record Assessment(UUID id, UUID familyId, UUID personId, LocalDate assessedOn, String kind, UUID fromReferralId,
		String assessedByName, List<AreaScore> scores) {

	/** The kind in words. */
	public String kindLabel() {
		return switch (kind) {
			case "first" -> "First assessment";
			case "closing" -> "Closing assessment";
			default -> "Review assessment";
		};
	}

	/**
	 * One need area of an assessment.
	 *
	 * @param score the score on the scale
	 * @param note the worker's note; null for none
	 * @param familyView the family's own view, in their words; null for none
	 */
	public record AreaScore(UUID needAreaId, Score score, String note, String familyView) {
	}

	/**
	 * An assessment to record.
	 *
	 * @param personId the person assessed; null for the whole family
	 * @param fromReferralId the referral a first assessment started from; null for none
	 */
	public record New(UUID personId, LocalDate assessedOn, UUID fromReferralId, List<AreaScore> scores) {
	}

}
