package org.familymatters.referral.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.familymatters.directory.ServiceCriteria;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.ServiceSearch;
import org.familymatters.directory.ServiceSummary;
import org.familymatters.family.LikelyMatchesShown;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.referral.ReferralSource;
import org.familymatters.referral.internal.MailOutcome;
import org.familymatters.referral.internal.Referral;
import org.familymatters.referral.internal.ReferralSummary;
import org.familymatters.referral.internal.ReferralTriage;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;
import org.familymatters.shared.web.Page;
import org.familymatters.shared.web.SummaryRow;

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
 * The triage queue and a referral's page, where a support worker of its locality accepts
 * it into a new or an existing family, signposts, or declines. Support workers only; the
 * locality rule is the triage service's.
 */
@Controller
@PreAuthorize("hasRole('SUPPORT_WORKER')")
@RequestMapping("/referrals")
class TriageController {

	/** Referrals on a page of the triage queue. */
	static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm")
		.withZone(ServiceTime.ZONE);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final ReferralTriage triage;

	private final ServiceSearch search;

	private final ServiceDetails services;

	private final Localities localities;

	private final CurrentUser currentUser;

	private final Clock clock;

	TriageController(ReferralTriage triage, ServiceSearch search, ServiceDetails services, Localities localities,
			CurrentUser currentUser, Clock clock) {
		this.triage = triage;
		this.search = search;
		this.services = services;
		this.localities = localities;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * The queue, a page at a time, in one of the support worker's localities and from one
	 * source when they choose: a filter that is not one of the choices is refused by its
	 * field, with an empty list; a page past the last is empty and says so.
	 */
	@GetMapping("/triage")
	String queue(@ModelAttribute("filter") TriageFilter filter, BindingResult result, Model model) {
		var mine = localities.findAllOrdered().stream().filter(l -> triage.worksIn(l.id())).toList();
		var check = FormCheck.of(result, "referral.triage");
		var chosen = TriageFilter.read(filter, check, mine.stream().map(Locality::id).toList());
		var page = check.failed() ? new Page<ReferralSummary>(List.of(), 1, PAGE_SIZE, 0)
				: triage.queue(chosen.locality(), chosen.source(), chosen.page(), PAGE_SIZE);
		model.addAttribute("referrals", page);
		model.addAttribute("pastTheEnd", page.items().isEmpty() && page.number() > 1 && page.total() > 0);
		model.addAttribute("today", LocalDate.now(clock.withZone(ServiceTime.ZONE)));
		model.addAttribute("localityOptions", mine.stream().map(l -> Option.of(l.id(), l.name())).toList());
		model.addAttribute("sourceOptions",
				Arrays.stream(ReferralSource.values()).map(s -> new Option(s.code(), s.label(), null)).toList());
		model.addAttribute("pageUrl", chosen.pageUrl());
		model.addAttribute("when", WHEN);
		return "referral/triage";
	}

	@GetMapping("/{id}")
	String referral(@PathVariable UUID id, @ModelAttribute("decision") DecisionForm form, BindingResult result,
			Model model) {
		return page(id, form, model);
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable UUID id, @ModelAttribute("decision") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var check = FormCheck.of(result, DecisionFormCheck.PREFIX);
		var keyWorker = check.identifier("keyWorkerId", form.getKeyWorkerId());
		return decide(id, form, check, model, redirect, () -> triage.acceptIntoNewFamily(id, seen(form), keyWorker),
				"Referral accepted into a new family", outcome -> "/families/" + outcome.referral().familyId());
	}

	@PostMapping("/{id}/accept-existing")
	String acceptExisting(@PathVariable UUID id, @ModelAttribute("decision") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var check = FormCheck.of(result, DecisionFormCheck.PREFIX);
		var chosen = DecisionFormCheck.existingFamily(form, check);
		return decide(id, form, check, model, redirect,
				() -> triage.acceptIntoFamily(id, seen(form), chosen.familyId(), chosen.same()),
				"Referral accepted into the family", outcome -> "/families/" + chosen.familyId());
	}

	@PostMapping("/{id}/signpost")
	String signpost(@PathVariable UUID id, @ModelAttribute("decision") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var check = FormCheck.of(result, DecisionFormCheck.PREFIX);
		var signposting = DecisionFormCheck.signposting(form, check);
		if (signposting.services().stream().anyMatch(service -> services.find(service).isEmpty())) {
			check.reject("services", "referral.decision.services.unknown");
		}
		return decide(id, form, check, model, redirect,
				() -> triage.signpost(id, seen(form), signposting.services(), signposting.note()), "Family signposted",
				outcome -> "/referrals/" + id);
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable UUID id, @ModelAttribute("decision") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var check = FormCheck.of(result, DecisionFormCheck.PREFIX);
		var reason = DecisionFormCheck.declineReason(form, check);
		return decide(id, form, check, model, redirect, () -> triage.decline(id, seen(form), reason),
				"Referral declined", outcome -> "/referrals/" + id);
	}

	/**
	 * Changes the criteria the referral meets (the support worker's view of what is true,
	 * whatever the referrer ticked or the court desk recorded), and shows the referral
	 * again.
	 */
	@PostMapping("/{id}/criteria")
	String criteria(@PathVariable UUID id, @ModelAttribute("decision") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var check = FormCheck.of(result, DecisionFormCheck.PREFIX);
		var chosen = check.identifiers("criteria", form.getCriteria());
		if (check.failed()) {
			return page(id, form, model);
		}
		try {
			var changed = triage.changeCriteria(id, seen(form), chosen);
			redirect.addFlashAttribute("message", "Criteria met saved: " + changed.criteriaMet().size() + " of "
					+ changed.criteriaTotal() + " criteria for " + changed.localityName());
			return "redirect:/referrals/" + id + "#criteria";
		}
		catch (ReferralTriage.BadDecision ex) {
			check.reject(ex.field(), ex.code());
		}
		catch (ReferralTriage.DecidedElsewhere ex) {
			check.rejectForm("referral.decision.stale");
		}
		return page(id, form, model);
	}

	/**
	 * Makes a decision when the form is right, then tells the support worker and goes on
	 * to {@code next}; a decision the triage refuses is shown by its field, and one made
	 * elsewhere meanwhile says so.
	 */
	private String decide(UUID id, DecisionForm form, FormCheck check, Model model, RedirectAttributes redirect,
			Supplier<ReferralTriage.Outcome> decision, String message, Function<ReferralTriage.Outcome, String> next) {
		if (check.failed()) {
			return page(id, form, model);
		}
		try {
			var outcome = decision.get();
			told(outcome, message, redirect);
			return "redirect:" + next.apply(outcome);
		}
		catch (ReferralTriage.BadDecision ex) {
			check.reject(ex.field(), ex.code());
		}
		catch (ReferralTriage.DecidedElsewhere ex) {
			check.rejectForm("referral.decision.stale");
		}
		return page(id, form, model);
	}

	private String page(UUID id, DecisionForm form, Model model) {
		var view = triage.open(id);
		var referral = view.referral();
		model.addAttribute("referral", referral);
		model.addAttribute("details", details(referral));
		model.addAttribute("people",
				view.people()
					.stream()
					.map(p -> new PersonPanel(p.person(), personRows(p.person()), p.matches()))
					.toList());
		model.addAttribute("dates", DAY);
		if (form.getVersion() == null) {
			form.setVersion(referral.version());
		}
		if (form.getKeyWorkerId() == null) {
			form.setKeyWorkerId(currentUser.get().id().toString());
		}
		if (form.getCriteria() == null) {
			form.setCriteria(triage.criteriaMet(referral).stream().map(UUID::toString).toList());
		}
		model.addAttribute("criteriaOptions",
				triage.criteriaOffered(referral)
					.stream()
					.map(c -> new Option(c.id().toString(), c.text(), c.active() ? null : "No longer on the forms"))
					.toList());
		model.addAttribute("keyWorkerOptions", referral.decided() ? List.of()
				: triage.keyWorkers(referral.localityId()).stream().map(k -> Option.of(k.id(), k.name())).toList());
		model.addAttribute("familyOptions",
				view.candidateFamilies()
					.entrySet()
					.stream()
					.map(e -> new Option(e.getKey().toString(), e.getValue(), null))
					.toList());
		var sameOptions = new ArrayList<Option>();
		for (var person : view.people()) {
			for (var shown : person.matches()) {
				if (!shown.mayOpen()) {
					continue;
				}
				var match = shown.match();
				sameOptions.add(new Option(person.person().id() + ":" + match.personId(),
						person.person().name() + " is " + match.givenName() + " " + match.familyName() + " in "
								+ match.familyReference(),
						(match.dateOfBirth() != null) ? "Born " + DAY.format(match.dateOfBirth()) : null));
			}
		}
		model.addAttribute("sameOptions", sameOptions);
		var found = referral.decided() ? new Page<ServiceSummary>(List.of(), 1, 10, 0)
				: search.search(new ServiceCriteria(form.getQ(), null, null, null, null, null, referral.localityId(),
						null, false, null, null, null, 1, 10));
		var serviceOptions = new LinkedHashMap<String, Option>();
		for (var value : (form.getServices() != null) ? form.getServices() : List.<String>of()) {
			var chosen = Input.identifier(value).value();
			if (chosen != null) {
				services.find(chosen)
					.ifPresent(
							s -> serviceOptions.put(s.summary().id().toString(), new Option(s.summary().id().toString(),
									s.summary().name(), s.summary().organizationName())));
			}
		}
		for (var service : found.items()) {
			serviceOptions.putIfAbsent(service.id().toString(),
					new Option(service.id().toString(), service.name(), service.organizationName()));
		}
		model.addAttribute("serviceOptions", List.copyOf(serviceOptions.values()));
		model.addAttribute("signposted",
				referral.signpostedServiceIds()
					.stream()
					.flatMap(s -> services.find(s).stream())
					.map(s -> s.summary().name())
					.toList());
		model.addAttribute("emailed", emailed(referral));
		return "referral/referral";
	}

	/** What the referral's page says of the e-mail telling the referrer the decision. */
	private String emailed(Referral referral) {
		if (!referral.decided()) {
			return null;
		}
		if (referral.decisionEmailedAt() != null) {
			return "The referrer was emailed the decision.";
		}
		return switch (triage.mail(referral)) {
			case WILL_BE_SENT -> "The referrer will be emailed the decision: the email is waiting to be sent.";
			case NO_ADDRESS -> "The referrer gave no email address: tell them the decision another way.";
			case NOT_CONFIGURED -> "No email can be sent: this service has no mail server set up. "
					+ "Tell the referrer the decision another way.";
		};
	}

	private static List<SummaryRow> details(Referral r) {
		var rows = new ArrayList<SummaryRow>();
		rows.add(SummaryRow.of("Reference", r.reference()));
		rows.add(SummaryRow.of("Received", WHEN.format(r.createdAt())));
		rows.add(SummaryRow.of("Status", r.status().label()));
		rows.add(SummaryRow.of("From", r.source().label()));
		rows.add(SummaryRow.of("Referrer", r.referrerName()));
		if (r.referrerOrganisationName() != null) {
			rows.add(SummaryRow.of("Organisation", r.referrerOrganisationName()));
		}
		rows.add(SummaryRow.of("Referrer's email", (r.referrerEmail() != null) ? r.referrerEmail() : "Not given"));
		rows.add(SummaryRow.of("Referrer's phone", (r.referrerPhone() != null) ? r.referrerPhone() : "Not given"));
		rows.add(SummaryRow.of("Locality", r.localityName()));
		rows.add(SummaryRow.of("The family agrees to be contacted", r.consentToContact() ? "Yes" : "Not recorded"));
		if (r.bestTimeToCall() != null) {
			rows.add(SummaryRow.of("Best time to call", r.bestTimeToCall()));
		}
		rows.add(SummaryRow.of((r.source() != ReferralSource.SELF) ? "Reason" : "What is happening", r.reason()));
		rows.add(SummaryRow.of("Needs seen", r.needs().isEmpty() ? "None given" : String.join(", ", r.needs())));
		return rows;
	}

	/** A person's details as rows. */
	static List<SummaryRow> personRows(Referral.Person p) {
		var rows = new ArrayList<SummaryRow>();
		rows.add(SummaryRow.of("Role", p.role().label()));
		if (p.otherNames() != null) {
			rows.add(SummaryRow.of("Other names", p.otherNames()));
		}
		rows.add(SummaryRow.of("Date of birth", (p.dateOfBirth() != null) ? DAY.format(p.dateOfBirth()) : "Not given"));
		if (p.relationship() != null) {
			rows.add(SummaryRow.of("Relationship", p.relationship()));
		}
		if (p.phone() != null) {
			rows.add(SummaryRow.of("Phone", p.phone()));
		}
		if (p.email() != null) {
			rows.add(SummaryRow.of("Email", p.email()));
		}
		if (p.address() != null || p.postcode() != null) {
			rows.add(SummaryRow.of("Address", String.join(", ",
					Stream.of(oneLine(p.address()), p.postcode()).filter(Objects::nonNull).toList())));
		}
		return rows;
	}

	/** An address typed on several lines, on one: "12 High Street, Banbury". */
	static String oneLine(String address) {
		return (address != null) ? address.strip().replaceAll("\\s*\\R\\s*", ", ") : null;
	}

	private static long seen(DecisionForm form) {
		return (form.getVersion() != null) ? form.getVersion() : -1;
	}

	private static void told(ReferralTriage.Outcome outcome, String done, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", done + ": " + outcome.referral().reference());
		redirect.addFlashAttribute("mail", switch (outcome.mail()) {
			case WILL_BE_SENT -> "We will email the decision to the referrer, without the family's details.";
			case NO_ADDRESS -> "The referrer gave no email address: tell them the decision another way.";
			case NOT_CONFIGURED -> "The decision is saved, but no email can be sent: this service has no mail "
					+ "server set up. Tell the referrer the decision another way.";
		});
		redirect.addFlashAttribute("mailFailed", outcome.mail() != MailOutcome.WILL_BE_SENT);
	}

	/**
	 * A person the referral names, their details as rows, and the people on record who
	 * may be them.
	 */
	record PersonPanel(Referral.Person person, List<SummaryRow> rows, List<LikelyMatchesShown.ShownMatch> matches) {
	}

}
