package org.familymatters.privacy.internal;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.SafeguardingHolds;

import org.springframework.stereotype.Service;

/**
 * The one place that says whether a family's data may not be erased now (ADR 0018): a
 * safeguarding hold, which today is an open request to share without consent (waiting, or
 * approved and not yet ended) as the consent module keeps it. A hold of another kind (one
 * an administrator sets on the family) is added here and nowhere else.
 */
@Service
public class ErasureHolds {

	private final SafeguardingHolds safeguarding;

	ErasureHolds(SafeguardingHolds safeguarding) {
		this.safeguarding = safeguarding;
	}

	/** The families among {@code familyIds} that are held. */
	public Set<UUID> held(Collection<UUID> familyIds) {
		return safeguarding.held(familyIds);
	}

}
