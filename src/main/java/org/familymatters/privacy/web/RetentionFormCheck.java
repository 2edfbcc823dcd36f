package org.familymatters.privacy.web;

import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks a retention period as typed: a whole number of months within the kind's minimum
 * and maximum (ADR 0016), the limit named in the message. Messages start
 * {@code retention.}.
 */
final class RetentionFormCheck {

	/**
	 * The most months the field reads as a number at all: past it, the maximum's words.
	 */
	static final int READABLE = 10_000;

	private RetentionFormCheck() {
	}

	/** The period to set, or null with the problem by the field. */
	static Integer months(RetentionForm form, RetentionKind kind, BindingResult result) {
		var check = FormCheck.of(result, "retention");
		var months = check.requiredNumber("months", form.getMonths(), 0, READABLE);
		if (months == null) {
			return null;
		}
		if (months < kind.minimumMonths()) {
			check.reject("months", "belowMinimum", kind.minimumMonths(), kind.label());
			return null;
		}
		if (months > kind.maximumMonths()) {
			check.reject("months", "aboveMaximum", kind.maximumMonths(), kind.label());
			return null;
		}
		if (form.getVersion() == null) {
			check.rejectForm("record.changedElsewhere");
			return null;
		}
		return months;
	}

}
