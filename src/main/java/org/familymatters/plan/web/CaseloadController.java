package org.familymatters.plan.web;

import org.familymatters.plan.internal.Caseload;
import org.familymatters.shared.security.SignedIn;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A support worker's caseload: the families they are key worker for, with reviews due,
 * overdue actions and families with no plan after 28 days; each family shown audited as
 * CASELOAD_LISTED.
 */
@Controller
@SignedIn
@RequestMapping("/plans/caseload")
class CaseloadController {

	static final int PAGE_SIZE = 25;

	private final Caseload caseload;

	CaseloadController(Caseload caseload) {
		this.caseload = caseload;
	}

	@GetMapping
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String caseload(@RequestParam(name = "page", defaultValue = "1") String page, Model model) {
		int number;
		try {
			number = Math.max(1, Math.min(100_000, Integer.parseInt(page.strip())));
		}
		catch (NumberFormatException ex) {
			number = 1;
		}
		model.addAttribute("page", caseload.page(number, PAGE_SIZE));
		model.addAttribute("reviewDays", Caseload.REVIEW_DAYS);
		model.addAttribute("noPlanDays", Caseload.NO_PLAN_DAYS);
		return "plan/caseload";
	}

}
