package org.familymatters.prison.web;

import java.util.List;
import java.util.UUID;

import org.familymatters.prison.internal.PrisonFamilyServices;
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
 * Administrators keep the prisons' services for families: the list of prisons
 * (organisations of type PRISON, added on the organisations page) and each one's
 * services.
 */
@Controller
@AdministratorsOnly
@RequestMapping("/admin/prisons")
class PrisonAdminController {

	private static final String FORM = "prison/admin-form";

	private final PrisonFamilyServices prisons;

	PrisonAdminController(PrisonFamilyServices prisons) {
		this.prisons = prisons;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("prisons", prisons.all());
		return "prison/admin-list";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		var prison = prison(id);
		model.addAttribute("form", PrisonServicesForm.of(prison));
		return form(prison, model);
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @ModelAttribute("form") PrisonServicesForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var prison = prison(id);
		var services = form.check(result);
		if (services.isEmpty() || !FormCheck.of(result, "prison.services")
			.saved(() -> prisons.change(id, form.getVersion(), services.get()))) {
			return form(prison, model);
		}
		redirect.addFlashAttribute("message", "Family services saved: " + prison.name());
		return "redirect:/admin/prisons";
	}

	private String form(PrisonFamilyServices.Prison prison, Model model) {
		model.addAttribute("prison", prison);
		model.addAttribute("yesNo", List.of(Option.of("yes", "Yes"), Option.of("no", "No")));
		return FORM;
	}

	private PrisonFamilyServices.Prison prison(UUID id) {
		return prisons.find(id).orElseThrow(() -> new NotFound("prison", id));
	}

}
