package org.familymatters.privacy.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.SafeguardingHolds;
import org.familymatters.family.HeldFamilies;

import org.springframework.stereotype.Service;

/**
 * The one place that says whether a family's data may not be erased now (ADR 0018): a
 * safeguarding hold, either an open request to share without consent (waiting, or
 * approved and not yet ended) as the consent module keeps it, or a hold a safeguarding
 * lead placed on the family that lasts today (the family module's, which also stops the
 * retention run: ADR 0016).
 */
@Service
public class ErasureHolds {

	private final SafeguardingHolds safeguarding;

	private final HeldFamilies heldFamilies;

	ErasureHolds(SafeguardingHolds safeguarding, HeldFamilies heldFamilies) {
		this.safeguarding = safeguarding;
		this.heldFamilies = heldFamilies;
	}

	/** The families among {@code familyIds} that are held. */
	public Set<UUID> held(Collection<UUID> familyIds) {
		var held = new HashSet<>(safeguarding.held(familyIds));
		held.addAll(heldFamilies.held(familyIds));
		return held;
	}

}
