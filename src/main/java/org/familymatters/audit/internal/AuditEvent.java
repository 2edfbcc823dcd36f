package org.familymatters.audit.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded event of the audit trail, as read back; {@code apiTokenId} names the API
 * token the actor acted through, null for pages and the service's own work.
 */
public record AuditEvent(long id, Instant occurredAt, UUID actorId, String actorUsername, String action, String outcome,
		String recordType, String recordId, String basis, String basisReference, String detail, UUID apiTokenId) {
}
