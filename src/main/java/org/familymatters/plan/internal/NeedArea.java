package org.familymatters.plan.internal;

import java.util.UUID;

/**
 * An area a family's needs are assessed in: reference data an administrator extends.
 *
 * @param id the need area
 * @param code its stable code, made from the label when it was added
 * @param label what it is called on pages
 * @param description what it covers, for the person assessing
 * @param outcome the Supporting Families headline outcome it maps to
 * @param aboutChildren whether it is about the children of the family
 * @param referralNeedCode the directory's needs term a referral records that it starts
 * from, or null
 * @param position its place in lists
 * @param active whether new assessments use it
 * @param version its version, for stale saves
 */
public record NeedArea(UUID id, String code, String label, String description, HeadlineOutcome outcome,
		boolean aboutChildren, String referralNeedCode, int position, boolean active, long version) {
}
