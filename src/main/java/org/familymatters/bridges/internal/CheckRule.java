package org.familymatters.bridges.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * The safeguarding check's rules, pure: a family home cannot be agreed until a designated
 * safeguarding lead has approved the check (and the family has said yes); and a lead
 * cannot decide their own case: not a check they asked for, not a referral they made, not
 * a family they are key worker for.
 */
public final class CheckRule {

	private CheckRule() {
	}

	/**
	 * Why the signed-in lead may not decide a check; empty when they may.
	 * @param lead who would decide
	 * @param requestedBy who asked for the check
	 * @param referredBy who made the referral
	 * @param keyWorker the family's key worker; null for none
	 */
	public static Optional<OwnCase> ownCase(UUID lead, UUID requestedBy, UUID referredBy, UUID keyWorker) {
		if (lead.equals(requestedBy)) {
			return Optional.of(OwnCase.ASKED_FOR_IT);
		}
		if (lead.equals(referredBy)) {
			return Optional.of(OwnCase.REFERRED);
		}
		if (lead.equals(keyWorker)) {
			return Optional.of(OwnCase.KEY_WORKER);
		}
		return Optional.empty();
	}

	/**
	 * Why the family home cannot be agreed; empty when it can.
	 * @param answer what the family says; null when not asked yet
	 * @param check the check's decision; null when it waits; {@code checkAsked} false
	 * when none was asked for
	 */
	public static Optional<NotYet> whyNotAgreed(FamilyAnswer answer, boolean checkAsked, CheckDecision check) {
		if (!checkAsked) {
			return Optional.of(NotYet.NO_CHECK);
		}
		if (check == null) {
			return Optional.of(NotYet.CHECK_WAITING);
		}
		if (check == CheckDecision.REFUSED) {
			return Optional.of(NotYet.CHECK_REFUSED);
		}
		if (answer != FamilyAnswer.YES) {
			return Optional.of(NotYet.FAMILY_NOT_AGREED);
		}
		return Optional.empty();
	}

	/** Why a lead may not decide a check: it is their own case. */
	public enum OwnCase {

		/** They asked for the check. */
		ASKED_FOR_IT,

		/** They referred the person to the pilot. */
		REFERRED,

		/** They are the family's key worker. */
		KEY_WORKER

	}

	/** Why a family home cannot be agreed yet. */
	public enum NotYet {

		/** Nobody has asked for the safeguarding check. */
		NO_CHECK,

		/** The check waits for a lead's decision. */
		CHECK_WAITING,

		/** A lead refused it. */
		CHECK_REFUSED,

		/** The family has not said yes. */
		FAMILY_NOT_AGREED

	}

}
