package org.familymatters.courtdesk.web;

import java.util.UUID;

import org.familymatters.courtdesk.Court;
import org.familymatters.courtdesk.Courts;
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

/** Administrators keep the list of courts: add, change, archive and restore. */
@Controller
@AdministratorsOnly
@RequestMapping("/admin/courts")
class CourtAdminController {

	private static final String FORM = "courtdesk/court-form";

	private final Courts courts;

	CourtAdminController(Courts courts) {
		this.courts = courts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("courts", courts.all());
		return "courtdesk/courts";
	}

	@GetMapping("/new")
	String newCourt(Model model) {
		model.addAttribute("form", new CourtForm());
		return FORM;
	}

	@PostMapping("/new")
	String add(@Validated @ModelAttribute("form") CourtForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			var court = courts.add(form.getName(), form.getTown(), form.getAddress());
			redirect.addFlashAttribute("message", "Court added: " + court.name());
			return "redirect:/admin/courts";
		}
		catch (Courts.NameTaken ex) {
			result.rejectValue("name", "court.name.taken");
			return FORM;
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var court = court(id);
		model.addAttribute("form", CourtForm.of(court));
		model.addAttribute("court", court);
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String change(@PathVariable UUID id, @Validated @ModelAttribute("form") CourtForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("court", court(id));
		if (form.getVersion() == null && !result.hasFieldErrors("version")) {
			result.reject("record.changedElsewhere");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			var court = courts.change(id, form.getVersion(), form.getName(), form.getTown(), form.getAddress());
			redirect.addFlashAttribute("message", "Court saved: " + court.name());
			return "redirect:/admin/courts";
		}
		catch (Courts.NameTaken ex) {
			result.rejectValue("name", "court.name.taken");
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("record.changedElsewhere");
		}
		return FORM;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable UUID id, @ModelAttribute("form") CourtForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return setArchived(id, form, result, model, redirect, true);
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable UUID id, @ModelAttribute("form") CourtForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return setArchived(id, form, result, model, redirect, false);
	}

	private String setArchived(UUID id, CourtForm form, BindingResult result, Model model, RedirectAttributes redirect,
			boolean archived) {
		var court = court(id);
		try {
			if (form.getVersion() == null) {
				throw new OptimisticLockingFailureException("No version");
			}
			var changed = courts.setArchived(id, form.getVersion(), archived);
			redirect.addFlashAttribute("message",
					(archived ? "Court archived: " : "Court restored: ") + changed.name());
			return "redirect:/admin/courts";
		}
		catch (OptimisticLockingFailureException ex) {
			var fresh = CourtForm.of(court);
			model.addAttribute("form", fresh);
			model.addAttribute("court", court);
			var errors = new org.springframework.validation.BeanPropertyBindingResult(fresh, "form");
			errors.reject("record.changedElsewhere");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return FORM;
		}
	}

	private Court court(UUID id) {
		return courts.find(id).orElseThrow(() -> new NotFound("court", id));
	}

}
