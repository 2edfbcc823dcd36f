package org.familymatters.release.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A custody episode's release plan as kept; a section not filled in yet is null.
 *
 * @param id the plan
 * @param episodeId the custody episode
 * @param familyId the family
 * @param personId the person in custody
 * @param startedOn when it was started
 * @param startedByName who started it
 * @param living where the person will live
 * @param address the other address, when they will live at one
 * @param childrenLiveThere whether the children live there
 * @param familyView the family's view, in their words
 * @param agreements each adult's answer, by person
 * @param probation contact with probation
 * @param benefits whether benefits are arranged for the day of release
 * @param identityDocuments whether ID is arranged
 * @param moneyNote a note on benefits and ID
 * @param releaseDay what happens on the day
 * @param actionIds the support plan actions the release plan added, oldest first
 * @param updatedAt when it was last changed
 * @param updatedByName by whom
 * @param version its version, for refusing a save made from an older form
 */
public record ReleasePlan(UUID id, UUID episodeId, UUID familyId, UUID personId, LocalDate startedOn,
		String startedByName, Living living, Address address, ChildrenLiving childrenLiveThere, String familyView,
		Map<UUID, Agreement> agreements, Probation probation, Arrangement benefits, Arrangement identityDocuments,
		String moneyNote, ReleaseDay releaseDay, List<UUID> actionIds, Instant updatedAt, String updatedByName,
		long version) {

	/** An address other than the family home. */
	public record Address(String line1, String line2, String town, String postcode) {

		/** The address on one line. */
		public String oneLine() {
			return String.join(", ",
					java.util.stream.Stream.of(line1, line2, town, postcode)
						.filter(p -> p != null && !p.isBlank())
						.toList());
		}

	}

	/** An adult's answer, with a note. */
	public record Agreement(UUID personId, AdultAgreement answer, String note) {
	}

	/**
	 * Contact with probation.
	 *
	 * @param organisationId the probation service (an organisation of type PROBATION);
	 * null when not named
	 * @param organisationName its name
	 * @param practitioner the probation practitioner's name
	 * @param contact how to reach them
	 */
	public record Probation(UUID organisationId, String organisationName, String practitioner, String contact) {

		public boolean given() {
			return organisationId != null || practitioner != null;
		}

	}

	/** What happens on the day of release. */
	public record ReleaseDay(String metBy, String travel, String firstAppointments) {

		public boolean given() {
			return metBy != null || travel != null || firstAppointments != null;
		}

	}

}
