package org.familymatters.consent.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.consent.InformationKind;
import org.familymatters.consent.internal.Consent;
import org.familymatters.consent.internal.ConsentAudit;
import org.familymatters.consent.internal.ConsentMethod;
import org.familymatters.consent.internal.Consents;
import org.familymatters.consent.internal.SafeguardingRequests;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A family's consent, for those who may change the family (its locality's support workers
 * and its key worker; the access decision says who): the list with each consent's status,
 * recording consent, withdrawing it, and the printable form to sign. Everything is
 * audited.
 */
@Controller
@PreAuthorize("hasRole('SUPPORT_WORKER')")
@RequestMapping("/families/{id}/consent")
class ConsentController {

	/** What a school is told it will see, on the form. */
	static final String SCHOOL_SEES = "A school sees only who its pupils are: their name, date of birth and school year";

	private final FamilyFacts families;

	private final Consents consents;

	private final SafeguardingRequests safeguarding;

	private final AccessDecision access;

	private final Organisations organisations;

	private final ConsentFormPdf pdf;

	private final Clock clock;

	ConsentController(FamilyFacts families, Consents consents, SafeguardingRequests safeguarding, AccessDecision access,
			Organisations organisations, ConsentFormPdf pdf, Clock clock) {
		this.families = families;
		this.consents = consents;
		this.safeguarding = safeguarding;
		this.access = access;
		this.organisations = organisations;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable UUID id, Model model) {
		var subject = subject(id);
		var found = consents.forFamily(subject);
		var family = family(id);
		var names = names(id);
		var today = today();
		var types = allTypes();
		model.addAttribute("family", family);
		model.addAttribute("consents",
				found.stream()
					.map(c -> new ConsentRow(c, names.getOrDefault(c.giverId(), "Someone no longer in the family"),
							c.status(today), kinds(c), recipients(c, types)))
					.toList());
		model.addAttribute("requests", safeguarding.forFamily(subject));
		model.addAttribute("today", today);
		return "consent/list";
	}

	@GetMapping("/new")
	String newConsent(@PathVariable UUID id, Model model) {
		var form = new ConsentForm();
		form.setPurpose("To plan and give support to the family and the children while a family member is in prison");
		return form(id, form, model);
	}

	@PostMapping("/new")
	String record(@PathVariable UUID id, @ModelAttribute("form") ConsentForm form, BindingResult result,
			@RequestParam(name = "action", required = false) String action, Model model, RedirectAttributes redirect) {
		var subject = subject(id);
		var organisationIds = activeTypes();
		if ("print".equals(action)) {
			var scope = ConsentFormCheck.scope(form, organisationIds, result);
			if (result.hasErrors()) {
				return form(id, form, model);
			}
			return "redirect:/families/" + id + "/consent/form.pdf?" + query(scope);
		}
		var people = families.people(id).stream().map(FamilyFacts.Member::id).collect(Collectors.toSet());
		var consent = ConsentFormCheck.check(form, people, organisationIds, today(), result);
		if (consent.isEmpty()) {
			return form(id, form, model);
		}
		consents.record(subject, consent.get());
		redirect.addFlashAttribute("message", "Consent recorded");
		return "redirect:/families/" + id + "/consent";
	}

	@GetMapping("/{consentId}/withdraw")
	String confirmWithdrawal(@PathVariable UUID id, @PathVariable UUID consentId, Model model) {
		var consent = consents.find(subject(id), consentId);
		return withdrawal(id, consent, new WithdrawalForm(), model);
	}

	@PostMapping("/{consentId}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, @ModelAttribute("form") WithdrawalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var subject = subject(id);
		var note = ConsentFormCheck.withdrawalNote(form, result);
		if (result.hasErrors()) {
			return withdrawal(id, consents.find(subject, consentId), form, model);
		}
		try {
			consents.withdraw(subject, consentId, note);
		}
		catch (Consents.NotWithdrawable ex) {
			redirect.addFlashAttribute("problem", "That consent was withdrawn already.");
			return "redirect:/families/" + id + "/consent";
		}
		redirect.addFlashAttribute("message", "Consent withdrawn. Nothing more is shared on it from now.");
		return "redirect:/families/" + id + "/consent";
	}

