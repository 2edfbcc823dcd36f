package org.familymatters.release.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.plan.PlanActions;
import org.familymatters.release.internal.ReleaseOwners;
import org.familymatters.release.internal.ReleasePlans;
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
 * "Add a release action": an action of the family's open support plan (a goal, what is to
 * be done, the owner organisation and optionally a person in it, a due date), added
 * through the plan module so that its owner is e-mailed and reminded as for every action,
 * and kept with the release plan. A family with no open support plan is told so, with a
 * link to start it.
 */
@Controller
@PreAuthorize("hasRole('SUPPORT_WORKER')")
@RequestMapping("/families/{id}/release/{episodeId}/actions/new")
class ReleaseActionController {

	private final ReleasePlans plans;

	private final ReleaseOwners owners;

	private final Clock clock;

	ReleaseActionController(ReleasePlans plans, ReleaseOwners owners, Clock clock) {
		this.plans = plans;
		this.owners = owners;
		this.clock = clock;
	}

	@GetMapping
	String form(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
		var page = plans.forChange(id, episodeId);
		if (page.plan() == null) {
			return "redirect:/families/" + id + "/release/" + episodeId;
		}
		return form(page, new ReleaseActionForm(), model);
	}

	@PostMapping
	String add(@PathVariable UUID id, @PathVariable UUID episodeId, @ModelAttribute("form") ReleaseActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var page = plans.forChange(id, episodeId);
		if (page.plan() == null) {
			return "redirect:/families/" + id + "/release/" + episodeId;
		}
		var open = plans.openPlan(id).orElse(null);
		if (open == null) {
			return form(page, form, model);
		}
		var goals = open.goals().stream().map(PlanActions.Goal::id).collect(Collectors.toSet());
		var organisations = owners.organisations().stream().map(ReleaseOwners.Choice::id).collect(Collectors.toSet());
		Map<UUID, UUID> organisationOf = owners.people()
			.stream()
			.collect(Collectors.toMap(ReleaseOwners.Choice::id, ReleaseOwners.Choice::organisationId, (a, b) -> a));
		var action = ReleaseFormCheck.action(form, goals, organisations, organisationOf, open.startedOn(),
				LocalDate.now(clock), result);
		var check = FormCheck.of(result, "release.action");
		if (action.isEmpty()) {
			return form(page, form, model);
		}
		try {
			if (!check.saved(() -> plans.addAction(id, episodeId, action.get()))) {
				return form(page, form, model);
			}
		}
		catch (PlanActions.Refused ex) {
			check.rejectForm("release.action.refused", ex.getMessage());
			return form(page, form, model);
		}
		redirect.addFlashAttribute("message",
				"Release action added to the family’s support plan: its owner has been sent an e-mail");
		return "redirect:/families/" + id + "/release/" + episodeId;
	}

	private String form(ReleasePlans.Page page, ReleaseActionForm form, Model model) {
		var open = plans.openPlan(page.view().family().id()).orElse(null);
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("open", open);
		if (open != null) {
			model.addAttribute("goalOptions", open.goals()
				.stream()
				.map(g -> Option.of(g.id(), g.text() + (g.needArea().isEmpty() ? "" : " (" + g.needArea() + ")")))
				.toList());
		}
		model.addAttribute("organisationOptions",
				owners.organisations().stream().map(o -> Option.of(o.id(), o.name())).toList());
		model.addAttribute("userOptions", owners.people().stream().map(u -> Option.of(u.id(), u.name())).toList());
		return "release/action-form";
	}

}
