package org.familymatters.family.web;

import java.util.UUID;

import org.familymatters.family.internal.FamilyMerges;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.security.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** Administrators merge two records of the same person or family, and undo merges. */
@Controller
@AdministratorsOnly
@RequestMapping("/admin/merges")
class MergesController {

	private final FamilyMerges merges;

	MergesController(FamilyMerges merges) {
		this.merges = merges;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("merges", merges.recent(100));
		return "family/admin/merges";
	}

	@GetMapping("/people")
	String peopleForm(Model model) {
		return form("people", new MergeForm(), model);
	}

	@GetMapping("/families")
	String familiesForm(Model model) {
		return form("families", new MergeForm(), model);
	}

	@PostMapping("/people")
	String mergePeople(@ModelAttribute("form") MergeForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		var merge = FamilyFormCheck.mergePeople(form, result);
		if (merge.isPresent()) {
			try {
				merges.mergePeople(merge.get().kept(), merge.get().merged(), merge.get().reason(), user.id());
				redirect.addFlashAttribute("message", "The two people are merged. You can undo it below.");
				return "redirect:/admin/merges";
			}
			catch (FamilyMerges.Refused ex) {
				result.reject(ex.code());
			}
		}
		return form("people", form, model);
	}

	@PostMapping("/families")
	String mergeFamilies(@ModelAttribute("form") MergeForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		var merge = FamilyFormCheck.mergeFamilies(form, merges::familyByReference, result);
		if (merge.isPresent()) {
			try {
				merges.mergeFamilies(merge.get().kept(), merge.get().merged(), merge.get().reason(), user.id());
				redirect.addFlashAttribute("message", "The two families are merged. You can undo it below.");
				return "redirect:/admin/merges";
			}
			catch (FamilyMerges.Refused ex) {
				result.reject(ex.code());
			}
		}
		return form("families", form, model);
	}

	@PostMapping("/{id}/undo")
	String undo(@PathVariable UUID id, @RequestParam(name = "version", required = false) Long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		try {
			merges.undo(id, (version != null) ? version : -1, user.id());
			redirect.addFlashAttribute("message", "The merge is undone: both records are as they were.");
		}
		catch (FamilyMerges.Refused ex) {
			redirect.addFlashAttribute("problem",
					"That merge was already undone, or changed meanwhile. Check the list.");
		}
		return "redirect:/admin/merges";
	}

	private String form(String kind, MergeForm form, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("form", form);
		return "family/admin/merge-form";
	}

}
