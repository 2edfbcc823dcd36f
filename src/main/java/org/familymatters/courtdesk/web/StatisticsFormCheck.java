package org.familymatters.courtdesk.web;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.familymatters.courtdesk.internal.StatisticsPeriod;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the statistics filters through the input rules ({@link FormCheck}, messages
 * under {@code courtDesk.statistics}), each bad field by itself, and fills empty months
 * with the default period so that the page shows what it counted: empty months mean the
 * twelve months up to this one. Pure: tested without Spring.
 */
final class StatisticsFormCheck {

	/** Where the statistics form's messages start. */
	static final String PREFIX = "courtDesk.statistics";

	private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{1,2})$");

	private StatisticsFormCheck() {
	}

	/**
	 * What the filters ask for, once they make sense; empty when they do not (the
	 * problems are on {@code result}).
	 * @param thisMonth the current month in the service's time zone
	 * @param courtExists whether a court is on record
	 */
	static Optional<Choice> check(StatisticsForm form, BindingResult result, YearMonth thisMonth,
			Predicate<UUID> courtExists) {
		var check = FormCheck.of(result, PREFIX);
		var courtId = check.identifier("court", form.getCourt());
		if (courtId != null && !courtExists.test(courtId)) {
			check.reject("court", "unknown");
		}
		var first = month(form.getFrom(), "from", check);
		var last = month(form.getTo(), "to", check);
		if (check.failed()) {
			return Optional.empty();
		}
		var defaults = StatisticsPeriod.endingIn(thisMonth);
		if (last == null) {
			last = (first == null || !first.isAfter(defaults.to())) ? defaults.to() : first.plusMonths(11);
		}
		if (first == null) {
			first = last.minusMonths(11);
		}
		if (last.isBefore(first)) {
			check.reject("to", "beforeFrom");
			return Optional.empty();
		}
		if (first.plusMonths(StatisticsPeriod.MAX_MONTHS - 1L).isBefore(last)) {
			check.reject("to", "courtDesk.statistics.period.tooLong");
			return Optional.empty();
		}
		form.setFrom(first.toString());
		form.setTo(last.toString());
		form.setCourt((courtId != null) ? courtId.toString() : "");
		return Optional.of(new Choice(new StatisticsPeriod(first, last), courtId));
	}

	/** A month as year and month from 2000 to 2099, or null when none is given. */
	private static YearMonth month(String typed, String field, FormCheck check) {
		var text = check.text(field, typed, 7);
		if (text == null) {
			return null;
		}
		var matcher = MONTH.matcher(text);
		if (matcher.matches()) {
			int year = Integer.parseInt(matcher.group(1));
			int month = Integer.parseInt(matcher.group(2));
			if (year >= 2000 && year <= 2099 && month >= 1 && month <= 12) {
				return YearMonth.of(year, month);
			}
		}
		check.reject(field, "invalid");
		return null;
	}

	/** What the filters ask for, once they make sense. */
	record Choice(StatisticsPeriod period, UUID courtId) {
	}

}
