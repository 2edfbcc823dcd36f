package org.familymatters.courtdesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.Readiness;
import org.familymatters.courtdesk.internal.VolunteerChecks;
import org.familymatters.courtdesk.internal.VolunteerReadiness;
import org.familymatters.identity.Role;
import org.familymatters.identity.UserListing;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.SummaryRow;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A volunteer's readiness for court desk shifts, as the coordinator sees it: their
 * induction (or the induction sessions coming up), their latest background check and its
 * expiry, whether they may take shifts and why not, the checks recorded before, and the
 * form recording a background check.
 */
@Controller
@PreAuthorize("hasRole('COURT_DESK_COORDINATOR')")
@RequestMapping("/court-desk/volunteers/{id}/readiness")
class VolunteerReadinessController {

	private static final String PAGE = "courtdesk/volunteer-readiness";

	private final UserListing users;

	private final CourtVolunteers volunteers;

	private final Courts courts;

	private final VolunteerReadiness readiness;

	private final VolunteerChecks checks;

	private final MessageSource messages;

	VolunteerReadinessController(UserListing users, CourtVolunteers volunteers, Courts courts,
			VolunteerReadiness readiness, VolunteerChecks checks, MessageSource messages) {
		this.users = users;
		this.volunteers = volunteers;
		this.courts = courts;
		this.readiness = readiness;
		this.checks = checks;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new CheckForm());
		return page(volunteer(id), model);
	}

	@PostMapping
	String record(@PathVariable UUID id, @ModelAttribute("form") CheckForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser coordinator, Model model, RedirectAttributes redirect) {
		var volunteer = volunteer(id);
		var check = FormCheck.of(result, "courtdesk.check");
		var checkedOn = check.requiredDate("checkedOn", form.getCheckedOn());
		var expiresOn = check.requiredDate("expiresOn", form.getExpiresOn());
		var reference = check.text("reference", form.getReference(), VolunteerChecks.REFERENCE_MAX);
		if (!check.failed()) {
			VolunteerChecks.problems(checkedOn, expiresOn, reference, checks.today())
				.forEach(problem -> check.reject(problem.field(), problem.code()));
		}
		if (check.failed()) {
			return page(volunteer, model);
		}
		try {
			checks.record(volunteer.id(), checkedOn, expiresOn, reference, coordinator.id());
		}
		catch (VolunteerChecks.BadCheck ex) {
			ex.problems().forEach(problem -> check.reject(problem.field(), problem.code()));
			return page(volunteer, model);
		}
		redirect.addFlashAttribute("message", "Background check recorded for " + volunteer.displayName()
				+ ": valid until " + Readiness.DAY.format(expiresOn));
		return "redirect:/court-desk/volunteers/" + volunteer.id() + "/readiness";
	}

	private String page(UserListing.Holder volunteer, Model model) {
		var ready = readiness.of(volunteer.id());
		var today = readiness.today();
		var court = volunteers.courtOf(volunteer.id()).flatMap(courts::find).map(Court::name);
		var rows = new ArrayList<SummaryRow>();
		rows.add(SummaryRow.of("Court", court.orElse("No court yet")));
		rows.add(SummaryRow.of("Induction",
				ready.inductionOn().map(day -> "Done on " + Readiness.DAY.format(day)).orElse("Not yet")));
		rows.add(SummaryRow.of("Background check", ready.check().map(c -> {
			var expiry = Readiness.DAY.format(c.expiresOn());
			return c.validOn(today) ? "Checked on " + Readiness.DAY.format(c.checkedOn()) + ", valid until " + expiry
					: "Expired: it was valid until " + expiry;
		}).orElse("None recorded")));
		var problems = ready.today(today);
		rows.add(SummaryRow.of("Ready for shifts", problems.isEmpty() ? "Yes" : "No"));
		model.addAttribute("volunteer", volunteer);
		model.addAttribute("rows", rows);
		model.addAttribute("problems",
				problems.stream()
					.map(p -> messages.getMessage(p.coordinatorCode(), ready.arguments(p), Locale.UK))
					.toList());
		if (ready.inductionOn().isEmpty()) {
			model.addAttribute("inductions", readiness.upcomingInductions());
		}
		model.addAttribute("history", history(volunteer.id()));
		model.addAttribute("dates", RotaViews.DAY);
		model.addAttribute("times", RotaViews.TIME);
		return PAGE;
	}

	private List<HistoryRow> history(UUID volunteerId) {
		var today = readiness.today();
		return checks.history(volunteerId)
			.stream()
			.map(c -> new HistoryRow(Readiness.DAY.format(c.checkedOn()), Readiness.DAY.format(c.expiresOn()),
					c.validOn(today) ? "Valid" : "Expired", c.reference()))
			.toList();
	}

	private UserListing.Holder volunteer(UUID id) {
		return users.holding(Role.VOLUNTEER)
			.stream()
			.filter(v -> v.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFound("volunteer", id));
	}

	/** One recorded check as the history shows it. */
	record HistoryRow(String checkedOn, String expiresOn, String status, String reference) {
	}

}
