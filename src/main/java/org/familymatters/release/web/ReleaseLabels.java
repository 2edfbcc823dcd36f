package org.familymatters.release.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.release.internal.AdultAgreement;
import org.familymatters.release.internal.Arrangement;
import org.familymatters.release.internal.ChildrenLiving;
import org.familymatters.release.internal.Living;
import org.familymatters.release.internal.ReleaseWindow;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.stereotype.Component;

/** The words the release pages show for dates and choices, as {@code @releaseLabels}. */
@Component("releaseLabels")
public class ReleaseLabels {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** How many weeks before the expected release planning starts. */
	public int weeks() {
		return ReleaseWindow.WEEKS;
	}

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** A moment, as the day it fell on in the service's zone. */
	public String day(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(ServiceTime.ZONE)) : "";
	}

	public String living(Living living) {
		return (living != null) ? living.label() : "Not recorded yet";
	}

	public String children(ChildrenLiving children) {
		return (children != null) ? children.label() : "Not recorded yet";
	}

	public String agreement(AdultAgreement answer) {
		return (answer != null) ? answer.label() : "Not recorded yet";
	}

	public String arrangement(Arrangement arrangement) {
		return (arrangement != null) ? arrangement.label() : "Not recorded yet";
	}

	/** Text as written, or that nothing is recorded yet. */
	public String text(String text) {
		return (text != null && !text.isBlank()) ? text : "Not recorded yet";
	}

}
