package org.familymatters.release.internal;

import java.time.LocalDate;

/**
 * When a release plan may be started (pure: a unit test drives it): for a custody episode
 * that has not ended and has an expected release date, from twelve weeks before that
 * date, and on any later day until the person is released (a release put back is still
 * planned for). The same twelve weeks decide which releases are "coming up".
 */
public final class ReleaseWindow {

	/** How many weeks before the expected release planning may start. */
	public static final int WEEKS = 12;

	private ReleaseWindow() {
	}

	/**
	 * Whether a release plan may be started {@code today} for an episode expected to end
	 * on {@code expectedReleaseOn} (null when not known) and released on
	 * {@code releasedOn} (null while in custody).
	 */
	public static Verdict forStart(LocalDate expectedReleaseOn, LocalDate releasedOn, LocalDate today) {
		if (releasedOn != null) {
			return Verdict.RELEASED;
		}
		if (expectedReleaseOn == null) {
			return Verdict.NO_RELEASE_DATE;
		}
		return today.isBefore(opensOn(expectedReleaseOn)) ? Verdict.TOO_EARLY : Verdict.OPEN;
	}

	/** The first day planning may start for a release expected on that day. */
	public static LocalDate opensOn(LocalDate expectedReleaseOn) {
		return expectedReleaseOn.minusWeeks(WEEKS);
	}

	/** The last day of the releases coming up, seen {@code today}. */
	public static LocalDate comingUpUntil(LocalDate today) {
		return today.plusWeeks(WEEKS);
	}

	/** Whether a release plan may be started, and if not, why. */
	public enum Verdict {

		/** It may be started. */
		OPEN,
		/** The person has been released: the episode has ended. */
		RELEASED,
		/** The episode has no expected release date. */
		NO_RELEASE_DATE,
		/** More than twelve weeks before the expected release. */
		TOO_EARLY

	}

}
