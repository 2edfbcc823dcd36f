package org.familymatters.courtdesk.web;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familymatters.courtdesk.Courts;
import org.familymatters.courtdesk.StatisticsPeriod;

import org.springframework.validation.BindingResult;

/**
 * The statistics filters: a court (empty for every court) and the first and last months,
 * each written as year and month (2026-03). Empty months mean the twelve months up to
 * this one.
 */
public class StatisticsForm {

	private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{1,2})$");

	private String court;

	private String from;

	private String to;

	/**
	 * Checks the filters, rejecting each bad field on the binding result, and fills empty
	 * months with the default period so the page shows what it counted.
	 */
	Optional<Choice> check(BindingResult result, Courts courts) {
		UUID courtId = null;
		if (court != null && !court.isBlank()) {
			try {
				courtId = UUID.fromString(court.strip());
			}
			catch (IllegalArgumentException notAnId) {
				courtId = null;
			}
			if (courtId == null || courts.find(courtId).isEmpty()) {
				result.rejectValue("court", "courtDesk.statistics.court.unknown");
			}
		}
		var first = month(from, "from", result);
		var last = month(to, "to", result);
		if (result.hasErrors()) {
			return Optional.empty();
		}
		var defaults = StatisticsPeriod.lastTwelveMonths();
		if (last == null) {
			last = (first == null || !first.isAfter(defaults.to())) ? defaults.to() : first.plusMonths(11);
		}
		if (first == null) {
			first = last.minusMonths(11);
		}
		if (last.isBefore(first)) {
			result.rejectValue("to", "courtDesk.statistics.to.beforeFrom");
			return Optional.empty();
		}
		if (first.plusMonths(StatisticsPeriod.MAX_MONTHS - 1L).isBefore(last)) {
			result.rejectValue("to", "courtDesk.statistics.period.tooLong");
			return Optional.empty();
		}
		from = first.toString();
		to = last.toString();
		court = (courtId != null) ? courtId.toString() : "";
		return Optional.of(new Choice(new StatisticsPeriod(first, last), courtId));
	}

	private static YearMonth month(String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var matcher = MONTH.matcher(text.strip());
		if (matcher.matches()) {
			int year = Integer.parseInt(matcher.group(1));
			int month = Integer.parseInt(matcher.group(2));
			if (year >= 2000 && year <= 2099 && month >= 1 && month <= 12) {
				return YearMonth.of(year, month);
			}
		}
		result.rejectValue(field, "courtDesk.statistics." + field + ".invalid");
		return null;
	}

	public String getCourt() {
		return court;
	}

	public void setCourt(String court) {
		this.court = court;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	/** What the filters ask for, once they make sense. */
	record Choice(StatisticsPeriod period, UUID courtId) {
	}

}
