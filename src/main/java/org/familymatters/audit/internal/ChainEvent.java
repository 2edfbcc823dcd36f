package org.familymatters.audit.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * An audit event as the hash chain sees it: every column of {@code audit_event}, with its
 * place in the chain and the two hashes it carries (null until it is sealed).
 */
public record ChainEvent(long id, Instant occurredAt, UUID actorId, String actorUsername, String action, String outcome,
		String recordType, String recordId, String basis, String basisReference, String detail, UUID apiTokenId,
		Long position, byte[] prevHash, byte[] hash) {

	/** The same event, sealed at a position with the hashes given. */
	ChainEvent sealed(long newPosition, byte[] newPrevHash, byte[] newHash) {
		return new ChainEvent(id, occurredAt, actorId, actorUsername, action, outcome, recordType, recordId, basis,
				basisReference, detail, apiTokenId, newPosition, newPrevHash, newHash);
	}

}
