package org.familymatters.directory.web;

import java.util.UUID;

import org.familymatters.directory.internal.OrganisationEditing;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.DirectoryEditors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff keep the organisations that run the directory's services. */
@Controller
@DirectoryEditors
@RequestMapping("/directory/organisations")
class DirectoryOrganisationsController {

	private static final String CHANGED = "Someone else changed this organisation while you were looking at it. Check it and try again.";

	private final OrganisationEditing editing;

	DirectoryOrganisationsController(OrganisationEditing editing) {
		this.editing = editing;
	}

	@GetMapping
	String list(@ModelAttribute("form") StaffListForm form, BindingResult result,
			@RequestParam(name = "page", required = false) String page, Model model) {
		var q = FormCheck.of(result, "directory.organisations").text("q", form.getQ(), StaffLists.SEARCH_MAX);
		model.addAttribute("organisations",
				editing.organizations(q, StaffLists.pageNumber(page), StaffLists.PAGE_SIZE));
		model.addAttribute("pageUrl", StaffLists.address("/directory/organisations", q));
		return "directory/staff/organisations";
	}

	@GetMapping("/new")
	String newOrganisation(Model model) {
		return form(new DirectoryOrganisationForm(), null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") DirectoryOrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var check = FormCheck.of(result, DirectoryOrganisationForm.PREFIX);
		var changes = form.check(check);
		if (check.failed()) {
			return form(form, null, model);
		}
		try {
			editing.createOrganization(changes);
		}
		catch (OrganisationEditing.NameTaken ex) {
			check.reject("name", "taken");
			return form(form, null, model);
		}
		redirect.addFlashAttribute("message", "Organisation added: " + changes.name());
		return "redirect:/directory/organisations";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var organisation = editing.organization(id).orElseThrow(() -> new NotFound("directory organisation", id));
		return form(DirectoryOrganisationForm.of(organisation), organisation, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") DirectoryOrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var organisation = editing.organization(id).orElseThrow(() -> new NotFound("directory organisation", id));
		var check = FormCheck.of(result, DirectoryOrganisationForm.PREFIX);
		var changes = form.check(check);
		if (form.getVersion() == null) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return form(form, organisation, model);
		}
		try {
			if (!check.saved(() -> editing.updateOrganization(id, form.getVersion(), changes))) {
				return form(form, organisation, model);
			}
		}
		catch (OrganisationEditing.NameTaken ex) {
			check.reject("name", "taken");
			return form(form, organisation, model);
		}
		redirect.addFlashAttribute("message", "Organisation saved: " + changes.name());
		return "redirect:/directory/organisations";
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable UUID id, @RequestParam(name = "version", required = false) Long version,
			RedirectAttributes redirect) {
		var organisation = editing.organization(id).orElseThrow(() -> new NotFound("directory organisation", id));
		try {
			int services = editing.archiveOrganization(id, (version != null) ? version : -1);
			redirect.addFlashAttribute("message", "Organisation archived: " + organisation.name() + ", with " + services
					+ ((services != 1) ? " services" : " service"));
		}
		catch (StaleSave ex) {
			redirect.addFlashAttribute("problem", CHANGED);
			return "redirect:/directory/organisations/" + id + "/edit";
		}
		return "redirect:/directory/organisations";
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable UUID id, @RequestParam(name = "version", required = false) Long version,
			RedirectAttributes redirect) {
		var organisation = editing.organization(id).orElseThrow(() -> new NotFound("directory organisation", id));
		try {
			editing.restoreOrganization(id, (version != null) ? version : -1);
			redirect.addFlashAttribute("message",
					"Organisation restored: " + organisation.name() + ". Restore its services one by one.");
		}
		catch (StaleSave ex) {
			redirect.addFlashAttribute("problem", CHANGED);
			return "redirect:/directory/organisations/" + id + "/edit";
		}
		return "redirect:/directory/organisations";
	}

	private String form(DirectoryOrganisationForm form, OrganisationEditing.OrganizationRow organisation, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("organisation", organisation);
		return "directory/staff/organisation-form";
	}

}
