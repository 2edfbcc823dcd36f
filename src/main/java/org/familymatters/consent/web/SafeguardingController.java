package org.familymatters.consent.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.consent.FamilyFacts;
import org.familymatters.consent.InformationKind;
import org.familymatters.consent.internal.SafeguardingRequest;
import org.familymatters.consent.internal.SafeguardingRequests;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;
import org.familymatters.shared.web.Page;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sharing without consent because a child may be at risk. A support worker asks from the
 * family's consent page; an agency practitioner who knows the family's reference asks
 * from their own page; each gets a reference and follows their requests on "Your
 * safeguarding requests". A designated safeguarding lead sees the requests of their
 * localities, and approves (until an end date) or refuses each, giving the reason either
 * way; they may end an approval early.
 */
@Controller
class SafeguardingController {

	static final int PAGE_SIZE = 25;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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
		var sent = requests.request(id, request.get().reason(), request.get().organisations());
		redirect.addFlashAttribute("message",
				"Request " + requests.referenceOfMine(sent).orElse("") + " sent to the designated safeguarding leads");
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
		var sent = requests.request(family, request.get().reason(), request.get().organisations());
		var reference = form.getFamilyReference().strip();
		redirect.addFlashAttribute("message", "Request " + requests.referenceOfMine(sent).orElse("") + " about "
				+ reference.toUpperCase(Locale.UK) + " sent to the designated safeguarding leads");
		return "redirect:/safeguarding/requests/new";
	}

	/**
	 * The requests the signed-in user made, with their references and where they stand.
	 */
	@GetMapping("/safeguarding/requests/mine")
	@PreAuthorize("hasAnyRole('AGENCY_PRACTITIONER', 'SUPPORT_WORKER', 'SAFEGUARDING_LEAD')")
	String mine(@RequestParam(name = "page", required = false) String page, Model model) {
		int number = pageNumber(page);
		var found = (number > 0) ? requests.mine(number, PAGE_SIZE)
				: new Page<SafeguardingRequest>(List.of(), 1, PAGE_SIZE, 0);
		model.addAttribute("requests", found);
		model.addAttribute("pageProblem", pageProblem(number, found));
		model.addAttribute("pageUrl", "/safeguarding/requests/mine?page=1");
		model.addAttribute("today", today());
		return "consent/safeguarding/mine";
	}

	@GetMapping("/safeguarding/requests")
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	String queue(@ModelAttribute("form") QueueForm form, BindingResult result, Model model) {
		var scope = requests.leadScope();
		var filter = SafeguardingFormCheck.queue(form, scope.localities().keySet(), result);
		int number = pageNumber(form.getPage());
		var found = (result.hasErrors() || number < 1)
				? new Page<SafeguardingRequests.Listed>(List.of(), 1, PAGE_SIZE, 0)
				: requests.queue(filter, number, PAGE_SIZE);
		model.addAttribute("requests", found);
		model.addAttribute("show", filter.show());
		model.addAttribute("scope", scope);
		model.addAttribute("pageProblem", pageProblem(number, found));
		model.addAttribute("pageUrl", queueAddress(form));
		model.addAttribute("showOptions",
				List.of(SafeguardingRequests.Show.values())
					.stream()
					.map(s -> new Option(s.name().toLowerCase(Locale.ROOT), s.label(), null))
					.toList());
		model.addAttribute("localityOptions",
				scope.localities().entrySet().stream().map(e -> Option.of(e.getKey(), e.getValue())).toList());
		model.addAttribute("today", today());
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
		var decision = SafeguardingFormCheck.decision(form, today(), requests.latestEnd(), result);
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
				decided.approve() ? "Sharing without consent approved until " + decided.endsOn().format(DAY)
						: "Sharing without consent refused");
		return "redirect:/safeguarding/requests";
	}

	/** Asks a lead to confirm ending an approval before its end date. */
	@GetMapping("/safeguarding/requests/{requestId}/end")
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	String confirmEnd(@PathVariable UUID requestId, Model model) {
		var shown = requests.forDecision(requestId).orElseThrow(() -> new NotFound("safeguarding request", requestId));
		model.addAttribute("request", shown.request());
		model.addAttribute("inForce", shown.request().inForce(today()));
		return "consent/safeguarding/end";
	}

	@PostMapping("/safeguarding/requests/{requestId}/end")
	@PreAuthorize("hasRole('SAFEGUARDING_LEAD')")
	String end(@PathVariable UUID requestId, RedirectAttributes redirect) {
		try {
			requests.end(requestId);
			redirect.addFlashAttribute("message", "Approval ended. Nothing more is shared on it from now.");
		}
		catch (SafeguardingRequests.NotDecidable ex) {
			redirect.addFlashAttribute("message", "That approval had ended already.");
		}
		return "redirect:/safeguarding/requests?show=approved";
	}

	private String decisionPage(UUID requestId, SafeguardingDecisionForm form, Model model) {
		var shown = requests.forDecision(requestId).orElseThrow(() -> new NotFound("safeguarding request", requestId));
		var today = today();
		var request = shown.request();
		model.addAttribute("request", request);
		model
			.addAttribute("consents", shown.consents()
				.stream()
				.map(c -> new ConsentLine(c.givenToday(today) ? "Given"
						: (c.withdrawnAt() != null) ? "Withdrawn" : "Past its review date", describe(c, today)))
				.toList());
		model.addAttribute("currentConsents", shown.current(today).size());
		model.addAttribute("form", form);
		model.addAttribute("today", today);
		model.addAttribute("latestEnd", requests.latestEnd());
		var hint = today.plusMonths(3);
		model.addAttribute("endHint", "For example, " + hint.getDayOfMonth() + " " + hint.getMonthValue() + " "
				+ hint.getYear() + ". No later than " + requests.latestEnd().format(DAY) + ".");
		model.addAttribute("decisionOptions",
				List.of(new Option("approve", "Approve sharing without consent",
						"Until the end date you give, with the organisations named"),
						new Option("refuse", "Refuse", "Nothing is shared without consent")));
		return "consent/safeguarding/decide";
	}

	private static String describe(SafeguardingRequests.ConsentShown consent, LocalDate today) {
		var text = new StringBuilder("Given on ").append(consent.givenOn().format(DAY));
		text.append(". Covers: ")
			.append(consent.kinds().stream().map(InformationKind::label).collect(Collectors.joining("; ")));
		text.append(". For: ")
			.append(consent.recipients()
				.stream()
				.map(SafeguardingController::recipient)
				.collect(Collectors.joining("; ")));
		if (consent.withdrawnAt() != null) {
			text.append(". Withdrawn on ").append(consent.withdrawnAt().atZone(ServiceTime.ZONE).format(DAY));
		}
		else if (consent.reviewOn() != null) {
			text.append(consent.reviewOn().isBefore(today) ? ". Its review date was " : ". Review by ")
				.append(consent.reviewOn().format(DAY));
		}
		return text.append('.').toString();
	}

	/** A recipient as the database keeps it: a name, or a type of organisation. */
	private static String recipient(String kept) {
		try {
			return "every " + OrganisationType.valueOf(kept).label().toLowerCase(Locale.UK);
		}
		catch (IllegalArgumentException ex) {
			return kept;
		}
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

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The queue's address with its filters, for its pages. */
	private static String queueAddress(QueueForm form) {
		var address = UriComponentsBuilder.fromPath("/safeguarding/requests");
		if (form.getShow() != null && !form.getShow().isBlank()) {
			address.queryParam("show", form.getShow().strip());
		}
		if (form.getLocality() != null && !form.getLocality().isBlank()) {
			address.queryParam("locality", form.getLocality().strip());
		}
		return address.queryParam("page", 1).encode().build().toUriString();
	}

	/**
	 * The page asked for: 1 when none is; 0 for anything that is not a whole number from
	 * 1 (the list then says there is no such page).
	 */
	static int pageNumber(String page) {
		if (page == null || page.isBlank()) {
			return 1;
		}
		try {
			int number = Integer.parseInt(page.strip());
			return (number >= 1 && number <= 1_000_000) ? number : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** What to say when the page asked for is not a page of the list; null when it is. */
	static String pageProblem(int page, Page<?> found) {
		if (page < 1) {
			return "There is no such page. Go to the first page of the list.";
		}
		if (page > 1 && page > found.totalPages()) {
			return "There is no page " + page + ": the list has " + found.totalPages()
					+ ((found.totalPages() != 1) ? " pages." : " page.");
		}
		return null;
	}

	/** One of the family's consents as the decision page shows it. */
	record ConsentLine(String status, String text) {
	}

	/** What the lead's list sends: which requests, which locality, which page. */
	public static class QueueForm {

		private String show;

		private String locality;

		private String page;

		public String getShow() {
			return show;
		}

		public void setShow(String show) {
			this.show = show;
		}

		public String getLocality() {
			return locality;
		}

		public void setLocality(String locality) {
			this.locality = locality;
		}

		public String getPage() {
			return page;
		}

		public void setPage(String page) {
			this.page = page;
		}

	}

}
