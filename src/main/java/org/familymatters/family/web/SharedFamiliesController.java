package org.familymatters.family.web;

import java.util.List;

import jakarta.servlet.http.HttpSession;
import org.familymatters.family.internal.SharedFamilies;
import org.familymatters.shared.web.Page;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Families shared with you", for agency practitioners and designated safeguarding leads:
 * the families the access decision lets their organisation see today, with the basis and
 * until when, and a search by reference or name. The search is posted and kept in the
 * session ({@link SearchesKept}), never put in the address.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENCY_PRACTITIONER', 'SAFEGUARDING_LEAD')")
@RequestMapping("/families/shared")
class SharedFamiliesController {

	static final int PAGE_SIZE = 25;

	private final SharedFamilies shared;

	SharedFamiliesController(SharedFamilies shared) {
		this.shared = shared;
	}

	@GetMapping
	String list(@ModelAttribute("form") FamilySearchForm form, BindingResult result, HttpSession session, Model model) {
		form.setQ(SearchesKept.find(session, form.getSearch()));
		if (form.getQ() == null) {
			form.setSearch(null);
		}
		return list(form, model);
	}

	@PostMapping
	String search(@ModelAttribute("form") FamilySearchForm form, BindingResult result, HttpSession session,
			Model model) {
		var words = FamilyFormCheck.search(form, result);
		if (result.hasErrors()) {
			model.addAttribute("families", new Page<SharedFamilies.Row>(List.of(), 1, PAGE_SIZE, 0));
			model.addAttribute("pageUrl", "/families/shared?page=1");
			return "family/shared";
		}
		form.setSearch((words != null) ? SearchesKept.keep(session, words) : null);
		form.setPage(null);
		return "redirect:" + FamiliesController.address("/families/shared", form, false);
	}

	private String list(FamilySearchForm form, Model model) {
		int page = FamiliesController.pageNumber(form.getPage());
		var found = shared.find(form.getQ(), Math.max(1, page), PAGE_SIZE);
		model.addAttribute("families", found);
		model.addAttribute("pageProblem", FamiliesController.pageProblem(page, found));
		model.addAttribute("pageUrl", FamiliesController.address("/families/shared", form, true));
		return "family/shared";
	}

}
