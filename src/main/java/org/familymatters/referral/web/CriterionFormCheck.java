package org.familymatters.referral.web;

import java.util.Optional;

import org.familymatters.referral.internal.ReferralCriteria;
import org.familymatters.shared.web.FormCheck;

/**
 * Reads the criteria editor's form through the service's input rules: the criterion's
 * words (required, at most {@value ReferralCriteria#MAX_LENGTH} characters, no hidden
 * characters) and whether the forms show it. Messages under {@code referral.criterion.}.
 * Pure: tested without Spring.
 */
final class CriterionFormCheck {

	private CriterionFormCheck() {
	}

	/** The criterion as typed, or empty with each problem on its field. */
	static Optional<Criterion> read(CriterionForm form, FormCheck check) {
		var text = check.requiredText("text", form.getText(), ReferralCriteria.MAX_LENGTH);
		var active = check.requiredChoice("active", form.getActive(), CriterionFormCheck::yesOrNo);
		return (text != null && active != null) ? Optional.of(new Criterion(text, active)) : Optional.empty();
	}

	private static Optional<Boolean> yesOrNo(String value) {
		return switch (value) {
			case "true" -> Optional.of(true);
			case "false" -> Optional.of(false);
			default -> Optional.empty();
		};
	}

	/** A criterion's words, and whether the referral forms show it. */
	record Criterion(String text, boolean active) {
	}

}
