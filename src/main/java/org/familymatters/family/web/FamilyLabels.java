package org.familymatters.family.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.family.FamilyRole;
import org.familymatters.family.JourneyStage;
import org.familymatters.family.internal.TimelineKind;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.stereotype.Component;

/** Words and dates as the family pages show them, called as {@code @familyLabels}. */
@Component("familyLabels")
public class FamilyLabels {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

	public String date(LocalDate date) {
		return (date != null) ? DAY.format(date) : "";
	}

	public String when(Instant instant) {
		return (instant != null) ? WHEN.format(instant.atZone(ServiceTime.ZONE)) : "";
	}

	public String status(String status) {
		return switch ((status != null) ? status : "") {
			case "referred" -> "Referred";
			case "active" -> "Active";
			case "closed" -> "Closed";
			default -> "";
		};
	}

	public String statusColour(String status) {
		return switch ((status != null) ? status : "") {
			case "active" -> "green";
			case "closed" -> "grey";
			default -> "blue";
		};
	}

	public String stage(JourneyStage stage) {
		return (stage != null) ? stage.label() : "Not recorded";
	}

	public String role(FamilyRole role) {
		return (role != null) ? role.label() : "";
	}

	public String kind(String kind) {
		return TimelineKind.labelOf(kind);
	}

	public String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
