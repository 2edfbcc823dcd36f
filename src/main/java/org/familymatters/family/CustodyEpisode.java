package org.familymatters.family;

import java.time.LocalDate;
import java.util.UUID;

/** A time in custody of the family's person in custody. */
public record CustodyEpisode(UUID id, UUID personId, UUID prisonId, String prisonName, String prisonNumber,
		LocalDate remandedOn, LocalDate sentencedOn, String sentence, LocalDate expectedReleaseOn, LocalDate releasedOn,
		long version) {
}
