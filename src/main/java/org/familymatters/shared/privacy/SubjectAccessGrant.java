package org.familymatters.shared.privacy;

import java.util.Set;
import java.util.UUID;

/**
 * What a recorded request lets the data protection officer read: the families whose
 * people they confirmed are the requester, while the request is open. Read fresh from the
 * privacy module at each decision ({@link SubjectAccessGrants}), so that answering or
 * closing the request ends it at once.
 *
 * @param requestId the request: the reference of every audit event it allows
 * @param open whether the request is still open (only an open request grants anything)
 * @param familyIds the families of the people confirmed to be the requester
 */
public record SubjectAccessGrant(UUID requestId, boolean open, Set<UUID> familyIds) {

	public SubjectAccessGrant {
		familyIds = Set.copyOf(familyIds);
	}

	/** Whether it lets its holder read the family now. */
	public boolean covers(UUID familyId) {
		return open && familyIds.contains(familyId);
	}

}
