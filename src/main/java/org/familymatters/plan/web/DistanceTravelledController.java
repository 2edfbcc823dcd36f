package org.familymatters.plan.web;

import java.util.UUID;

import org.familymatters.plan.internal.FamilyProgress;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A family's distance travelled, for its support workers: the first assessment against
 * the latest, per need area, as a chart with the table beside it. The access decision
 * decides and audits each view.
 */
@Controller
@PreAuthorize("hasRole('SUPPORT_WORKER')")
class DistanceTravelledController {

	private final FamilyProgress progress;

	DistanceTravelledController(FamilyProgress progress) {
		this.progress = progress;
	}

	@GetMapping("/families/{id}/plan/progress")
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("progress", progress.of(id));
		return "plan/progress";
	}

}
