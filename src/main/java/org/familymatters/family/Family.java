package org.familymatters.family;

import java.time.Instant;
import java.util.UUID;

/** A family's own record: where it lives, who works with it, where it stands. */
public record Family(UUID id, String reference, UUID localityId, String localityName, String status,
		String closedReason, JourneyStage journeyStage, UUID keyWorkerId, String keyWorkerName, String addressLine1,
		String addressLine2, String town, String postcode, Instant updatedAt, long version) {
}
