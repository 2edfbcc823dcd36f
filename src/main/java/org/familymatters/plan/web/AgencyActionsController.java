package org.familymatters.plan.web;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.consent.ActionAccessRefused;
import org.familymatters.plan.internal.ActionStatus;
import org.familymatters.plan.internal.OwnerActions;
import org.familymatters.plan.internal.PlanPrints;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency's part of support plans: the list of the open actions the user's organisation
 * owns (or that name them), and each action's page, where its owner updates the status
 * and adds notes. What is seen of the family is what the access decision's ACTION basis
 * allows; an action that is not (or no longer) theirs is refused with a page that says
 * so.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENCY_PRACTITIONER', 'SAFEGUARDING_LEAD', 'SUPPORT_WORKER')")
@RequestMapping("/actions")
class AgencyActionsController {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

	static final int PAGE_SIZE = 25;

	private final OwnerActions actions;

	private final PlanPrints prints;

	private final PlanPdf pdf;

	AgencyActionsController(OwnerActions actions, PlanPrints prints, PlanPdf pdf) {
		this.actions = actions;
		this.prints = prints;
		this.pdf = pdf;
	}

	@GetMapping
	String list(@RequestParam(name = "page", required = false) String page, Model model) {
		int number = 1;
		if (page != null && page.matches("[1-9][0-9]{0,5}")) {
			number = Integer.parseInt(page);
		}
		model.addAttribute("page", actions.mine(number, PAGE_SIZE));
		return "plan/actions";
	}

	@GetMapping("/{id}")
	String view(@PathVariable UUID id, Model model) {
		var shown = actions.view(id);
		var form = new ActionUpdateForm();
		form.setStatus(shown.action().status().name());
		form.setVersion(String.valueOf(shown.action().version()));
		return page(shown, form, model);
	}

	/**
	 * The family's support plan as its owner may print it: this action, and the family's
	 * other actions of the same organisation that the user may see.
	 */
	@GetMapping("/{id}/action.pdf")
	ResponseEntity<byte[]> print(@PathVariable UUID id) {
		return pdf.response(prints.forOwner(id), "agency");
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") ActionUpdateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var shown = actions.view(id);
		var check = FormCheck.of(result, "action");
		var status = check.requiredChoice("status", form.getStatus(), ActionStatus.class);
		String reason = null;
		if (status == ActionStatus.CANNOT_BE_DONE) {
			reason = check.requiredText("reason", form.getReason(), 1000);
		}
		var note = check.text("note", form.getNote(), 5000);
		var version = check.number("version", form.getVersion(), 0, Integer.MAX_VALUE);
		if (version == null && !check.failed("version")) {
			check.rejectForm("record.changedElsewhere");
		}
		if (!check.failed() && status == shown.action().status() && note == null) {
			check.reject("note", "nothingChanged");
		}
		if (check.failed()) {
			return page(shown, form, model);
		}
		var finalReason = reason;
		var done = new OwnerActions.Update[1];
		if (!check.saved(() -> done[0] = actions.update(id, version, status, finalReason, note))) {
			return page(shown, form, model);
		}
		var update = done[0];
		if (update.statusChanged() && !update.status().open()) {
			redirect.addFlashAttribute("message", "Marked as " + update.status().label().toLowerCase(Locale.UK)
					+ ". The action is closed, so you no longer see it or the family’s details.");
			return "redirect:/actions";
		}
		redirect.addFlashAttribute("message", update.statusChanged()
				? "Status changed to " + update.status().label().toLowerCase(Locale.UK) : "Note added");
		return "redirect:/actions/" + id;
	}

	/**
	 * The action is not (or no longer) the user's: their organisation does not own it, it
	 * names someone else, it was reassigned or closed, or their organisation is inactive.
	 */
	@ExceptionHandler(ActionAccessRefused.class)
	ModelAndView refused(ActionAccessRefused refused) {
		var reference = (refused.reference() != null) ? refused.reference() : "";
		var why = reference.startsWith("CLOSED:") ? "The action has been marked as done or as one that cannot be done."
				: reference.startsWith("ORGANISATION_INACTIVE:")
						? "Your organisation is marked as no longer active. Ask your administrator."
						: reference.startsWith("NOT_OWNER:")
								? "The action is not given to you or your organisation, or it has been given to someone else."
								: "Your role does not let you see actions of families’ support plans.";
		var model = new ModelAndView("plan/action-refused", HttpStatus.FORBIDDEN);
		model.addObject("why", why);
		return model;
	}

	private String page(OwnerActions.ActionPage shown, ActionUpdateForm form, Model model) {
		model.addAttribute("shown", shown);
		model.addAttribute("form", form);
		model.addAttribute("dueOn", DAY.format(shown.action().dueOn()));
		var about = shown.record().about();
		model.addAttribute("born",
				(about != null && about.dateOfBirth() != null) ? DAY.format(about.dateOfBirth()) : null);
		model.addAttribute("statusOptions",
				Arrays.stream(ActionStatus.values()).map(s -> new Option(s.name(), s.label(), null)).toList());
		model.addAttribute("noteTimes",
				shown.notes().stream().map(n -> WHEN.format(n.writtenAt().atZone(ServiceTime.ZONE))).toList());
		return "plan/action";
	}

}
