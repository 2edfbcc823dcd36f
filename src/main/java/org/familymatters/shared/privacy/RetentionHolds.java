package org.familymatters.shared.privacy;

import java.util.Set;
import java.util.UUID;

/**
 * The families the retention run must leave whole whatever their period, beyond the holds
 * their own module keeps (a family's safeguarding hold): those of a person with an open
 * subject access, rectification or erasure request, so that what the request is about is
 * still there when it is answered or decided. The privacy module, which keeps the
 * requests, provides it; a retention rule asks it at each batch (ADR 0016).
 */
public interface RetentionHolds {

	/** The families held now, by id. */
	Set<UUID> heldFamilies();

}
