package org.familymatters.directory.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.familymatters.directory.DirectoryEditing;
import org.familymatters.shared.security.DirectoryEditors;
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

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final String CHANGED = "Someone else changed this organisation while you were looking at it. Check it and try again.";

	private final DirectoryEditing editing;

	DirectoryOrganisationsController(DirectoryEditing editing) {
		this.editing = editing;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("organisations", editing.organizations(true));
		return "directory/staff/organisations";
	}

	@GetMapping("/new")
	String newOrganisation(Model model) {
		return form(new DirectoryOrganisationForm(), null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") DirectoryOrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		check(form, result);
		if (result.hasErrors()) {
			return form(form, null, model);
		}
		try {
			editing.createOrganization(form.getName(), form.getDescription(), form.getEmail(), form.getWebsite());
		}
		catch (DirectoryEditing.NameTaken ex) {
			result.rejectValue("name", "directory.organisation.name.taken");
			return form(form, null, model);
		}
		redirect.addFlashAttribute("message", "Organisation added: " + form.getName().strip());
		return "redirect:/directory/organisations";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var organisation = editing.organization(id).orElseThrow(() -> new NotFound("directory organisation", id));
		var form = new DirectoryOrganisationForm();
		form.setName(organisation.name());
		form.setDescription(organisation.description());
		form.setWebsite(organisation.website());
		form.setEmail(organisation.email());
		form.setVersion(organisation.version());
		return form(form, organisation, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") DirectoryOrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var organisation = editing.organization(id).orElseThrow(() -> new NotFound("directory organisation", id));
		check(form, result);
		if (form.getVersion() == null) {
			result.reject("record.changedElsewhere");
		}
		if (result.hasErrors()) {
			return form(form, organisation, model);
		}
		try {
			editing.updateOrganization(id, form.getVersion(), form.getName(), form.getDescription(), form.getEmail(),
					form.getWebsite());
		}
		catch (DirectoryEditing.NameTaken ex) {
			result.rejectValue("name", "directory.organisation.name.taken");
			return form(form, organisation, model);
		}
		catch (DirectoryEditing.ChangedElsewhere ex) {
			result.reject("record.changedElsewhere");
			return form(form, organisation, model);
		}
		redirect.addFlashAttribute("message", "Organisation saved: " + form.getName().strip());
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
		catch (DirectoryEditing.ChangedElsewhere ex) {
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
		catch (DirectoryEditing.ChangedElsewhere ex) {
			redirect.addFlashAttribute("problem", CHANGED);
			return "redirect:/directory/organisations/" + id + "/edit";
		}
		return "redirect:/directory/organisations";
	}

	private static void check(DirectoryOrganisationForm form, BindingResult result) {
		var name = ServiceFormCheck.trimmed(form.getName());
		if (name == null) {
			result.rejectValue("name", "directory.organisation.name.required");
		}
		else if (name.length() > 200) {
			result.rejectValue("name", "directory.field.tooLong", new Object[] { 200 }, "Too long");
		}
		if (form.getDescription() != null && form.getDescription().strip().length() > 4000) {
			result.rejectValue("description", "directory.field.tooLong", new Object[] { 4000 }, "Too long");
		}
		var website = ServiceFormCheck.trimmed(form.getWebsite());
		if (website != null && (website.length() > 500 || !ServiceFormCheck.isWebAddress(website))) {
			result.rejectValue("website", "directory.organisation.website.invalid");
		}
		var email = ServiceFormCheck.trimmed(form.getEmail());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			result.rejectValue("email", "directory.organisation.email.invalid");
		}
	}

	private String form(DirectoryOrganisationForm form, DirectoryEditing.OrganizationRow organisation, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("organisation", organisation);
		return "directory/staff/organisation-form";
	}

}
