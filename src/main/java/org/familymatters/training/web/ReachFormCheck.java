package org.familymatters.training.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.training.internal.BookingRules.Role;
import org.familymatters.training.internal.BookingRules.Sector;
import org.familymatters.training.internal.BookingRules.Seniority;
import org.familymatters.training.internal.ReachFilter;

import org.springframework.validation.BindingResult;

/**
 * Checks the reach report's filters ({@link FormCheck}, messages under {@code reach}),
 * each bad field by itself, and fills empty dates with the default period, so that the
 * page shows what it counted: no dates mean the 12 months up to today. A first day after
 * today, a last day before the first and a period over {@value ReachFilter#MAX_YEARS}
 * years are refused by their field. Pure: tested without Spring.
 */
final class ReachFormCheck {

	static final String PREFIX = "reach";

	private ReachFormCheck() {
	}

	/**
	 * What the filters ask for, once they make sense; empty when they do not (the
	 * problems are on {@code result}).
	 */
	static Optional<ReachFilter> check(ReachForm form, BindingResult result, LocalDate today,
			Predicate<UUID> localityExists) {
		var check = FormCheck.of(result, PREFIX);
		var first = check.date("from", parts(form.getFrom()));
		var last = check.date("to", parts(form.getTo()));
		var localityId = check.identifier("locality", form.getLocality());
		if (localityId != null && !localityExists.test(localityId)) {
			check.reject("locality", "unknown");
		}
		var sector = check.choice("sector", form.getSector(), Sector.class);
		var role = check.choice("role", form.getRole(), Role.class);
		var seniority = check.choice("seniority", form.getSeniority(), Seniority.class);
		if (first != null && first.isAfter(today)) {
			check.reject("from", "future");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		if (last == null) {
			last = today;
			if (first != null && first.plusYears(1).minusDays(1).isBefore(today)) {
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
		if (first.plusYears(ReachFilter.MAX_YEARS).isBefore(last)) {
			check.reject("to", "tooLong");
			return Optional.empty();
		}
		form.setFrom(DateParts.of(first));
		form.setTo(DateParts.of(last));
		form.setLocality((localityId != null) ? localityId.toString() : "");
		form.setSector((sector != null) ? sector.name() : "");
		form.setRole((role != null) ? role.name() : "");
		form.setSeniority((seniority != null) ? seniority.name() : "");
		return Optional.of(new ReachFilter(first, last, localityId, sector, role, seniority));
	}

	private static DateParts parts(DateParts parts) {
		return (parts != null) ? parts : new DateParts();
	}

}
