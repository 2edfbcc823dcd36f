package org.familymatters.family;

import java.time.Instant;
import java.util.UUID;

/**
 * A file kept with a family's record, as the record lists it (without its content).
 *
 * @param uploadedBy the name of who attached it
 */
public record Attachment(UUID id, String filename, String contentType, long sizeBytes, String description,
		String uploadedBy, Instant uploadedAt) {
}