	/**
	 * The consent form to print and sign, filled with the family's reference, its
	 * people's names and the purpose, kinds and recipients asked for (any left out are
	 * left blank to fill by hand).
	 */
	@GetMapping("/form.pdf")
	ResponseEntity<byte[]> printable(@PathVariable UUID id, @ModelAttribute("form") ConsentForm form,
			BindingResult result) {
		var subject = subject(id);
		var family = family(id);
		var active = organisations.findActiveOrdered();
		var scope = ConsentFormCheck.scope(form, activeTypes(), result);
		access.require(subject, ConsentAudit.CONSENT_FORM_PRINTED, true,
				"consent form for " + family.reference() + " with " + scope.kinds().size() + " kind(s) and "
						+ (scope.organisations().size() + scope.types().size()) + " recipient(s)");
		var byId = active.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
		var recipients = new ArrayList<String>();
		scope.organisations().forEach(o -> recipients.add(byId.get(o).name() + onlyPupils(byId.get(o).type())));
		scope.types().forEach(t -> recipients.add(everyOf(t) + onlyPupils(t)));
		var kinds = new LinkedHashMap<String, Boolean>();
		for (var kind : InformationKind.values()) {
			kinds.put(kind.label(), scope.kinds().contains(kind));
		}
		var people = families.people(id)
			.stream()
			.map(p -> p.name() + " (" + p.role().toLowerCase(Locale.UK) + ")")
			.toList();
		var bytes = pdf
			.render(new ConsentFormPdf.Filled(family.reference(), people, scope.purpose(), kinds, recipients, today()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("consent-form-" + family.reference() + ".pdf")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(bytes);
	}

	private String form(UUID id, ConsentForm form, Model model) {
		var family = families.openForChange(id, "to record consent");
		var people = families.people(id);
		model.addAttribute("family", family);
		model.addAttribute("form", form);
		model.addAttribute("giverOptions",
				people.stream().map(p -> new Option(p.id().toString(), p.name(), p.role())).toList());
		var methods = new ArrayList<Option>();
		methods.add(new Option(ConsentMethod.SIGNED_FORM.name(), ConsentMethod.SIGNED_FORM.label(),
				"Attach the signed form to the family’s record"));
		methods.add(new Option(ConsentMethod.VERBAL_WITNESSED.name(), ConsentMethod.VERBAL_WITNESSED.label(),
				"For example on the phone, with a colleague listening"));
		model.addAttribute("methodOptions", methods);
		model.addAttribute("kindOptions",
				List.of(InformationKind.values())
					.stream()
					.map(k -> new Option(k.name(), k.label(),
							(k != InformationKind.IDENTITY) ? "Not for a school: a school sees only who its pupils are"
									: "For a school: who its pupils are (name, date of birth and school year)"))
					.toList());
		var recipients = new ArrayList<Option>();
		for (var type : OrganisationType.values()) {
			recipients.add(new Option("type:" + type.name(), everyOf(type),
					(type == OrganisationType.SCHOOL) ? SCHOOL_SEES : null));
		}
		for (var organisation : organisations.findActiveOrdered()) {
			recipients
				.add(new Option("organisation:" + organisation.id(), organisation.name(), organisation.type().label()
						+ ((organisation.type() == OrganisationType.SCHOOL) ? ". " + SCHOOL_SEES : "")));
		}
		model.addAttribute("recipientOptions", recipients);
		return "consent/form";
	}

	private String withdrawal(UUID id, Consent consent, WithdrawalForm form, Model model) {
		model.addAttribute("family", family(id));
		model.addAttribute("consent", consent);
		model.addAttribute("giverName", names(id).getOrDefault(consent.giverId(), "Someone no longer in the family"));
		model.addAttribute("kinds", kinds(consent));
		model.addAttribute("recipients", recipients(consent, allTypes()));
		model.addAttribute("status", consent.status(today()));
		model.addAttribute("form", form);
		return "consent/withdraw";
	}

	private AccessSubject subject(UUID id) {
		return families.subject(id).orElseThrow(() -> new NotFound("family", id));
	}

	private FamilyFacts.Family family(UUID id) {
		return families.family(id).orElseThrow(() -> new NotFound("family", id));
	}

	private Map<UUID, String> names(UUID id) {
		return families.people(id).stream().collect(Collectors.toMap(FamilyFacts.Member::id, FamilyFacts.Member::name));
	}

	static String kinds(Consent consent) {
		return consent.kinds().stream().map(InformationKind::label).collect(Collectors.joining("; "));
	}

	/**
	 * Who may receive what a consent covers, each school marked as seeing only who its
	 * pupils are.
	 */
	static String recipients(Consent consent, Map<UUID, OrganisationType> types) {
		var all = new ArrayList<String>();
		for (int i = 0; i < consent.organisationIds().size(); i++) {
			all.add(consent.organisationNames().get(i) + onlyPupils(types.get(consent.organisationIds().get(i))));
		}
		consent.organisationTypes().forEach(t -> all.add(everyOf(t) + onlyPupils(t)));
		return String.join("; ", all);
	}

	/** What is said after a school among the recipients. */
	static String onlyPupils(OrganisationType type) {
		return (type == OrganisationType.SCHOOL) ? " (who its pupils are only)" : "";
	}

	private Map<UUID, OrganisationType> activeTypes() {
		return organisations.findActiveOrdered()
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::type));
	}

	private Map<UUID, OrganisationType> allTypes() {
		return organisations.findAllOrdered().stream().collect(Collectors.toMap(Organisation::id, Organisation::type));
	}

	static String everyOf(OrganisationType type) {
		return type.label() + ": any organisation of this type";
	}

	private static String query(ConsentFormCheck.Scope scope) {
		var parts = new ArrayList<String>();
		parts.add("purpose=" + URLEncoder.encode(scope.purpose(), StandardCharsets.UTF_8));
		scope.kinds().forEach(k -> parts.add("kinds=" + k.name()));
		scope.organisations().forEach(o -> parts.add("recipients=organisation:" + o));
		scope.types().forEach(t -> parts.add("recipients=type:" + t.name()));
		return String.join("&", parts);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A consent as the list shows it. */
	record ConsentRow(Consent consent, String giverName, Consent.Status status, String kinds, String recipients) {
	}

}
