package org.familymatters.plan.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.familymatters.plan.internal.OutcomesPeriod;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the outcomes report's filters ({@link FormCheck}, messages under
 * {@code outcomes}), each bad field by itself, and fills empty dates with the default
 * period, so that the page shows what it counted: no dates mean the 12 months up to
 * today. Pure: tested without Spring.
 */
final class OutcomesFormCheck {

	static final String PREFIX = "outcomes";

	private OutcomesFormCheck() {
	}

	/**
	 * What the filters ask for, once they make sense; empty when they do not (the
	 * problems are on {@code result}).
	 */
	static Optional<Choice> check(OutcomesForm form, BindingResult result, LocalDate today,
			Predicate<UUID> localityExists) {
		var check = FormCheck.of(result, PREFIX);
		var localityId = check.identifier("locality", form.getLocality());
		if (localityId != null && !localityExists.test(localityId)) {
			check.reject("locality", "unknown");
		}
		var first = check.date("from", parts(form.getFrom()));
		var last = check.date("to", parts(form.getTo()));
		if (check.failed()) {
			return Optional.empty();
		}
		if (last == null) {
			last = today;
			if (first != null && (first.isAfter(today) || first.plusYears(1).minusDays(1).isBefore(today))) {
				last = first.plusYears(1).minusDays(1);
			}
		}
		if (first == null) {
			first = last.minusYears(1).plusDays(1);
		}
		if (last.isBefore(first)) {
			check.reject("to", "beforeFrom");
			return Optional.empty();
		}
		if (first.plusYears(OutcomesPeriod.MAX_YEARS).isBefore(last)) {
			check.reject("to", "tooLong");
			return Optional.empty();
		}
		form.setFrom(DateParts.of(first));
		form.setTo(DateParts.of(last));
		form.setLocality((localityId != null) ? localityId.toString() : "");
		return Optional.of(new Choice(new OutcomesPeriod(first, last), localityId));
	}

	private static DateParts parts(DateParts parts) {
		return (parts != null) ? parts : new DateParts();
	}

	/** What the filters ask for, once they make sense. */
	record Choice(OutcomesPeriod period, UUID localityId) {
	}

}
