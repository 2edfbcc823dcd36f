package org.familymatters.family;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person of a family due for release from custody, as a support worker who may change
 * the family sees them.
 *
 * @param familyId the family
 * @param reference its reference, like FM-000012
 * @param episodeId the custody episode
 * @param personId the person in custody
 * @param personName their name
 * @param prisonName the prison, as the episode names it; null when none is recorded
 * @param expectedReleaseOn the day they are expected to be released
 */
public record ReleaseDue(UUID familyId, String reference, UUID episodeId, UUID personId, String personName,
		String prisonName, LocalDate expectedReleaseOn) {
}
