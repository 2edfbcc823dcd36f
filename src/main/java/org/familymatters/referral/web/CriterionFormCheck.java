package org.familymatters.referral.web;

import java.util.Optional;

import org.familymatters.referral.ReferralFact;
import org.familymatters.referral.internal.ReferralCriteria;
import org.familymatters.shared.web.FormCheck;

/**
 * Reads the criteria editor's form through the service's input rules: the criterion's
 * words (required, at most {@value ReferralCriteria#MAX_LENGTH} characters, no hidden
 * characters), whether the forms show it, and which fact recorded by the court desk or
 * the public form meets it (optional). Messages under {@code referral.criterion.}. Pure:
 * tested without Spring.
 */
final class CriterionFormCheck {

	private CriterionFormCheck() {
	}

	/** The criterion as typed, or empty with each problem on its field. */
	static Optional<Criterion> read(CriterionForm form, FormCheck check) {
		var text = check.requiredText("text", form.getText(), ReferralCriteria.MAX_LENGTH);
		var active = check.requiredChoice("active", form.getActive(), CriterionFormCheck::yesOrNo);
		var meaning = check.choice("meaning", form.getMeaning(), ReferralFact::ofCode);
		return (text != null && active != null && !check.failed("meaning"))
				? Optional.of(new Criterion(text, active, meaning)) : Optional.empty();
	}

	private static Optional<Boolean> yesOrNo(String value) {
		return switch (value) {
			case "true" -> Optional.of(true);
			case "false" -> Optional.of(false);
			default -> Optional.empty();
		};
	}

	/**
	 * A criterion's words, whether the referral forms show it, and the fact that meets it
	 * (null for none).
	 */
	record Criterion(String text, boolean active, ReferralFact meaning) {
	}

}
