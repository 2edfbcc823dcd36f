package org.familymatters.directory.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.stereotype.Component;

/** Words the directory's pages show for its codes, and the staff pages' menu. */
@Component("directoryLabels")
public class DirectoryLabels {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final CurrentUser currentUser;

	DirectoryLabels(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** A date as the pages write it: 1 December 2026. */
	static String date(LocalDate date) {
		return DATE.format(date);
	}

	/** The day of an instant, in the service's zone. */
	static String date(Instant instant) {
		return DATE.format(instant.atZone(ServiceTime.ZONE));
	}

	public String status(String status) {
		return switch ((status != null) ? status : "") {
			case "active" -> "Running";
			case "temporarily closed" -> "Temporarily closed";
			case "inactive" -> "Not running for now";
			case "defunct" -> "Archived";
			default -> status;
		};
	}

	public String statusColour(String status) {
		return switch ((status != null) ? status : "") {
			case "active" -> "green";
			case "temporarily closed" -> "yellow";
			case "defunct" -> "grey";
			default -> "orange";
		};
	}

	/**
	 * The staff pages of the directory the signed-in user may open: a training
	 * coordinator only the resources.
	 */
	public List<StaffPage> staffPages() {
		if (!currentUser.hasAny(Role.SUPPORT_WORKER, Role.ADMINISTRATOR)) {
			return List.of(new StaffPage("resources", "Edit resources", "/directory/resources"));
		}
		var pages = new ArrayList<StaffPage>(List.of(new StaffPage("services", "Services", "/directory/services"),
				new StaffPage("review", "Review queue", "/directory/services/review"),
				new StaffPage("organisations", "Organisations", "/directory/organisations"),
				new StaffPage("resources", "Edit resources", "/directory/resources"),
				new StaffPage("guides", "Edit guides", "/directory/guides")));
		if (currentUser.has(Role.ADMINISTRATOR)) {
			pages.add(new StaffPage("transfer", "Import and export", "/admin/directory"));
		}
		return pages;
	}

	/** A page in the directory's staff menu. */
	public record StaffPage(String key, String label, String href) {
	}

}
