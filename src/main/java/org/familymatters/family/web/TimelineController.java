package org.familymatters.family.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyView;
import org.familymatters.family.internal.FamilyEditing;
import org.familymatters.family.internal.TimelineKind;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.DateParts;
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
 * Adding to a family's timeline: a call, visit, meeting, letter or note. For those who
 * may change the family (the access decision answers, 403 otherwise). The form carries an
 * idempotency key made when it is shown: sent twice, it adds one entry.
 */
@Controller
@SignedIn
@RequestMapping("/families/{id}/timeline")
class TimelineController {

	private final FamilyRecords records;

	private final FamilyEditing editing;

	private final Clock clock;

	TimelineController(FamilyRecords records, FamilyEditing editing, Clock clock) {
		this.records = records;
		this.editing = editing;
		this.clock = clock;
	}

	@GetMapping("/new")
	String newEntry(@PathVariable UUID id, Model model) {
		var view = records.viewForChange(id);
		var form = new TimelineForm();
		form.setOccurredOn(DateParts.of(LocalDate.now(clock)));
		form.setIdempotencyKey(UUID.randomUUID().toString());
		return form(view, form, model);
	}

	@PostMapping("/new")
	String add(@PathVariable UUID id, @ModelAttribute("form") TimelineForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var entry = FamilyFormCheck.timeline(form, LocalDate.now(clock), result);
		if (entry.isEmpty()) {
			return form(view, form, model);
		}
		// The same key again (the answer to the first was lost) stores nothing more.
		editing.addTimelineEntry(id, entry.get(), Input.identifier(form.getIdempotencyKey()).toOptional().orElse(null));
		redirect.addFlashAttribute("message", "Added to the timeline");
		return "redirect:/families/" + id;
	}

	private String form(FamilyView view, TimelineForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("kindOptions",
				TimelineKind.GENERAL.stream().map(k -> Option.of(k.code(), k.label())).toList());
		model.addAttribute("childrenOptions", List.of(new Option("true", "This is about the children",
				"Agencies whose consent covers notes about the children see it")));
		return "family/timeline-form";
	}

}
