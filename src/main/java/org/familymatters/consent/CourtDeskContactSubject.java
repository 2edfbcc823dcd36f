package org.familymatters.consent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The facts the access decision needs about one court desk contact, given by the court
 * desk module, which owns the contacts and the court each volunteer works at.
 *
 * @param contactId the contact
 * @param courtId the court where it was recorded
 * @param recordedBy the volunteer who recorded it
 * @param occurredAt when the person was met
 * @param viewerCourtId the court the signed-in user volunteers at, if any
 */
public record CourtDeskContactSubject(UUID contactId, UUID courtId, UUID recordedBy, Instant occurredAt,
		UUID viewerCourtId) {

	public CourtDeskContactSubject {
		Objects.requireNonNull(contactId, "contactId");
		Objects.requireNonNull(courtId, "courtId");
		Objects.requireNonNull(recordedBy, "recordedBy");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
