package org.familymatters.audit.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.familymatters.audit.AuditActions;
import org.familymatters.audit.AuditQuery;
import org.familymatters.audit.AuditTrail;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.web.DateParts;

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

	private final AuditTrail audit;

	private final AuditActions actions;

	AuditController(AuditTrail audit, AuditActions actions) {
		this.audit = audit;
		this.actions = actions;
	}

	@AdministratorsOnly
	@GetMapping("/admin/audit")
	String search(@ModelAttribute("form") AuditSearchForm form, BindingResult result,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
		var from = date(form.getFrom(), "from", result);
		var to = date(form.getTo(), "to", result);
		if (from != null && to != null && to.isBefore(from)) {
			result.rejectValue("to", "audit.to.beforeFrom");
		}
		if (!result.hasErrors()) {
			model.addAttribute("events", audit.search(new AuditQuery(form.getActor(), form.getAction(),
					form.getRecordType(), form.getRecordId(), from, to, Math.max(1, page), PAGE_SIZE)));
			model.addAttribute("baseUrl",
					UriComponentsBuilder.fromPath("/admin/audit")
						.query(request.getQueryString())
						.replaceQueryParam("page")
						.toUriString());
		}
		model.addAttribute("actions", actions);
		return "audit/search";
	}

	private static LocalDate date(DateParts parts, String field, BindingResult result) {
		if (parts == null || parts.isEmpty()) {
			return null;
		}
		var date = parts.toDate();
		if (date.isEmpty()) {
			result.rejectValue(field, "date.invalid");
			return null;
		}
		return date.get();
	}

}
