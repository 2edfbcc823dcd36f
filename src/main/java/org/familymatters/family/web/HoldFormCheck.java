package org.familymatters.family.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.familymatters.family.internal.FamilyHolds;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks a safeguarding hold as typed: a family's reference on record, a last day from
 * today to {@value FamilyHolds#LONGEST_YEARS} years ahead, and a reason. Messages start
 * {@code hold.}.
 */
final class HoldFormCheck {

	static final int REFERENCE_MAX = 20;

	static final int REASON_MAX = 2000;

	private HoldFormCheck() {
	}

	/** The hold to place, or empty with each problem by its field. */
	static Optional<Hold> check(HoldForm form, LocalDate today, Function<String, Optional<UUID>> families,
			BindingResult result) {
		var check = FormCheck.of(result, "hold");
		var reference = check.requiredText("reference", form.getReference(), REFERENCE_MAX);
		UUID family = null;
		if (reference != null) {
			family = families.apply(reference).orElse(null);
			if (family == null) {
				check.reject("reference", "unknown");
			}
		}
		var until = check.requiredDate("until", form.getUntil());
		if (until != null && until.isBefore(today)) {
			check.reject("until", "past");
		}
		else if (until != null && until.isAfter(today.plusYears(FamilyHolds.LONGEST_YEARS))) {
			check.reject("until", "tooFar", FamilyHolds.LONGEST_YEARS);
		}
		var reason = check.requiredText("reason", form.getReason(), REASON_MAX);
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new Hold(family, until, reason));
	}

	/** A hold that passed the checks. */
	record Hold(UUID familyId, LocalDate until, String reason) {
	}

}
