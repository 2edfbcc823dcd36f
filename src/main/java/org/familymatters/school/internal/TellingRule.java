package org.familymatters.school.internal;

import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.Access;

/**
 * Whether a child's school may be told, and when a pupil leaves a school's list (pure: a
 * unit test drives it). The school is told through its designated contact, so the access
 * decision is made for that contact: the school may be told only when the contact would
 * see the child by name (consent, or an approved safeguarding request, that covers the
 * school), and only once while the child is on its list.
 */
public final class TellingRule {

	/**
	 * Refusals that say the family's sharing no longer covers the school (rather than
	 * something about the contact's own account): no consent or approval, consent without
	 * who the children are, or no pupil of the school in the family any more.
	 */
	static final Set<String> SHARING_REFUSALS = Set.of("NO_CONSENT_OR_SAFEGUARDING", "SCHOOL_CONSENT_WITHOUT_IDENTITY",
			"SCHOOL_WITHOUT_PUPILS");

	private TellingRule() {
	}

	/**
	 * Where a child with a school on record stands.
	 * @param childId the child
	 * @param contactAccess what the school's designated contact would be shown of the
	 * family; null when the school has no designated contact
	 * @param onList whether the child is on the school's list now
	 */
	public static ChildState state(UUID childId, Access contactAccess, boolean onList) {
		if (contactAccess == null) {
			return ChildState.NO_CONTACT;
		}
		if (!contactAccess.seesPerson(childId)) {
			return ChildState.NOT_COVERED;
		}
		return onList ? ChildState.TOLD : ChildState.MAY_BE_TOLD;
	}

	/**
	 * Whether a pupil on a school's list leaves it, given what the school's designated
	 * contact would be shown of the family now: yes when the contact no longer sees the
	 * pupil because consent no longer covers the school (withdrawn, past its review
	 * date), an approval to share without consent has ended, or the child is no longer
	 * the school's pupil; no while they see the pupil, and no when the refusal is about
	 * the contact's own account (disabled, or a role that sees no families), which a new
	 * designated contact mends.
	 */
	public static boolean leavesList(UUID pupilId, Access contactAccess) {
		if (contactAccess.seesPerson(pupilId)) {
			return false;
		}
		if (contactAccess.allowed()) {
			return true;
		}
		return switch (contactAccess.basis()) {
			case CONSENT, SAFEGUARDING -> true;
			case ROLE -> SHARING_REFUSALS.contains(contactAccess.reference());
			default -> false;
		};
	}

	/** Where a child with a school on record stands. */
	public enum ChildState {

		/** The school has no designated contact to tell. */
		NO_CONTACT,

		/** No consent or approval covers the school for the child. */
		NOT_COVERED,

		/** The child is on the school's list of pupils affected. */
		TOLD,

		/** The school may be told. */
		MAY_BE_TOLD

	}

}
