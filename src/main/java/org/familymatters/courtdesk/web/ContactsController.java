package org.familymatters.courtdesk.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.UUID;

import org.familymatters.courtdesk.internal.CourtDeskContacts;
import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.identity.Role;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a volunteer and a coordinator see of the contacts: a volunteer the contacts they
 * recorded at their court in the last 14 days; a coordinator every court's, by court, a
 * page at a time. One contact's page is for whoever the access decision allows.
 */
@Controller
@PreAuthorize("hasAnyRole('VOLUNTEER', 'COURT_DESK_COORDINATOR')")
@RequestMapping("/court-desk/contacts")
class ContactsController {

	static final int PER_PAGE = 25;

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").withZone(ServiceTime.ZONE);

	private final CourtDeskContacts contacts;

	private final CourtVolunteers volunteers;

	private final Courts courts;

	private final CurrentUser currentUser;

	ContactsController(CourtDeskContacts contacts, CourtVolunteers volunteers, Courts courts, CurrentUser currentUser) {
		this.contacts = contacts;
		this.volunteers = volunteers;
		this.courts = courts;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(@RequestParam(name = "court", required = false) String court,
			@RequestParam(name = "page", required = false) String page, Model model) {
		var user = currentUser.get();
		model.addAttribute("when", WHEN);
		if (!currentUser.has(Role.COURT_DESK_COORDINATOR)) {
			model.addAttribute("court", volunteers.courtOf(user.id()).flatMap(courts::find).orElse(null));
			model.addAttribute("contacts", contacts.recentOf(user.id()));
			return "courtdesk/contacts";
		}
		var courtId = Input.identifier(court).value();
		int number = Input.wholeNumber(page, Integer.MIN_VALUE, Integer.MAX_VALUE)
			.toOptional()
			.map(n -> Math.max(1, Math.min(100_000, n)))
			.orElse(1);
		var courtOptions = new ArrayList<Option>();
		courts.all().forEach(c -> courtOptions.add(Option.of(c.id(), c.name())));
		model.addAttribute("coordinator", true);
		model.addAttribute("courtOptions", courtOptions);
		model.addAttribute("chosenCourt", (courtId != null) ? courtId.toString() : "");
		model.addAttribute("page", contacts.all(courtId, number, PER_PAGE));
		model.addAttribute("baseUrl", "/court-desk/contacts" + ((courtId != null) ? "?court=" + courtId : ""));
		return "courtdesk/contacts";
	}

	@GetMapping("/{id}")
	String contact(@PathVariable UUID id, Model model) {
		var contact = contacts.view(id, currentUser.get()).orElseThrow(() -> new NotFound("court desk contact", id));
		model.addAttribute("contact", contact);
		model.addAttribute("when", WHEN);
		return "courtdesk/contact";
	}

}
