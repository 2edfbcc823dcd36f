package org.familymatters.audit;

/** Why an action on a record was allowed (or on what ground it was asked for). */
public enum Basis {

	/** The user's role allows it. */
	ROLE,
	/** A family member's consent covers it; the reference names the consent record. */
	CONSENT,
	/** An approved safeguarding basis covers it; the reference names the approval. */
	SAFEGUARDING,
	/** The service itself did it (start-up, scheduled work). */
	SYSTEM,
	/** Users acting on their own account. */
	SELF,
	/**
	 * The user's organisation owns an open action of the family's support plan; the
	 * reference names the action. It shows that action and the minimum of the family's
	 * record needed to do it.
	 */
	ACTION

}
