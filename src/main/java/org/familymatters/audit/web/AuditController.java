package org.familymatters.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.familymatters.audit.internal.AuditActions;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.shared.security.AdministratorsOnly;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Administrators search the audit trail. */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditSearch audit;

	private final AuditActions actions;

	AuditController(AuditSearch audit, AuditActions actions) {
		this.audit = audit;
		this.actions = actions;
	}

	@AdministratorsOnly
	@GetMapping("/admin/audit")
	String search(@ModelAttribute("form") AuditSearchForm form, BindingResult result,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
		AuditSearchFormCheck.check(form, result, page, PAGE_SIZE).ifPresent(query -> {
			model.addAttribute("events", audit.search(query));
			model.addAttribute("baseUrl",
					UriComponentsBuilder.fromPath("/admin/audit")
						.query(request.getQueryString())
						.replaceQueryParam("page")
						.toUriString());
		});
		model.addAttribute("actions", actions);
		return "audit/search";
	}

}
