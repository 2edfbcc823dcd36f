package org.familymatters.identity.web;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.ReferenceDataAdministration;
import org.familymatters.identity.Sector;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

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
	String create(@Validated @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var values = check(form, result);
		if (result.hasErrors()) {
			return form(form, null, model);
		}
		try {
			administration.createOrganisation(form.getName(), values.type(), values.sector(), values.locality());
			redirect.addFlashAttribute("message", "Organisation added: " + form.getName().strip());
			return "redirect:/admin/organisations";
		}
		catch (ReferenceDataAdministration.NameTaken ex) {
			result.rejectValue("name", "organisation.name.taken");
			return form(form, null, model);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var organisation = organisations.findById(id).orElseThrow(() -> new NotFound("organisation", id));
		return form(OrganisationForm.of(organisation), id, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @Validated @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		organisations.findById(id).orElseThrow(() -> new NotFound("organisation", id));
		var values = check(form, result);
		if (form.getVersion() == null) {
			result.reject("record.changedElsewhere");
		}
		if (result.hasErrors()) {
			return form(form, id, model);
		}
		try {
			administration.updateOrganisation(id, form.getVersion(), form.getName(), values.type(), values.sector(),
					values.locality(), !"false".equals(form.getActive()));
			redirect.addFlashAttribute("message", "Organisation saved: " + form.getName().strip());
			return "redirect:/admin/organisations";
		}
		catch (ReferenceDataAdministration.NameTaken ex) {
			result.rejectValue("name", "organisation.name.taken");
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("record.changedElsewhere");
		}
		return form(form, id, model);
	}

	private Values check(OrganisationForm form, BindingResult result) {
		var type = FormValues.choice(OrganisationType.class, form.getType());
		var sector = FormValues.choice(Sector.class, form.getSector());
		var locality = FormValues.uuid(form.getLocalityId()).filter(localities::existsById);
		if (!result.hasFieldErrors("type") && type.isEmpty()) {
			result.rejectValue("type", "organisation.type.required");
		}
		if (!result.hasFieldErrors("sector") && sector.isEmpty()) {
			result.rejectValue("sector", "organisation.sector.required");
		}
		if (form.getLocalityId() != null && !form.getLocalityId().isBlank() && locality.isEmpty()) {
			result.rejectValue("localityId", "organisation.locality.unknown");
		}
		return new Values(type.orElse(null), sector.orElse(null), locality.orElse(null));
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
				java.util.List.of(Option.of("true", "Active"), Option.of("false", "No longer active")));
		return "identity/admin/organisation-form";
	}

	private record Values(OrganisationType type, Sector sector, UUID locality) {
	}

}
