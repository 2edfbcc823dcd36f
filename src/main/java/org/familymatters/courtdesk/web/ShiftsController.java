package org.familymatters.courtdesk.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.courtdesk.internal.CalendarFeeds;
import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.Readiness;
import org.familymatters.courtdesk.internal.RotaSession;
import org.familymatters.courtdesk.internal.Shifts;
import org.familymatters.courtdesk.internal.VolunteerReadiness;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.PublicAddress;
import org.familymatters.shared.web.SummaryRow;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A volunteer's shifts: the sessions at their court with places left (a page at a time),
 * the shifts they are on, signing up and dropping, and their private calendar link.
 */
@Controller
@PreAuthorize("hasRole('VOLUNTEER')")
@RequestMapping("/court-desk/shifts")
class ShiftsController {

	private final Shifts shifts;

	private final CourtVolunteers volunteers;

	private final Courts courts;

	private final CalendarFeeds calendars;

	private final MessageSource messages;

	private final PublicAddress publicAddress;

	private final VolunteerReadiness readiness;

	ShiftsController(Shifts shifts, CourtVolunteers volunteers, Courts courts, CalendarFeeds calendars,
			MessageSource messages, PublicAddress publicAddress, VolunteerReadiness readiness) {
		this.readiness = readiness;
		this.shifts = shifts;
		this.volunteers = volunteers;
		this.courts = courts;
		this.calendars = calendars;
		this.messages = messages;
		this.publicAddress = publicAddress;
	}

	@GetMapping
	String shifts(@AuthenticationPrincipal SignedInUser volunteer,
			@RequestParam(name = "page", required = false) String page, Model model) {
		var court = volunteers.courtOf(volunteer.id()).flatMap(courts::find);
		model.addAttribute("court", court.map(Court::name).orElse(null));
		var sessions = shifts.upcomingAtCourtOf(volunteer.id(), Lists.pageNumber(page), Lists.PAGE_SIZE);
		model.addAttribute("sessions", sessions);
		var ready = readiness.of(volunteer.id());
		var today = readiness.today();
		model.addAttribute("readinessProblems", ready.today(today).stream().map(p -> say(p, ready)).toList());
		if (ready.inductionOn().isEmpty()) {
			model.addAttribute("inductions", readiness.upcomingInductions());
		}
		var notReady = new HashMap<UUID, String>();
		sessions.items()
			.forEach(s -> ready.forShiftOn(s.date(), today)
				.stream()
				.findFirst()
				.ifPresent(p -> notReady.put(s.id(), say(p, ready))));
		model.addAttribute("notReady", notReady);
		model.addAttribute("baseUrl", "/court-desk/shifts");
		model.addAttribute("mine", shifts.mine(volunteer.id()));
		model.addAttribute("me", volunteer.id());
		model.addAttribute("hasCalendar", calendars.exists(volunteer.id()));
		model.addAttribute("dates", RotaViews.DAY);
		model.addAttribute("times", RotaViews.TIME);
		if (model.getAttribute("problem") != null) {
			model.addAttribute("pageHasErrors", true);
		}
		return "courtdesk/shifts";
	}

	/**
	 * One session at the volunteer's court, with its places left and a button to sign up
	 * or drop it: where their home page's shifts that need volunteers lead.
	 */
	@GetMapping("/{session}")
	String session(@PathVariable UUID session, @AuthenticationPrincipal SignedInUser volunteer, Model model) {
		var found = shifts.atCourtOf(volunteer.id(), session).orElseThrow(() -> new NotFound("session", session));
		model.addAttribute("rotaSession", found);
		model.addAttribute("signedUp", found.hasSignedUp(volunteer.id()));
		model.addAttribute("started", shifts.started(found));
		model.addAttribute("rows", rows(found));
		var ready = readiness.of(volunteer.id());
		model.addAttribute("notReady",
				ready.forShiftOn(found.date(), readiness.today())
					.stream()
					.findFirst()
					.map(p -> say(p, ready))
					.orElse(null));
		return "courtdesk/shift";
	}

	/** What a volunteer sees of a session: no names of the others on it. */
	private static List<SummaryRow> rows(RotaSession s) {
		var rows = new ArrayList<SummaryRow>();
		rows.add(SummaryRow.of("Court", s.courtName()));
		if (s.courtAddress() != null) {
			rows.add(SummaryRow.of("Address", s.courtAddress()));
		}
		rows.add(SummaryRow.of("Date", RotaViews.DAY.format(s.date())));
		rows.add(SummaryRow.of("Hours", RotaViews.hours(s)));
		rows.add(SummaryRow.of("Volunteers", s.signedUp().size() + " of " + s.volunteersNeeded() + " signed up"));
		if (s.notes() != null) {
			rows.add(SummaryRow.of("Notes", s.notes()));
		}
		return rows;
	}

	@PostMapping("/{session}/sign-up")
	String signUp(@PathVariable UUID session, @AuthenticationPrincipal SignedInUser volunteer, Model model,
			RedirectAttributes redirect) {
		try {
			shifts.signUp(session, volunteer.id());
		}
		catch (Shifts.ShiftRefused ex) {
			return refused(ex, volunteer, model);
		}
		redirect.addFlashAttribute("message", "You are signed up for this shift");
		return "redirect:/court-desk/shifts";
	}

	@PostMapping("/{session}/drop")
	String drop(@PathVariable UUID session, @AuthenticationPrincipal SignedInUser volunteer, Model model,
			RedirectAttributes redirect) {
		try {
			shifts.drop(session, volunteer.id());
		}
		catch (Shifts.ShiftRefused ex) {
			return refused(ex, volunteer, model);
		}
		redirect.addFlashAttribute("message", "You dropped the shift. Your coordinator sees the gap.");
		return "redirect:/court-desk/shifts";
	}

	@PostMapping("/calendar")
	String createCalendar(@AuthenticationPrincipal SignedInUser volunteer, RedirectAttributes redirect) {
		var secret = calendars.create(volunteer.id());
		redirect.addFlashAttribute("calendarUrl", publicAddress.link("/court-desk/calendar/" + secret + ".ics"));
		return "redirect:/court-desk/shifts#calendar";
	}

	@PostMapping("/calendar/stop")
	String stopCalendar(@AuthenticationPrincipal SignedInUser volunteer, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message",
				calendars.revoke(volunteer.id())
						? "Your calendar link is stopped. Calendars using it no longer get your shifts."
						: "You had no calendar link");
		return "redirect:/court-desk/shifts";
	}

	/** The shifts page again, saying why the sign-up or drop was refused. */
	private String refused(Shifts.ShiftRefused e, SignedInUser volunteer, Model model) {
		model.addAttribute("problem", messages.getMessage(e.code(), e.arguments(), Locale.UK));
		return shifts(volunteer, null, model);
	}

	/** Why the volunteer is not ready, as they are told. */
	private String say(Readiness.Problem problem, Readiness ready) {
		return messages.getMessage(problem.code(), ready.arguments(problem), Locale.UK);
	}

}
