package org.familymatters.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A time in custody of the family's person in custody.
 *
 * @param prisonOrganisationId the organisation (of type PRISON) that the prison is, whose
 * family services the prison module keeps; null when no prison is recorded
 * @param stays the prisons the person has been held in during the episode, earliest
 * first, the last one open (to the present); a move between prisons closes the stay
 * before it on the day before
 */
public record CustodyEpisode(UUID id, UUID personId, UUID prisonId, String prisonName, String prisonNumber,
		LocalDate remandedOn, LocalDate sentencedOn, String sentence, LocalDate expectedReleaseOn, LocalDate releasedOn,
		long version, UUID prisonOrganisationId, List<Stay> stays) {

	public CustodyEpisode {
		stays = (stays != null) ? List.copyOf(stays) : List.of();
	}

	/** Whether the person was moved between prisons during the episode. */
	public boolean moved() {
		return stays.size() > 1;
	}

	/**
	 * A stay in one prison.
	 *
	 * @param prisonId the prison on the reference list
	 * @param prisonName its name
	 * @param from the first day; null when the episode has no remand or sentence date
	 * @param to the last day; null for the stay that goes on
	 */
	public record Stay(UUID prisonId, String prisonName, LocalDate from, LocalDate to) {
	}

}
