package org.familymatters.release.web;

import org.familymatters.release.internal.ReleaseWindow;
import org.familymatters.release.internal.ReleasesComingUp;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Releases coming up: for a support worker, the people due for release within twelve
 * weeks in the families they may change, with or without a release plan, each linking to
 * its plan. Each family shown is audited as RELEASES_LISTED.
 */
@Controller
@PreAuthorize("hasRole('SUPPORT_WORKER')")
class ReleasesController {

	private final ReleasesComingUp comingUp;

	ReleasesController(ReleasesComingUp comingUp) {
		this.comingUp = comingUp;
	}

	@GetMapping("/releases")
	String releases(Model model) {
		var rows = comingUp.rows();
		comingUp.shown(rows, "releases coming up");
		model.addAttribute("rows", rows);
		model.addAttribute("weeks", ReleaseWindow.WEEKS);
		return "release/releases";
	}

}
