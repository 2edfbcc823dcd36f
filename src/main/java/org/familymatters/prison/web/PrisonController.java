package org.familymatters.prison.web;

import java.util.UUID;

import org.familymatters.prison.internal.PrisonFamilyServices;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A prison's services for families, for anyone signed in (reached from a custody episode
 * on a family's record); nothing on it is about a family.
 */
@Controller
@SignedIn
class PrisonController {

	private final PrisonFamilyServices prisons;

	PrisonController(PrisonFamilyServices prisons) {
		this.prisons = prisons;
	}

	@GetMapping("/prisons/{id}")
	String services(@PathVariable UUID id, Model model) {
		model.addAttribute("prison", prisons.find(id).orElseThrow(() -> new NotFound("prison", id)));
		return "prison/services";
	}

}
