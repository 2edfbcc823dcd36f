package org.familymatters.plan.internal;

import java.util.UUID;

/**
 * An area a family's needs are assessed in.
 *
 * @param referralNeedCode the code of the directory's needs term a referral records for
 * it; null when none
 */
public record NeedArea(UUID id, String code, String label, String description, HeadlineOutcome outcome,
		boolean aboutChildren, String referralNeedCode, int position, boolean active) {
}
