package org.familymatters.courtdesk.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What a coordinator sets for a session: court, day, hours, volunteers needed and notes.
 */
public record SessionDetails(UUID courtId, LocalDate date, LocalTime startsAt, LocalTime endsAt, int volunteersNeeded,
		String notes) {
}
