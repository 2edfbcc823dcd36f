package org.familymatters.bridges.web;

import java.util.UUID;

import org.familymatters.bridges.internal.Pilots;
import org.familymatters.family.FamilyRecords;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;

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

/**
 * The Building Bridges pilot's pairs of a county and a prison, for administrators: each
 * pair with whether it is in force, start or stop it, and add a pair.
 */
@Controller
@AdministratorsOnly
@RequestMapping("/admin/building-bridges")
class PilotAdminController {

	private final Pilots pilots;

	private final FamilyRecords records;

	PilotAdminController(Pilots pilots, FamilyRecords records) {
		this.pilots = pilots;
		this.records = records;
	}

	@GetMapping
	String page(Model model) {
		return page(new PilotForm(), model);
	}

	@PostMapping
	String add(@ModelAttribute("form") PilotForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		var prisons = records.prisons();
		var pair = BridgesFormCheck.pilot(form, result, pilots.counties(), prisons);
		if (pair.isEmpty()) {
			return page(form, model);
		}
		if (!pilots.add(pair.get().county(), pair.get().prison())) {
			FormCheck.of(result, "bridges.pilot").reject("prison", "inPilot");
			return page(form, model);
		}
		redirect.addFlashAttribute("message",
				pair.get().county() + " and " + prisons.get(pair.get().prison()) + " are now in the pilot");
		return "redirect:/admin/building-bridges";
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @RequestParam(name = "active", required = false) String active,
			@RequestParam(name = "version", required = false) String version, RedirectAttributes redirect) {
		Long seen;
		try {
			seen = (version != null) ? Long.valueOf(version.strip()) : null;
		}
		catch (NumberFormatException ex) {
			seen = null;
		}
		if (seen == null || !("true".equals(active) || "false".equals(active))) {
			redirect.addFlashAttribute("problem", "Choose to start or stop a pair from this page");
			return "redirect:/admin/building-bridges";
		}
		var pilot = pilots.setActive(id, seen, Boolean.parseBoolean(active));
		redirect.addFlashAttribute("message", pilot.county() + " and " + pilot.prisonName()
				+ (Boolean.parseBoolean(active) ? " are in the pilot again" : " are out of the pilot"));
		return "redirect:/admin/building-bridges";
	}

	private String page(PilotForm form, Model model) {
		model.addAttribute("pilots", pilots.all());
		model.addAttribute("form", form);
		model.addAttribute("countyOptions", pilots.counties().stream().map(c -> Option.of(c, c)).toList());
		model.addAttribute("prisonOptions",
				records.prisons().entrySet().stream().map(e -> Option.of(e.getKey(), e.getValue())).toList());
		return "bridges/pilots";
	}

}
