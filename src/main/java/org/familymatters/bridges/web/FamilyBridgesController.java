package org.familymatters.bridges.web;

import java.util.UUID;

import org.familymatters.bridges.internal.BridgesReferrals;

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
 * A family's Building Bridges page, for the support workers who may change the family:
 * its referrals, and each custody episode with "Refer to Building Bridges" where the
 * pilot covers it, or why not.
 */
@Controller
@PreAuthorize("hasRole('SUPPORT_WORKER')")
@RequestMapping("/families/{familyId}/building-bridges")
class FamilyBridgesController {

	private final BridgesReferrals referrals;

	FamilyBridgesController(BridgesReferrals referrals) {
		this.referrals = referrals;
	}

	@GetMapping
	String page(@PathVariable UUID familyId, Model model) {
		model.addAttribute("form", new ReferForm());
		return page(referrals.forFamily(familyId), model);
	}

	@PostMapping
	String refer(@PathVariable UUID familyId, @ModelAttribute("form") ReferForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var family = referrals.forFamily(familyId);
		var episode = BridgesFormCheck.refer(form, result,
				family.episodes().stream().map(e -> e.episode().id()).toList());
		if (episode.isEmpty()) {
			return page(family, model);
		}
		UUID id;
		try {
			id = referrals.refer(familyId, episode.get());
		}
		catch (BridgesReferrals.NotReferable ex) {
			result.rejectValue("episode", "bridges.refer.episode.notReferable", new Object[] { ex.reason().label() },
					null);
			return page(family, model);
		}
		redirect.addFlashAttribute("message", "Referred to Building Bridges");
		return "redirect:/building-bridges/referrals/" + id;
	}

	private String page(BridgesReferrals.ForFamily family, Model model) {
		model.addAttribute("family", family);
		return "bridges/family";
	}

}
