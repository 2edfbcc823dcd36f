package org.familymatters.referral;

import java.util.List;
import java.util.UUID;

import org.familymatters.referral.internal.Criterion;
import org.familymatters.referral.internal.Referrals;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A locality's criteria for referral as the referral forms show them (to anyone, the
 * public form too): for other modules' pages that show them, such as a network's page.
 * Holds nothing about any family.
 */
@Service
public class LocalityCriteria {

	private final Referrals referrals;

	LocalityCriteria(Referrals referrals) {
		this.referrals = referrals;
	}

	/** The locality's criteria in use, in their order; empty when it has none. */
	@Transactional(readOnly = true)
	public List<String> of(UUID localityId) {
		return referrals.criteria(localityId).stream().map(Criterion::text).toList();
	}

}
