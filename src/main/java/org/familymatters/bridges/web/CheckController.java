package org.familymatters.bridges.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.familymatters.bridges.internal.CheckDecision;
import org.familymatters.bridges.internal.CheckRule;
import org.familymatters.bridges.internal.SafeguardingChecks;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;

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
 * A family home's safeguarding check, for the designated safeguarding leads of the
 * family's county: what the worker wrote and the household, then the domestic abuse
 * history, the risk to children, the licence conditions, and approve or refuse with a
 * reason. A lead's own case is shown but not decidable.
 */
@Controller
@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
@RequestMapping("/building-bridges/checks/{id}")
class CheckController {

	private final SafeguardingChecks checks;

	CheckController(SafeguardingChecks checks) {
		this.checks = checks;
	}

	@GetMapping
	String page(@PathVariable UUID id, Model model) {
		var check = checks.forDecision(id);
		var form = new DecisionForm();
		form.setVersion(check.check().version());
		return page(check, form, model);
	}

	@PostMapping
	String decide(@PathVariable UUID id, @ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var shown = checks.forDecision(id);
		var decision = BridgesFormCheck.decision(form, result);
		var check = FormCheck.of(result, "bridges.decision");
		if (decision.isPresent() && !shown.check().waiting()) {
			check.rejectForm("bridges.decision.decidedAlready");
		}
		if (check.failed()) {
			return page(shown, form, model);
		}
		var ownCase = new AtomicReference<Optional<CheckRule.OwnCase>>(Optional.empty());
		if (!check.saved(() -> ownCase.set(checks.decide(id, form.getVersion(), decision.get())))) {
			return page(shown, form, model);
		}
		if (ownCase.get().isPresent()) {
			check.rejectForm("bridges.decision.ownCase");
			return page(shown, form, model);
		}
		redirect.addFlashAttribute("message", "The safeguarding check is "
				+ ((decision.get().decision() == CheckDecision.APPROVED) ? "approved" : "refused") + ". Thank you.");
		return "redirect:/building-bridges/checks/" + id;
	}

	private String page(SafeguardingChecks.ForDecision check, DecisionForm form, Model model) {
		model.addAttribute("shown", check);
		model.addAttribute("form", form);
		model.addAttribute("options", Arrays.stream(CheckDecision.values())
			.map(d -> new Option(d.name(), d.label(),
					(d == CheckDecision.APPROVED) ? "The family home may be agreed" : "The family home is not agreed"))
			.toList());
		return "bridges/check";
	}

}
