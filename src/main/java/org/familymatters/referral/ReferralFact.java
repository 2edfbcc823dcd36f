package org.familymatters.referral;

import java.util.Locale;
import java.util.Optional;

/**
 * A fact a referral states from what was recorded, rather than criteria ticked one by
 * one: the court desk and the public form state them, and the intake ticks every
 * criterion of the referral's locality that means that fact (a criterion's meaning is
 * kept with it; one with none is only ever ticked by hand). The support workers can
 * change the criteria met at triage.
 */
public enum ReferralFact {

	/**
	 * A parent, carer or close family member is in custody or on remand (or facing a
	 * custodial sentence).
	 */
	IN_CUSTODY("Someone in the family is in custody, on remand or facing a custodial sentence"),

	/** There are children under 18 in the family. */
	CHILDREN("There are children under 18 in the family"),

	/** The family lives in the referral's locality. */
	LIVES_IN_LOCALITY("The family lives in the locality"),

	/** Someone in the family agrees to the referral and to being contacted. */
	AGREES_TO_CONTACT("The family agrees to the referral and to being contacted");

	private final String label;

	ReferralFact(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** As the database writes it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ReferralFact> ofCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (var fact : values()) {
			if (fact.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(fact);
			}
		}
		return Optional.empty();
	}

}
