package org.familymatters.school.web;

import java.util.UUID;

import org.familymatters.school.internal.SchoolContacts;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

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
 * Schools and their designated contacts, for administrators: every organisation of type
 * school with its contact, and setting the contact among the school's enabled agency
 * practitioners.
 */
@Controller
@AdministratorsOnly
@RequestMapping("/schools")
class SchoolsController {

	private final SchoolContacts contacts;

	SchoolsController(SchoolContacts contacts) {
		this.contacts = contacts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("schools", contacts.schools());
		return "school/schools";
	}

	@GetMapping("/{id}/contact")
	String form(@PathVariable UUID id, Model model) {
		var school = contacts.school(id).orElseThrow(() -> new NotFound("school", id));
		var form = new ContactForm();
		if (school.contact() != null) {
			form.setContact(school.contact().id().toString());
			form.setWas(school.contact().id().toString());
		}
		return form(school, form, model);
	}

	@PostMapping("/{id}/contact")
	String set(@PathVariable UUID id, @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var school = contacts.school(id).orElseThrow(() -> new NotFound("school", id));
		var check = FormCheck.of(result, "school");
		var candidates = contacts.candidates(id);
		var chosen = check.requiredChoice("contact", form.getContact(),
				value -> candidates.stream().filter(c -> c.id().toString().equals(value)).findFirst());
		var was = check.identifier("was", form.getWas());
		if (!check.failed("was") && form.getWas() != null && !form.getWas().isBlank() && was == null) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed() || !check.saved(() -> contacts.set(id, was, chosen.id()))) {
			return form(school, form, model);
		}
		redirect.addFlashAttribute("message", chosen.name() + " is now the designated contact of " + school.name());
		return "redirect:/schools";
	}

	private String form(SchoolContacts.School school, ContactForm form, Model model) {
		model.addAttribute("school", school);
		model.addAttribute("form", form);
		model.addAttribute("options",
				contacts.candidates(school.id())
					.stream()
					.map(c -> new Option(c.id().toString(), c.name(),
							c.username() + ((c.email() != null) ? ", " + c.email() : ", no e-mail address on record")))
					.toList());
		return "school/contact-form";
	}

}
