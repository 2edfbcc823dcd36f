package org.familymatters.courtdesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.Rota;
import org.familymatters.courtdesk.internal.RotaSession;
import org.familymatters.courtdesk.internal.SessionDetails;
import org.familymatters.courtdesk.internal.Shifts;
import org.familymatters.courtdesk.internal.VolunteerReadiness;
import org.familymatters.identity.Role;
import org.familymatters.identity.UserListing;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;
import org.familymatters.shared.web.SummaryRow;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's rota: sessions by date, with their gaps, by court and a page at a
 * time; new sessions; changes; cancelling; filling a gap with a volunteer of the court.
 */
@Controller
@PreAuthorize("hasRole('COURT_DESK_COORDINATOR')")
@RequestMapping("/court-desk/rota")
class RotaController {

	private static final String FORM = "courtdesk/session-form";

	/** The rota's filter for the sessions that still need volunteers. */
	static final String GAPS = "gaps";

	private final Rota rota;

	private final Courts courts;

	private final Shifts shifts;

	private final CourtVolunteers volunteers;

	private final UserListing users;

	private final VolunteerReadiness readiness;

	RotaController(Rota rota, Courts courts, Shifts shifts, CourtVolunteers volunteers, UserListing users,
			VolunteerReadiness readiness) {
		this.rota = rota;
		this.courts = courts;
		this.shifts = shifts;
		this.volunteers = volunteers;
		this.users = users;
		this.readiness = readiness;
	}

	@GetMapping
	String rota(@ModelAttribute("filter") ListFilter filter, BindingResult result, Model model) {
		var check = FormCheck.of(result, Lists.PREFIX);
		var courtId = Lists.court(check, filter.getCourt(), id -> courts.find(id).isPresent());
		var gapsOnly = GAPS.equals(filter.getShow());
		filter.setShow(gapsOnly ? GAPS : "");
		model.addAttribute("courtOptions", CourtVolunteersController.courtOptions(courts.all()));
		model.addAttribute("dates", RotaViews.DAY);
		model.addAttribute("times", RotaViews.TIME);
		if (check.failed()) {
			return "courtdesk/rota";
		}
		var page = rota.sessions(courtId, rota.today(), gapsOnly, Lists.pageNumber(filter.getPage()), Lists.PAGE_SIZE);
		var address = Lists.address("/court-desk/rota", courtId, gapsOnly ? GAPS : null);
		model.addAttribute("sessions", page);
		model.addAttribute("baseUrl", address);
		model.addAttribute("gapsOnly", gapsOnly);
		model.addAttribute("courtName", (courtId != null) ? courts.find(courtId).map(Court::name).orElse(null) : null);
		return "courtdesk/rota";
	}

	@GetMapping("/new")
	String newSession(@RequestParam(name = "court", required = false) String court, Model model) {
		var form = new SessionForm();
		form.setCourtId(court);
		form.setVolunteersNeeded("2");
		model.addAttribute("form", form);
		return form(null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") SessionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser coordinator, Model model, RedirectAttributes redirect) {
		var check = SessionFormCheck.of(result);
		var details = details(form, check);
		if (check.failed()) {
			return form(null, model);
		}
		try {
			var id = rota.create(details, coordinator.id());
			redirect.addFlashAttribute("message", "Session added to the rota");
			return "redirect:/court-desk/rota/" + id;
		}
		catch (Rota.BadSession ex) {
			SessionFormCheck.reject(ex.problems(), check);
			return form(null, model);
		}
	}

	@GetMapping("/{id}")
	String session(@PathVariable UUID id, Model model) {
		return sessionPage(session(id), model);
	}

	/**
	 * Fills a gap: puts a volunteer who works at the session's court on it. Refusals are
	 * shown by the field, on the session's page.
	 */
	@PostMapping("/{id}/volunteers")
	String assign(@PathVariable UUID id, @ModelAttribute("assign") AssignForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var session = session(id);
		var check = FormCheck.of(result, "courtdesk.assign");
		var choices = assignable(session);
		var volunteer = check.requiredChoice("volunteer", form.getVolunteer(),
				value -> choices.stream().filter(v -> v.id().toString().equals(value)).findFirst());
		if (check.failed()) {
			return sessionPage(session, model);
		}
		try {
			shifts.assign(id, volunteer.id());
		}
		catch (Shifts.ShiftRefused ex) {
			check.reject("volunteer", ex.code(), ex.arguments());
			return sessionPage(rota.find(id).orElse(session), model);
		}
		redirect.addFlashAttribute("message", volunteer.displayName() + " is on this session now");
		return "redirect:/court-desk/rota/" + id;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var session = session(id);
		if (session.cancelled()) {
			return "redirect:/court-desk/rota/" + id;
		}
		model.addAttribute("form", SessionForm.of(session));
		return form(session, model);
	}

	@PostMapping("/{id}/edit")
	String change(@PathVariable UUID id, @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var session = session(id);
		if (session.cancelled()) {
			redirect.addFlashAttribute("message", "This session is cancelled, so it cannot change");
			return "redirect:/court-desk/rota/" + id;
		}
		var check = SessionFormCheck.of(result);
		var details = details(form, check);
		if (form.getVersion() == null && !check.failed("version")) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return form(session, model);
		}
		try {
			if (check.saved(() -> rota.change(id, form.getVersion(), details))) {
				redirect.addFlashAttribute("message", "Session changed");
				return "redirect:/court-desk/rota/" + id;
			}
		}
		catch (Rota.BadSession ex) {
			SessionFormCheck.reject(ex.problems(), check);
		}
		catch (Rota.SessionCancelled ex) {
			check.rejectForm("record.changedElsewhere");
		}
		return form(session, model);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(name = "version", required = false) String version,
			RedirectAttributes redirect) {
		session(id);
		var seen = Input.wholeNumber(version, 0, Integer.MAX_VALUE).value();
		try {
			if (seen == null) {
				throw new StaleSave("court desk session", id);
			}
			rota.cancel(id, seen);
			redirect.addFlashAttribute("message", "Session cancelled. Its volunteers see it as cancelled.");
		}
		catch (StaleSave | Rota.SessionCancelled ex) {
			redirect.addFlashAttribute("problem",
					"Someone else changed this session meanwhile. Check it, then cancel it again if you still need to.");
		}
		return "redirect:/court-desk/rota/" + id;
	}

