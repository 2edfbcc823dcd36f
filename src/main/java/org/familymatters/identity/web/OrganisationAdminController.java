package org.familymatters.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Sector;
import org.familymatters.identity.internal.ReferenceDataAdministration;
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

/** Administrators manage organisations. */
@Controller
@AdministratorsOnly
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

	private final ReferenceDataAdministration administration;

	private final Organisations organisations;

	private final Localities localities;

	OrganisationAdminController(ReferenceDataAdministration administration, Organisations organisations,
			Localities localities) {
		this.administration = administration;
		this.organisations = organisations;
		this.localities = localities;
	}

	@GetMapping
	String list(Model model) {
		Map<UUID, String> localityNames = localities.findAll()
			.stream()
			.collect(Collectors.toMap(Locality::id, Locality::name));
		model.addAttribute("organisations", organisations.findAllOrdered());
		model.addAttribute("localityNames", localityNames);
		return "identity/admin/organisations";
	}

	@GetMapping("/new")
	String newOrganisation(Model model) {
		return form(new OrganisationForm(), null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var organisation = OrganisationFormCheck.check(form, result, localities::existsById, false);
		if (organisation.isEmpty()) {
			return form(form, null, model);
		}
		var details = organisation.get();
		try {
			administration.createOrganisation(details.name(), details.type(), details.sector(), details.localityId());
		}
		catch (ReferenceDataAdministration.NameTaken ex) {
			FormCheck.of(result, "organisation").reject("name", "taken");
			return form(form, null, model);
		}
		redirect.addFlashAttribute("message", "Organisation added: " + details.name());
		return "redirect:/admin/organisations";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var organisation = organisations.findById(id).orElseThrow(() -> new NotFound("organisation", id));
		return form(OrganisationForm.of(organisation), id, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		organisations.findById(id).orElseThrow(() -> new NotFound("organisation", id));
		var organisation = OrganisationFormCheck.check(form, result, localities::existsById, true);
		if (organisation.isEmpty()) {
			return form(form, id, model);
		}
		var details = organisation.get();
		var check = FormCheck.of(result, "organisation");
		try {
			if (!check.saved(() -> administration.updateOrganisation(id, form.getVersion(), details.name(),
					details.type(), details.sector(), details.localityId(), details.active()))) {
				return form(form, id, model);
			}
		}
		catch (ReferenceDataAdministration.NameTaken ex) {
			check.reject("name", "taken");
			return form(form, id, model);
		}
		redirect.addFlashAttribute("message", "Organisation saved: " + details.name());
		return "redirect:/admin/organisations";
	}

	private String form(OrganisationForm form, UUID id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("organisationId", id);
		model.addAttribute("typeOptions",
				Arrays.stream(OrganisationType.values()).map(t -> Option.of(t.name(), t.label())).toList());
		model.addAttribute("sectorOptions",
				Arrays.stream(Sector.values()).map(s -> Option.of(s.name(), s.label())).toList());
		model.addAttribute("localityOptions",
				localities.findAllOrdered()
					.stream()
					.map(l -> Option.of(l.id(), l.name() + " (" + l.county() + ")"))
					.toList());
		model.addAttribute("activeOptions",
				List.of(Option.of("true", "Active"), Option.of("false", "No longer active")));
		return "identity/admin/organisation-form";
	}

}
