package org.familymatters.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.plan.internal.ActionStatus;
import org.familymatters.plan.internal.Score;

import org.springframework.stereotype.Component;

/**
 * The words the plan pages show for dates, scores and statuses, as {@code @planLabels}.
 */
@Component("planLabels")
public class PlanLabels {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** A moment, as the day it fell on in the United Kingdom. */
	public String day(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(UK)) : "";
	}

	public String score(Score score) {
		return (score != null) ? score.points() + " – " + score.label() : "Not assessed";
	}

	public String status(ActionStatus status) {
		return (status != null) ? status.label() : "";
	}

	/** The colour of a status's tag. */
	public String statusColour(ActionStatus status) {
		return switch (status) {
			case DONE -> "green";
			case IN_PROGRESS -> "blue";
			case CANNOT_BE_DONE -> "grey";
			default -> "yellow";
		};
	}

}
