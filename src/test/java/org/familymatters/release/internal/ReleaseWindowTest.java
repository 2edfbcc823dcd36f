package org.familymatters.release.internal;

import java.time.LocalDate;

import org.familymatters.release.internal.ReleaseWindow.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The twelve-week rule on fixed days: a release plan may be started from twelve weeks
 * before the expected release, not a day earlier, and never for an episode that has ended
 * or has no expected release date.
 */
class ReleaseWindowTest {

	static final LocalDate RELEASE = LocalDate.of(2026, 9, 4);

	@Test
	void planningOpensTwelveWeeksBeforeTheExpectedRelease() {
		assertThat(ReleaseWindow.opensOn(RELEASE)).isEqualTo(LocalDate.of(2026, 6, 12));
		assertThat(ReleaseWindow.forStart(RELEASE, null, LocalDate.of(2026, 6, 11))).isEqualTo(Verdict.TOO_EARLY);
		assertThat(ReleaseWindow.forStart(RELEASE, null, LocalDate.of(2026, 6, 12))).isEqualTo(Verdict.OPEN);
		// Ten weeks before, as in the done-when.
		assertThat(ReleaseWindow.forStart(RELEASE, null, RELEASE.minusWeeks(10))).isEqualTo(Verdict.OPEN);
		assertThat(ReleaseWindow.forStart(RELEASE, null, RELEASE)).isEqualTo(Verdict.OPEN);
	}

	@Test
	void aReleasePutBackIsStillPlannedFor() {
		assertThat(ReleaseWindow.forStart(RELEASE, null, RELEASE.plusDays(3))).isEqualTo(Verdict.OPEN);
	}

	@Test
	void anEndedEpisodeOrOneWithNoReleaseDateCannotBePlanned() {
		assertThat(ReleaseWindow.forStart(RELEASE, RELEASE.minusDays(1), RELEASE.minusWeeks(2)))
			.isEqualTo(Verdict.RELEASED);
		assertThat(ReleaseWindow.forStart(null, null, RELEASE)).isEqualTo(Verdict.NO_RELEASE_DATE);
		assertThat(ReleaseWindow.forStart(null, RELEASE, RELEASE)).isEqualTo(Verdict.RELEASED);
	}

	@Test
	void releasesComingUpAreThoseOfTheNextTwelveWeeks() {
		assertThat(ReleaseWindow.comingUpUntil(LocalDate.of(2026, 6, 12))).isEqualTo(RELEASE);
	}

}
