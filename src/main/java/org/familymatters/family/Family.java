package org.familymatters.family;

import java.time.Instant;
import java.util.UUID;

/**
 * A family's own record: where it lives, who works with it, where it stands.
 *
 * @param bestTimeToCall when the household would like to be called, as the referral it
 * came from said; null when not given
 * @param referralId the referral the family was started from; null for a family started
 * on its own
 * @param referralReference that referral's reference (RF-000123)
 */
public record Family(UUID id, String reference, UUID localityId, String localityName, String status,
		String closedReason, JourneyStage journeyStage, UUID keyWorkerId, String keyWorkerName, String addressLine1,
		String addressLine2, String town, String postcode, Instant updatedAt, long version, String bestTimeToCall,
		UUID referralId, String referralReference) {

	/** A family not started from a referral, with no best time to call. */
	public Family(UUID id, String reference, UUID localityId, String localityName, String status, String closedReason,
			JourneyStage journeyStage, UUID keyWorkerId, String keyWorkerName, String addressLine1, String addressLine2,
			String town, String postcode, Instant updatedAt, long version) {
		this(id, reference, localityId, localityName, status, closedReason, journeyStage, keyWorkerId, keyWorkerName,
				addressLine1, addressLine2, town, postcode, updatedAt, version, null, null, null);
	}

}
