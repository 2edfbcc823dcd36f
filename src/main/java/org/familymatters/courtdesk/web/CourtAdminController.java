package org.familymatters.courtdesk.web;

import java.util.UUID;

import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.web.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
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
	String add(@ModelAttribute("form") CourtForm form, BindingResult result, RedirectAttributes redirect) {
		var check = CourtForm.checkOf(result);
		var values = form.check(check);
		if (values == null) {
			return FORM;
		}
		try {
			var court = courts.add(values.name(), values.town(), values.address());
			redirect.addFlashAttribute("message", "Court added: " + court.name());
			return "redirect:/admin/courts";
		}
		catch (Courts.NameTaken ex) {
			check.reject("name", "taken");
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
	String change(@PathVariable UUID id, @ModelAttribute("form") CourtForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("court", court(id));
		var check = CourtForm.checkOf(result);
		var values = form.check(check);
		if (form.getVersion() == null && !check.failed("version")) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return FORM;
		}
		try {
			if (check
				.saved(() -> courts.change(id, form.getVersion(), values.name(), values.town(), values.address()))) {
				redirect.addFlashAttribute("message", "Court saved: " + values.name());
				return "redirect:/admin/courts";
			}
		}
		catch (Courts.NameTaken ex) {
			check.reject("name", "taken");
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
				throw new StaleSave("court", id);
			}
			var changed = courts.setArchived(id, form.getVersion(), archived);
			redirect.addFlashAttribute("message",
					(archived ? "Court archived: " : "Court restored: ") + changed.name());
			return "redirect:/admin/courts";
		}
		catch (StaleSave ex) {
			var fresh = CourtForm.of(court);
			model.addAttribute("form", fresh);
			model.addAttribute("court", court);
			var errors = new BeanPropertyBindingResult(fresh, "form");
			CourtForm.checkOf(errors).rejectForm("record.changedElsewhere");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return FORM;
		}
	}

	private Court court(UUID id) {
		return courts.find(id).orElseThrow(() -> new NotFound("court", id));
	}

}
