package org.familymatters.identity.web;

import java.util.UUID;

import org.familymatters.identity.Localities;
import org.familymatters.identity.internal.ReferenceDataAdministration;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage localities. */
@Controller
@AdministratorsOnly
@RequestMapping("/admin/localities")
class LocalityAdminController {

	private static final String FORM = "identity/admin/locality-form";

	private final ReferenceDataAdministration administration;

	private final Localities localities;

	LocalityAdminController(ReferenceDataAdministration administration, Localities localities) {
		this.administration = administration;
		this.localities = localities;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("localities", localities.findAllOrdered());
		return "identity/admin/localities";
	}

	@GetMapping("/new")
	String newLocality(Model model) {
		model.addAttribute("form", new LocalityForm());
		return FORM;
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") LocalityForm form, BindingResult result, RedirectAttributes redirect) {
		var locality = LocalityFormCheck.check(form, result, false);
		if (locality.isEmpty()) {
			return FORM;
		}
		try {
			administration.createLocality(locality.get().name(), locality.get().county());
		}
		catch (ReferenceDataAdministration.NameTaken ex) {
			FormCheck.of(result, "locality").reject("name", "taken");
			return FORM;
		}
		redirect.addFlashAttribute("message", "Locality added: " + locality.get().name());
		return "redirect:/admin/localities";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var locality = localities.findById(id).orElseThrow(() -> new NotFound("locality", id));
		model.addAttribute("form", LocalityForm.of(locality));
		model.addAttribute("localityId", id);
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") LocalityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		localities.findById(id).orElseThrow(() -> new NotFound("locality", id));
		model.addAttribute("localityId", id);
		var locality = LocalityFormCheck.check(form, result, true);
		if (locality.isEmpty()) {
			return FORM;
		}
		var check = FormCheck.of(result, "locality");
		try {
			if (!check.saved(() -> administration.updateLocality(id, form.getVersion(), locality.get().name(),
					locality.get().county()))) {
				return FORM;
			}
		}
		catch (ReferenceDataAdministration.NameTaken ex) {
			check.reject("name", "taken");
			return FORM;
		}
		redirect.addFlashAttribute("message", "Locality saved: " + locality.get().name());
		return "redirect:/admin/localities";
	}

}
