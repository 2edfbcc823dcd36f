package org.familymatters.bridges.internal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates of release day and of the outcomes after it, pure: a release is not dated
 * before the sentence (nor the remand) date, nor in the future; an outcome at a follow-up
 * is not dated before the release, nor in the future, and is recorded only once the
 * release is.
 */
public final class ReleaseRule {

	private ReleaseRule() {
	}

	/**
	 * What is wrong with a release date; empty when nothing is.
	 * @param sentencedOn the custody episode's sentence date; null when not on record
	 * @param remandedOn its remand date; null when not on record
	 */
	public static Optional<Problem> release(LocalDate releasedOn, LocalDate sentencedOn, LocalDate remandedOn,
			LocalDate today) {
		if (releasedOn.isAfter(today)) {
			return Optional.of(Problem.IN_FUTURE);
		}
		if (sentencedOn != null && releasedOn.isBefore(sentencedOn)) {
			return Optional.of(Problem.BEFORE_SENTENCE);
		}
		if (remandedOn != null && releasedOn.isBefore(remandedOn)) {
			return Optional.of(Problem.BEFORE_REMAND);
		}
		return Optional.empty();
	}

	/**
	 * What is wrong with the date of an outcome after release; empty when nothing is.
	 * @param releasedOn the release day; null when not yet recorded
	 */
	public static Optional<Problem> followUp(LocalDate knownOn, LocalDate releasedOn, LocalDate today) {
		if (releasedOn == null) {
			return Optional.of(Problem.NOT_RELEASED);
		}
		if (knownOn.isAfter(today)) {
			return Optional.of(Problem.IN_FUTURE);
		}
		if (knownOn.isBefore(releasedOn)) {
			return Optional.of(Problem.BEFORE_RELEASE);
		}
		return Optional.empty();
	}

	/** What is wrong with a date. */
	public enum Problem {

		/** It is after today. */
		IN_FUTURE,

		/** A release before the sentence date. */
		BEFORE_SENTENCE,

		/** A release before the remand date. */
		BEFORE_REMAND,

		/** An outcome before the release. */
		BEFORE_RELEASE,

		/** An outcome with no release recorded yet. */
		NOT_RELEASED;

		/** The message code under a form's field: {@code beforeSentence}. */
		public String code() {
			var words = name().toLowerCase(java.util.Locale.ROOT).split("_");
			var code = new StringBuilder(words[0]);
			for (int i = 1; i < words.length; i++) {
				code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
			}
			return code.toString();
		}

	}

}
