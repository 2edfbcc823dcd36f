package org.familymatters.consent.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.consent.FamilyFacts;
import org.familymatters.consent.internal.SafeguardingRequest;
import org.familymatters.consent.internal.SafeguardingRequests;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.Organisations;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;
import org.familymatters.shared.web.SummaryRow;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sharing without consent because a child may be at risk. A support worker asks from the
 * family's consent page; an agency practitioner who knows the family's reference asks
 * from their own page; a designated safeguarding lead sees the requests waiting, and
 * approves (until an end date) or refuses each, giving the reason either way.
 */
@Controller
class SafeguardingController {

	private final FamilyFacts families;

	private final SafeguardingRequests requests;

	private final Organisations organisations;

	private final Clock clock;

	SafeguardingController(FamilyFacts families, SafeguardingRequests requests, Organisations organisations,
			Clock clock) {
		this.families = families;
		this.requests = requests;
		this.organisations = organisations;
		this.clock = clock;
	}

	@GetMapping("/families/{id}/safeguarding/new")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String newForFamily(@PathVariable UUID id, Model model) {
		return familyForm(id, new SafeguardingRequestForm(), model);
	}

	@PostMapping("/families/{id}/safeguarding/new")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String askForFamily(@PathVariable UUID id, @ModelAttribute("form") SafeguardingRequestForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		families.subject(id).orElseThrow(() -> new NotFound("family", id));
		var request = SafeguardingFormCheck.request(form, organisationIds(), result);
		if (request.isEmpty()) {
			return familyForm(id, form, model);
		}
		requests.request(id, request.get().reason(), request.get().organisations());
		redirect.addFlashAttribute("message", "Request sent to the designated safeguarding leads");
		return "redirect:/families/" + id + "/consent";
	}

	@GetMapping("/safeguarding/requests/new")
	@PreAuthorize("hasAnyRole('AGENCY_PRACTITIONER', 'SUPPORT_WORKER')")
	String newByReference(Model model) {
		return referenceForm(new SafeguardingRequestForm(), model);
	}

	@PostMapping("/safeguarding/requests/new")
	@PreAuthorize("hasAnyRole('AGENCY_PRACTITIONER', 'SUPPORT_WORKER')")
	String askByReference(@ModelAttribute("form") SafeguardingRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var family = SafeguardingFormCheck.family(form, requests::familyWithReference, result);
		var request = SafeguardingFormCheck.request(form, organisationIds(), result);
		if (family == null || request.isEmpty()) {
			return referenceForm(form, model);
		}
		requests.request(family, request.get().reason(), request.get().organisations());
		var reference = form.getFamilyReference().strip();
		redirect.addFlashAttribute("message",
				"Request about " + reference.toUpperCase(Locale.UK) + " sent to the designated safeguarding leads");
		return "redirect:/safeguarding/requests/new";
	}

	@GetMapping("/safeguarding/requests")
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	String pending(Model model) {
		model.addAttribute("requests", requests.pending());
		return "consent/safeguarding/pending";
	}

	@GetMapping("/safeguarding/requests/{requestId}")
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	String decision(@PathVariable UUID requestId, Model model) {
		return decisionPage(requestId, new SafeguardingDecisionForm(), model);
	}

	@PostMapping("/safeguarding/requests/{requestId}")
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	String decide(@PathVariable UUID requestId, @ModelAttribute("form") SafeguardingDecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var decision = SafeguardingFormCheck.decision(form, LocalDate.now(clock), result);
		if (decision.isEmpty()) {
			return decisionPage(requestId, form, model);
		}
		var decided = decision.get();
		try {
			if (decided.approve()) {
				requests.approve(requestId, decided.reason(), decided.endsOn());
			}
			else {
				requests.refuse(requestId, decided.reason());
			}
		}
		catch (SafeguardingRequests.NotDecidable ex) {
			result.reject("safeguarding.decided");
			return decisionPage(requestId, form, model);
		}
		redirect.addFlashAttribute("message",
				decided.approve()
						? "Sharing without consent approved until "
								+ decided.endsOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy"))
						: "Sharing without consent refused");
		return "redirect:/safeguarding/requests";
	}

	private String decisionPage(UUID requestId, SafeguardingDecisionForm form, Model model) {
		var request = requests.forDecision(requestId)
			.orElseThrow(() -> new NotFound("safeguarding request", requestId));
		model.addAttribute("request", request);
		model.addAttribute("rows", rows(request));
		model.addAttribute("form", form);
		model.addAttribute("decisionOptions",
				List.of(new Option("approve", "Approve sharing without consent",
						"Until the end date below, with the organisations named"),
						new Option("refuse", "Refuse", "Nothing is shared without consent")));
		return "consent/safeguarding/decide";
	}

	private List<SummaryRow> rows(SafeguardingRequest request) {
		var zone = ServiceTime.ZONE;
		var rows = new ArrayList<SummaryRow>();
		rows.add(SummaryRow.of("Family reference", request.familyReference()));
		rows.add(SummaryRow.of("Asked by", request.requestedByName()));
		rows.add(SummaryRow.of("Asked on",
				DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").format(request.requestedAt().atZone(zone))));
		rows.add(SummaryRow.of("Why they ask", request.reason()));
		rows.add(SummaryRow.of("Organisations it would cover", String.join("; ", request.organisationNames())));
		if (!request.pending()) {
			rows.add(SummaryRow.of("Decision", request.statusLabel(LocalDate.now(clock))));
			rows.add(SummaryRow.of("Decided by", request.decidedByName()));
			rows.add(SummaryRow.of("Reason for the decision", request.decisionReason()));
			if (request.endsOn() != null) {
				rows.add(SummaryRow.of("Approved until",
						DateTimeFormatter.ofPattern("d MMMM yyyy").format(request.endsOn())));
			}
		}
		return rows;
	}

	private String familyForm(UUID id, SafeguardingRequestForm form, Model model) {
		model.addAttribute("family", families.openForChange(id, "to ask to share without consent"));
		model.addAttribute("action", "/families/" + id + "/safeguarding/new");
		model.addAttribute("back", "/families/" + id + "/consent");
		return requestForm(form, model);
	}

	private String referenceForm(SafeguardingRequestForm form, Model model) {
		model.addAttribute("family", null);
		model.addAttribute("action", "/safeguarding/requests/new");
		model.addAttribute("back", "/home");
		return requestForm(form, model);
	}

	private String requestForm(SafeguardingRequestForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("organisationOptions",
				organisations.findActiveOrdered()
					.stream()
					.map(o -> new Option(o.id().toString(), o.name(), o.type().label()))
					.toList());
		return "consent/safeguarding/request";
	}

	private Set<UUID> organisationIds() {
		return organisations.findActiveOrdered().stream().map(Organisation::id).collect(Collectors.toSet());
	}

}
