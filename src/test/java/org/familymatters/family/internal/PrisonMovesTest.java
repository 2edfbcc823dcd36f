package org.familymatters.family.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.CustodyEpisode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for a move between prisons, without Spring or a database. */
class PrisonMovesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final UUID BULLINGDON = UUID.randomUUID();

	static final UUID WOODHILL = UUID.randomUUID();

	static final UUID GRENDON = UUID.randomUUID();

	static CustodyEpisode episode(LocalDate remanded, LocalDate sentenced, LocalDate released,
			CustodyEpisode.Stay... stays) {
		var current = (stays.length > 0) ? stays[stays.length - 1] : null;
		return new CustodyEpisode(UUID.randomUUID(), UUID.randomUUID(), (current != null) ? current.prisonId() : null,
				(current != null) ? current.prisonName() : null, "A1234BC", remanded, sentenced, "3 years", null,
				released, 0, null, List.of(stays));
	}

	static CustodyEpisode.Stay stay(UUID prison, String name, LocalDate from, LocalDate to) {
		return new CustodyEpisode.Stay(prison, name, from, to);
	}

	@Test
	void aMoveAfterTheCurrentStayBeganIsAllowed() {
		var episode = episode(LocalDate.of(2026, 1, 10), null, null,
				stay(BULLINGDON, "HMP Bullingdon", LocalDate.of(2026, 1, 10), null));
		assertThat(PrisonMoves.check(episode, WOODHILL, LocalDate.of(2026, 3, 1), TODAY)).isEmpty();
		assertThat(PrisonMoves.check(episode, WOODHILL, LocalDate.of(2026, 1, 11), TODAY)).isEmpty();
		assertThat(PrisonMoves.check(episode, WOODHILL, TODAY, TODAY)).isEmpty();
	}

	@Test
	void aMoveToThePrisonTheyAreInIsRefusedByThePrison() {
		var episode = episode(LocalDate.of(2026, 1, 10), null, null,
				stay(BULLINGDON, "HMP Bullingdon", LocalDate.of(2026, 1, 10), null));
		assertThat(PrisonMoves.check(episode, BULLINGDON, LocalDate.of(2026, 3, 1), TODAY))
			.containsExactly(new PrisonMoves.Refusal("prisonId", "samePrison", "HMP Bullingdon"));
	}

	@Test
	void aMoveThatOverlapsAStayIsRefusedByTheDate() {
		var episode = episode(LocalDate.of(2026, 1, 10), null, null,
				stay(BULLINGDON, "HMP Bullingdon", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 28)),
				stay(WOODHILL, "HMP Woodhill", LocalDate.of(2026, 3, 1), null));
		// On the day the current stay began, or before it, the stays would overlap.
		assertThat(PrisonMoves.check(episode, GRENDON, LocalDate.of(2026, 3, 1), TODAY))
			.containsExactly(new PrisonMoves.Refusal("movedOn", "overlaps", LocalDate.of(2026, 3, 1)));
		assertThat(PrisonMoves.check(episode, GRENDON, LocalDate.of(2026, 2, 1), TODAY))
			.containsExactly(new PrisonMoves.Refusal("movedOn", "overlaps", LocalDate.of(2026, 3, 1)));
		assertThat(PrisonMoves.check(episode, GRENDON, LocalDate.of(2026, 3, 2), TODAY)).isEmpty();
	}

	@Test
	void aMoveBeforeTheRemandOrElseTheSentenceIsRefused() {
		var remanded = episode(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 1), null,
				stay(BULLINGDON, "HMP Bullingdon", null, null));
		assertThat(PrisonMoves.check(remanded, WOODHILL, LocalDate.of(2026, 1, 9), TODAY))
			.containsExactly(new PrisonMoves.Refusal("movedOn", "beforeCustody", LocalDate.of(2026, 1, 10)));
		var sentencedOnly = episode(null, LocalDate.of(2026, 4, 1), null,
				stay(BULLINGDON, "HMP Bullingdon", null, null));
		assertThat(PrisonMoves.check(sentencedOnly, WOODHILL, LocalDate.of(2026, 3, 31), TODAY))
			.containsExactly(new PrisonMoves.Refusal("movedOn", "beforeCustody", LocalDate.of(2026, 4, 1)));
		// A stay with no first day (an episode with neither date) overlaps nothing.
		var undated = episode(null, null, null, stay(BULLINGDON, "HMP Bullingdon", null, null));
		assertThat(PrisonMoves.check(undated, WOODHILL, LocalDate.of(2020, 1, 1), TODAY)).isEmpty();
	}

	@Test
	void aMoveInTheFutureOrAfterTheReleaseIsRefused() {
		var episode = episode(LocalDate.of(2026, 1, 10), null, LocalDate.of(2026, 5, 1),
				stay(BULLINGDON, "HMP Bullingdon", LocalDate.of(2026, 1, 10), null));
		assertThat(PrisonMoves.check(episode, WOODHILL, TODAY.plusDays(1), TODAY))
			.containsExactly(new PrisonMoves.Refusal("movedOn", "future", null));
		assertThat(PrisonMoves.check(episode, WOODHILL, LocalDate.of(2026, 5, 2), TODAY))
			.containsExactly(new PrisonMoves.Refusal("movedOn", "afterRelease", LocalDate.of(2026, 5, 1)));
		assertThat(PrisonMoves.check(episode, WOODHILL, LocalDate.of(2026, 5, 1), TODAY)).isEmpty();
	}

	@Test
	void theSamePrisonAndABadDateAreBothSaid() {
		var episode = episode(LocalDate.of(2026, 1, 10), null, null,
				stay(BULLINGDON, "HMP Bullingdon", LocalDate.of(2026, 1, 10), null));
		assertThat(PrisonMoves.check(episode, BULLINGDON, LocalDate.of(2026, 1, 1), TODAY))
			.extracting(PrisonMoves.Refusal::field)
			.containsExactly("prisonId", "movedOn");
	}

	@Test
	void theFirstStayOfAnEpisodeWithNoPrisonIsAllowedFromItsStart() {
		var episode = episode(LocalDate.of(2026, 1, 10), null, null);
		assertThat(PrisonMoves.check(episode, WOODHILL, LocalDate.of(2026, 1, 10), TODAY)).isEmpty();
		assertThat(PrisonMoves.began(episode)).isEqualTo(LocalDate.of(2026, 1, 10));
	}

}
