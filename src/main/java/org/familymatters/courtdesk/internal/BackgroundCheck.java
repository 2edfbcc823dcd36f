package org.familymatters.courtdesk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A court desk volunteer's background check as recorded: the day it was done, the day it
 * runs out (it is valid up to and including that day), an optional reference, and who
 * recorded it when (recordedBy null for the demo data).
 *
 * @param id the record
 * @param volunteerId the volunteer
 * @param checkedOn the day the check was done
 * @param expiresOn the last day it is valid
 * @param reference the certificate's number or similar, or null
 * @param recordedBy the coordinator who recorded it, or null
 * @param recordedAt when it was recorded
 */
public record BackgroundCheck(UUID id, UUID volunteerId, LocalDate checkedOn, LocalDate expiresOn, String reference,
		UUID recordedBy, Instant recordedAt) {

	/** Whether the check is still valid on the day. */
	public boolean validOn(LocalDate day) {
		return !expiresOn.isBefore(day);
	}

}
