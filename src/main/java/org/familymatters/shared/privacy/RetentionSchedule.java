package org.familymatters.shared.privacy;

/**
 * The retention periods in force: each kind's default unless an administrator set another
 * within its limits. Pages that promise how long something is kept (the privacy notice,
 * the consent form, the self-referral form) read it from here.
 */
public interface RetentionSchedule {

	/** The period in force for a kind, in months. */
	int months(RetentionKind kind);

}
