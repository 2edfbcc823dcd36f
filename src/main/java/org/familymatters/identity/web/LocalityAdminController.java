package org.familymatters.identity.web;

import java.util.UUID;

import org.familymatters.identity.Localities;
import org.familymatters.identity.ReferenceDataAdministration;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.web.NotFound;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
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
		return "identity/admin/locality-form";
	}

	@PostMapping("/new")
	String create(@Validated @ModelAttribute("form") LocalityForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "identity/admin/locality-form";
		}
		try {
			administration.createLocality(form.getName(), form.getCounty());
			redirect.addFlashAttribute("message", "Locality added: " + form.getName().strip());
			return "redirect:/admin/localities";
		}
		catch (ReferenceDataAdministration.NameTaken ex) {
			result.rejectValue("name", "locality.name.taken");
			return "identity/admin/locality-form";
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var locality = localities.findById(id).orElseThrow(() -> new NotFound("locality", id));
		model.addAttribute("form", LocalityForm.of(locality));
		model.addAttribute("localityId", id);
		return "identity/admin/locality-form";
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @Validated @ModelAttribute("form") LocalityForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		localities.findById(id).orElseThrow(() -> new NotFound("locality", id));
		model.addAttribute("localityId", id);
		if (form.getVersion() == null) {
			result.reject("record.changedElsewhere");
		}
		if (result.hasErrors()) {
			return "identity/admin/locality-form";
		}
		try {
			administration.updateLocality(id, form.getVersion(), form.getName(), form.getCounty());
			redirect.addFlashAttribute("message", "Locality saved: " + form.getName().strip());
			return "redirect:/admin/localities";
		}
		catch (ReferenceDataAdministration.NameTaken ex) {
			result.rejectValue("name", "locality.name.taken");
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("record.changedElsewhere");
		}
		return "identity/admin/locality-form";
	}

}
