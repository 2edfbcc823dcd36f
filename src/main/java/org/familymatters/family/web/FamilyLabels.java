package org.familymatters.family.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.family.JourneyStage;
import org.familymatters.family.TimelineEntry;
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

	/** What an entry on the timeline is, like "Family day" or "Call". */
	public String entry(TimelineEntry entry) {
		return entry.familyTie() ? TimelineKind.contactLabelOf(entry.kind()) : TimelineKind.labelOf(entry.kind());
	}

	/**
	 * When an entry happened: the day for the family's ties (recorded by the day), the
	 * day and time for the rest.
	 */
	public String entryWhen(TimelineEntry entry) {
		if (entry.familyTie() || entry.parentingSession()) {
			return (entry.occurredAt() != null) ? DAY.format(entry.occurredAt().atZone(ServiceTime.ZONE)) : "";
		}
		return when(entry.occurredAt());
	}

	/**
	 * Where an entry of the family's ties was, and who took part, of the people the user
	 * may see ({@code names}), like "At HMP Bullingdon, with Sam and Alex"; empty for
	 * other entries.
	 */
	public String entryDetails(TimelineEntry entry, Map<UUID, String> names) {
		var parts = new ArrayList<String>();
		if (entry.parentingSession()) {
			var where = "in_prison".equals(entry.setting())
					? "in prison" + ((entry.prisonName() != null) ? " at " + entry.prisonName() : "")
					: "in the community" + ((entry.place() != null) ? " at " + entry.place() : "");
			parts.add(((entry.programmeName() != null) ? entry.programmeName() + ", " : "") + where);
		}
		else if (entry.prisonName() != null) {
			parts.add("At " + entry.prisonName());
		}
		var people = entry.people().stream().map(names::get).filter(Objects::nonNull).toList();
		if (!people.isEmpty()) {
			var joined = (people.size() == 1) ? people.get(0)
					: String.join(", ", people.subList(0, people.size() - 1)) + " and " + people.get(people.size() - 1);
			parts.add((entry.parentingSession() ? "attended by " : "with ") + joined);
		}
		if (parts.isEmpty()) {
			return "";
		}
		var text = String.join(", ", parts);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
