package org.familymatters.privacy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.familymatters.family.PersonOnRecord;
import org.familymatters.privacy.internal.RequestDecisions;
import org.familymatters.privacy.internal.RequestDecisions.Outcome;
import org.familymatters.privacy.internal.RequestDecisions.Result;
import org.familymatters.shared.privacy.CorrectableField;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
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
 * The data protection officer's decision on a request to correct or erase a person's data
 * (ADR 0018, docs/rectification-and-erasure.md): carry it out or refuse it, with a
 * reason; for a correction, which person's record, which field and the corrected value.
 * Once decided, the page shows the decision and what each part of the service did.
 */
@Controller
@RequestMapping("/privacy/requests/{id}/decision")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class DecisionController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

	private final RequestDecisions decisions;

	private final Clock clock;

	DecisionController(RequestDecisions decisions, Clock clock) {
		this.decisions = decisions;
		this.clock = clock;
	}

	@GetMapping
	String page(@PathVariable UUID id, Model model) {
		var shown = decisions.forDecision(id);
		var form = new DecisionForm();
		form.setVersion(shown.request().version());
		return page(shown, form, model);
	}

	@PostMapping
	String decide(@PathVariable UUID id, @ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var request = decisions.request(id).orElseThrow(() -> new NotFound("privacy request", id));
		if (decisions.decision(id).isPresent()) {
			return "redirect:/privacy/requests/" + id + "/decision";
		}
		var decision = DecisionFormCheck.decision(form, !request.erasure(), request.personIds(),
				LocalDate.now(clock.withZone(ServiceTime.ZONE)), result);
		if (decision.isEmpty()) {
			return page(decisions.forDecision(id), form, model);
		}
		long version = (form.getVersion() != null) ? form.getVersion() : -1;
		var check = FormCheck.of(result, "privacy.decision");
		var decided = new AtomicReference<Result>();
		if (!check.saved(() -> decided.set(decisions.decide(id, version, decision.get())))) {
			return page(decisions.forDecision(id), form, model);
		}
		if (decided.get() == Result.HELD) {
			check.reject("outcome", "held");
			return page(decisions.forDecision(id), form, model);
		}
		redirect.addFlashAttribute("message",
				(decision.get().outcome() == Outcome.REFUSE) ? "The request is refused, with your reason"
						: request.erasure() ? "The erasure is being carried out across the service"
								: "The correction is being made");
		return "redirect:/privacy/requests/" + id + "/decision";
	}

	private String page(RequestDecisions.ForDecision shown, DecisionForm form, Model model) {
		var request = shown.request();
		model.addAttribute("form", form);
		model.addAttribute("shown", shown);
		model.addAttribute("request", request);
		model.addAttribute("kind", request.erasure() ? "erase" : "correct");
		model.addAttribute("title",
				(request.erasure() ? "Request to erase data: " : "Request to correct data: ") + request.fullName());
		model.addAttribute("receivedOn", DAY.format(request.receivedOn()));
		model.addAttribute("dueOn", DAY.format(request.dueOn()));
		model.addAttribute("dateOfBirth", (request.dateOfBirth() != null) ? DAY.format(request.dateOfBirth()) : null);
		model.addAttribute("outcomeOptions",
				Arrays.stream(Outcome.values())
					.map(o -> new Option(o.name(), o.label(), hint(o, request.erasure(), shown.held())))
					.toList());
		model.addAttribute("personOptions", shown.people().stream().map(DecisionController::person).toList());
		model.addAttribute("fieldOptions",
				Arrays.stream(CorrectableField.values()).map(f -> Option.of(f.code(), f.label())).toList());
		model.addAttribute("heldFamilies", String.join(", ", shown.heldFamilies()));
		if (shown.decision() != null) {
			var d = shown.decision();
			model.addAttribute("decidedOutcome", (d.outcome() == Outcome.CARRY_OUT) ? "Carried out" : "Refused");
			model.addAttribute("decidedWhen", WHEN.format(d.decidedAt().atZone(ServiceTime.ZONE))
					+ ((d.decidedBy() != null) ? " by " + d.decidedBy() : ""));
			model.addAttribute("decidedCorrection", (d.field() != null)
					? d.field().label() + ": " + ((d.value() != null) ? d.value() : "(cleared)") : null);
		}
		return "privacy/decision";
	}

	private static String hint(Outcome outcome, boolean erasure, boolean held) {
		if (outcome == Outcome.REFUSE) {
			return "For example: Safeguarding: a hold is on the family; Legal obligation; Not our data";
		}
		if (erasure) {
			return held ? "Not while a safeguarding hold is on the family"
					: "Each part of the service deletes or makes anonymous what it holds about the person";
		}
		return "Choose the record, the field and the corrected value below";
	}

	private static Option person(PersonOnRecord p) {
		var details = new ArrayList<String>();
		if (p.dateOfBirth() != null) {
			details.add("born " + DAY.format(p.dateOfBirth()));
		}
		if (p.phone() != null) {
			details.add(p.phone());
		}
		if (p.email() != null) {
			details.add(p.email());
		}
		var address = new ArrayList<String>();
		for (var line : List.of(nullToEmpty(p.addressLine1()), nullToEmpty(p.addressLine2()), nullToEmpty(p.town()),
				nullToEmpty(p.postcode()))) {
			if (!line.isBlank()) {
				address.add(line);
			}
		}
		if (!address.isEmpty()) {
			details.add(String.join(", ", address));
		}
		return new Option(p.personId().toString(), p.fullName() + " (" + p.familyReference() + ")",
				details.isEmpty() ? null : String.join("; ", details));
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