	/**
	 * The details the form gives, with the form's problems and then the rota's on the
	 * check.
	 */
	private SessionDetails details(SessionForm form, FormCheck check) {
		var details = SessionFormCheck.details(form, check);
		SessionFormCheck.reject(rota.check(details), check);
		return details;
	}

	private String sessionPage(RotaSession session, Model model) {
		if (!model.containsAttribute("assign")) {
			model.addAttribute("assign", new AssignForm());
		}
		model.addAttribute("rotaSession", session);
		model.addAttribute("rows", rows(session));
		var open = !session.cancelled() && !session.full() && !session.startedBy(rota.now());
		model.addAttribute("open", open);
		if (open) {
			model.addAttribute("volunteerOptions",
					assignable(session).stream().map(v -> Option.of(v.id(), v.displayName())).toList());
		}
		return "courtdesk/session";
	}

	/**
	 * The volunteers a coordinator may put on a session: enabled, working at its court,
	 * not on it yet, ready for it (an induction attended, a background check valid on its
	 * day), by name.
	 */
	private List<UserListing.Holder> assignable(RotaSession session) {
		var courtOf = volunteers.courts();
		var atCourt = users.holding(Role.VOLUNTEER)
			.stream()
			.filter(v -> v.enabled() && session.courtId().equals(courtOf.get(v.id())) && !session.hasSignedUp(v.id()))
			.toList();
		var ready = readiness.ofEach(atCourt.stream().map(UserListing.Holder::id).toList());
		var today = readiness.today();
		return atCourt.stream().filter(v -> ready.get(v.id()).readyFor(session.date(), today)).toList();
	}

	private String form(RotaSession session, Model model) {
		model.addAttribute("rotaSession", session);
		var options = new ArrayList<Option>(CourtVolunteersController.courtOptions(courts.active()));
		model.addAttribute("courtOptions", options);
		return FORM;
	}

	private RotaSession session(UUID id) {
		return rota.find(id).orElseThrow(() -> new NotFound("session", id));
	}

	private static List<SummaryRow> rows(RotaSession s) {
		var rows = new ArrayList<SummaryRow>();
		rows.add(SummaryRow.of("Court", s.courtName()));
		rows.add(SummaryRow.of("Date", RotaViews.DAY.format(s.date())));
		rows.add(SummaryRow.of("Hours", RotaViews.hours(s)));
		rows.add(SummaryRow.of("Volunteers needed", s.volunteersNeeded()));
		rows.add(SummaryRow.of("Signed up", s.signedUp().isEmpty() ? "Nobody yet"
				: String.join(", ", s.signedUp().stream().map(RotaSession.Volunteer::displayName).toList())));
		if (s.notes() != null) {
			rows.add(SummaryRow.of("Notes", s.notes()));
		}
		return rows;
	}

}
