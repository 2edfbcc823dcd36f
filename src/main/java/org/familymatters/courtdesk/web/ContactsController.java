package org.familymatters.courtdesk.web;

import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.familymatters.courtdesk.internal.CourtDeskContacts;
import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What a volunteer and a coordinator see of the contacts, a page at a time: a volunteer
 * the contacts they recorded at their court in the last 14 days; a coordinator every
 * court's, by court. One contact's page is for whoever the access decision allows.
 */
@Controller
@PreAuthorize("hasAnyRole('VOLUNTEER', 'COURT_DESK_COORDINATOR')")
@RequestMapping("/court-desk/contacts")
class ContactsController {

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
	String list(@ModelAttribute("filter") ListFilter filter, BindingResult result, Model model) {
		var user = currentUser.get();
		model.addAttribute("when", WHEN);
		int number = Lists.pageNumber(filter.getPage());
		if (!currentUser.has(Role.COURT_DESK_COORDINATOR)) {
			model.addAttribute("court", volunteers.courtOf(user.id()).flatMap(courts::find).orElse(null));
			model.addAttribute("page", contacts.recentOf(user.id(), number, Lists.PAGE_SIZE));
			model.addAttribute("baseUrl", "/court-desk/contacts");
			return "courtdesk/contacts";
		}
		var check = FormCheck.of(result, Lists.PREFIX);
		var courtId = Lists.court(check, filter.getCourt(), id -> courts.find(id).isPresent());
		model.addAttribute("coordinator", true);
		model.addAttribute("courtOptions", courts.all().stream().map(c -> Option.of(c.id(), c.name())).toList());
		if (check.failed()) {
			return "courtdesk/contacts";
		}
		model.addAttribute("page", contacts.all(courtId, number, Lists.PAGE_SIZE));
		model.addAttribute("baseUrl", Lists.address("/court-desk/contacts", courtId, null));
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
