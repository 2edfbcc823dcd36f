package org.familymatters.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A service's one-to-one fields and its organisation's name, as search results show them.
 */
public record ServiceSummary(UUID id, UUID organizationId, String organizationName, String organizationDescription,
		String name, String description, String url, String email, String status, String fees, Integer minimumAge,
		Integer maximumAge, String eligibilityDescription, String alert, LocalDate lastCheckedOn, String lastCheckedBy,
		Instant lastModified) {
}
