package org.familymatters.courtdesk.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.Readiness;
import org.familymatters.courtdesk.internal.VolunteerReadiness;
import org.familymatters.identity.Role;
import org.familymatters.identity.UserListing;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

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
 * The coordinator sees every volunteer, the court each works at (and sets it) and whether
 * each is ready for shifts (their readiness page has the details).
 */
@Controller
@PreAuthorize("hasRole('COURT_DESK_COORDINATOR')")
@RequestMapping("/court-desk/volunteers")
class CourtVolunteersController {

	private static final String FORM = "courtdesk/volunteer-court";

	private final UserListing users;

	private final CourtVolunteers volunteers;

	private final Courts courts;

	private final VolunteerReadiness readiness;

	CourtVolunteersController(UserListing users, CourtVolunteers volunteers, Courts courts,
			VolunteerReadiness readiness) {
		this.users = users;
		this.volunteers = volunteers;
		this.courts = courts;
		this.readiness = readiness;
	}

	@GetMapping
	String list(Model model) {
		var courtOf = volunteers.courts();
		var names = courts.all().stream().collect(Collectors.toMap(Court::id, Court::name));
		var holders = users.holding(Role.VOLUNTEER);
		var ready = readiness.ofEach(holders.stream().map(UserListing.Holder::id).toList());
		var today = readiness.today();
		model.addAttribute("volunteers",
				holders.stream()
					.map(v -> new Row(v.id(), v.displayName(), v.username(),
							courtOf.containsKey(v.id()) ? names.get(courtOf.get(v.id())) : null, v.enabled(),
							readinessLabel(ready.get(v.id()), today)))
					.toList());
		return "courtdesk/volunteers";
	}

	/**
	 * A volunteer's readiness in a few words: "Ready, check valid until 3 May 2027", or
	 * "Not ready: no induction, check expired".
	 */
	static String readinessLabel(Readiness ready, LocalDate today) {
		var problems = ready.today(today);
		if (problems.isEmpty()) {
			return "Ready, check valid until " + Readiness.DAY.format(ready.check().orElseThrow().expiresOn());
		}
		return "Not ready: " + problems.stream().map(p -> switch (p) {
			case NO_INDUCTION -> "no induction";
			case NO_CHECK -> "no background check";
			case CHECK_EXPIRED, CHECK_EXPIRES_BEFORE_SHIFT -> "background check expired";
		}).collect(Collectors.joining(", "));
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		var form = new VolunteerCourtForm();
		volunteers.courtOf(volunteer(id).id()).ifPresent(court -> form.setCourtId(court.toString()));
		model.addAttribute("form", form);
		return page(id, model);
	}

	@PostMapping("/{id}")
	String assign(@PathVariable UUID id, @ModelAttribute("form") VolunteerCourtForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser coordinator, Model model, RedirectAttributes redirect) {
		var volunteer = volunteer(id);
		var check = FormCheck.of(result, "courtdesk.volunteer");
		var court = check.requiredIdentifier("courtId", form.getCourtId());
		if (check.failed()) {
			return page(id, model);
		}
		try {
			volunteers.assign(volunteer.id(), court, coordinator.id());
		}
		catch (CourtVolunteers.CourtNotTakingVolunteers ex) {
			check.reject("courtId", "courtdesk.volunteer.court.unknown");
			return page(id, model);
		}
		redirect.addFlashAttribute("message",
				volunteer.displayName() + " now works at " + courts.find(court).map(Court::name).orElse("the court"));
		return "redirect:/court-desk/volunteers";
	}

	private String page(UUID id, Model model) {
		model.addAttribute("volunteer", volunteer(id));
		model.addAttribute("courtOptions", courtOptions(courts.active()));
		return FORM;
	}

	private UserListing.Holder volunteer(UUID id) {
		return users.holding(Role.VOLUNTEER)
			.stream()
			.filter(v -> v.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFound("volunteer", id));
	}

	static List<Option> courtOptions(List<Court> courts) {
		return courts.stream().map(c -> new Option(c.id().toString(), c.name(), c.town())).toList();
	}

	/** One volunteer as the list shows them. */
	record Row(UUID id, String displayName, String username, String court, boolean enabled, String readiness) {
	}

}
