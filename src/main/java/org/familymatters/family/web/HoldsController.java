package org.familymatters.family.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.family.internal.FamilyHolds;
import org.familymatters.shared.web.NotFound;

import org.springframework.security.access.prepost.PreAuthorize;
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
 * Designated safeguarding leads keep a family's record whole past its retention period
 * (ADR 0016): the holds in force, a form to place one by the family's reference, and
 * ending one.
 */
@Controller
@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
@RequestMapping("/safeguarding/holds")
class HoldsController {

	private static final String PAGE = "family/holds";

	private final FamilyHolds holds;

	private final Clock clock;

	HoldsController(FamilyHolds holds, Clock clock) {
		this.holds = holds;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new HoldForm());
		return page(model);
	}

	@PostMapping
	String place(@ModelAttribute("form") HoldForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var hold = HoldFormCheck.check(form, LocalDate.now(clock), holds::family, result);
		if (hold.isEmpty()) {
			return page(model);
		}
		var reference = holds.place(hold.get().familyId(), hold.get().until(), hold.get().reason());
		redirect.addFlashAttribute("message", "Hold placed on " + reference);
		return "redirect:/safeguarding/holds";
	}

	@PostMapping("/{familyId}/end")
	String end(@PathVariable UUID familyId, RedirectAttributes redirect) {
		if (!holds.end(familyId)) {
			throw new NotFound("safeguarding hold", familyId);
		}
		redirect.addFlashAttribute("message", "Hold ended");
		return "redirect:/safeguarding/holds";
	}

	private String page(Model model) {
		model.addAttribute("holds", holds.current());
		model.addAttribute("longest", FamilyHolds.LONGEST_YEARS);
		return PAGE;
	}

}
