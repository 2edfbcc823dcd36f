package org.familymatters.school.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.directory.SchoolStaffGuidance;
import org.familymatters.school.internal.PupilsAffected;
import org.familymatters.school.internal.SchoolContacts;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Pupils affected", for a school's designated contact: their own school's pupils whom a
 * support worker told the school about, each while consent still covers the school, with
 * the key worker to ask and guidance for school staff from the directory. Another agency
 * practitioner of a school is told who their school's designated contact is.
 */
@Controller
@PreAuthorize("hasRole('AGENCY_PRACTITIONER')")
@RequestMapping("/schools/pupils")
class PupilsAffectedController {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ServiceTime.ZONE);

	private final PupilsAffected pupils;

	private final SchoolContacts contacts;

	private final SchoolStaffGuidance guidance;

	PupilsAffectedController(PupilsAffected pupils, SchoolContacts contacts, SchoolStaffGuidance guidance) {
		this.pupils = pupils;
		this.contacts = contacts;
		this.guidance = guidance;
	}

	@GetMapping
	String list(Model model) {
		var mine = pupils.mine();
		model.addAttribute("contact", mine.isPresent());
		model.addAttribute("pupils", mine.orElse(List.of()));
		model.addAttribute("school", contacts.schoolOfMine().orElse(null));
		model.addAttribute("guidance", guidance.forSchoolStaff());
		model.addAttribute("day", DAY);
		return "school/pupils";
	}

	@GetMapping("/{id}")
	String one(@PathVariable UUID id, Model model) {
		model.addAttribute("pupil", pupils.one(id));
		model.addAttribute("guidance", guidance.forSchoolStaff());
		model.addAttribute("day", DAY);
		return "school/pupil";
	}

}
