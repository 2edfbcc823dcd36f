package org.familymatters.privacy.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.LikelyMatches;
import org.familymatters.family.SubjectAccessMatches;
import org.familymatters.privacy.internal.DueDates;
import org.familymatters.privacy.internal.IdentityCheck;
import org.familymatters.privacy.internal.PrivacyRequest;
import org.familymatters.privacy.internal.PrivacyRequests;
import org.familymatters.privacy.internal.RequestKind;
import org.familymatters.privacy.internal.SubjectAccessPackages;
import org.familymatters.shared.privacy.PackageWords;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;
import org.familymatters.shared.web.PdfPages;
import org.familymatters.shared.web.SummaryRow;

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
 * The data protection officer's pages at {@code /privacy/requests}: the requests (open
 * ones by due date, then the latest answered), recording one, a request's page, finding
 * the person among the families' people and confirming who they are, producing the
 * subject access package, downloading it (PDF and JSON) and marking the request answered.
 * Data protection officers only (anyone else 403); an unknown request 404.
 */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
@RequestMapping("/privacy/requests")
class PrivacyRequestsController {

	private final PrivacyRequests requests;

	private final SubjectAccessPackages packages;

	private final SubjectAccessMatches matches;

	private final PdfPages pdfs;

	PrivacyRequestsController(PrivacyRequests requests, SubjectAccessPackages packages, SubjectAccessMatches matches,
			PdfPages pdfs) {
		this.requests = requests;
		this.packages = packages;
		this.matches = matches;
		this.pdfs = pdfs;
	}

	@GetMapping
	String list(Model model) {
		var listing = requests.list();
		var today = requests.today();
		model.addAttribute("open", listing.open().stream().map(r -> Row.of(r, today)).toList());
		model.addAttribute("done", listing.done().stream().map(r -> Row.of(r, today)).toList());
		return "privacy/requests";
	}

	@GetMapping("/new")
	String newRequest(Model model) {
		var form = new RequestForm();
		form.setReceivedOn(DateParts.of(requests.today()));
		return form(form, model);
	}

	@PostMapping("/new")
	String record(@ModelAttribute("form") RequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var request = RequestFormCheck.request(form, requests.today(), result);
		if (request.isEmpty()) {
			return form(form, model);
		}
		var id = requests.record(request.get());
		redirect.addFlashAttribute("message",
				"Request recorded: it is due on " + Row.date(DueDates.due(request.get().receivedOn())));
		return "redirect:/privacy/requests/" + id;
	}

	@GetMapping("/{id}")
	String request(@PathVariable UUID id, Model model) {
		var request = requests.view(id);
		var confirmed = requests.confirmed(id);
		model.addAttribute("request", request);
		model.addAttribute("row", Row.of(request, requests.today()));
		model.addAttribute("rows", rows(request));
		model.addAttribute("confirmedCount", confirmed.size());
		model.addAttribute("confirmedFamilies", confirmed.values().stream().distinct().count());
		model.addAttribute("confirmed", request.open() ? matches.confirmed(id, confirmed.keySet()) : List.of());
		var produced = packages.produced(id);
		model.addAttribute("produced", produced.orElse(null));
		model.addAttribute("producedAt", produced.map(p -> PackageWords.time(p.producedAt())).orElse(null));
		model.addAttribute("mayAnswer", request.open() && request.kind() == RequestKind.ACCESS && produced.isPresent());
		return "privacy/request";
	}

	@GetMapping("/{id}/find")
	String find(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		var request = requests.get(id);
		if (!request.open()) {
			redirect.addFlashAttribute("message", "The request is no longer open: nobody more can be confirmed");
			return "redirect:/privacy/requests/" + id;
		}
		var found = matches.find(id, candidates(request));
		var confirmed = requests.confirmed(id).keySet();
		model.addAttribute("request", request);
		model.addAttribute("found", found);
		model.addAttribute("confirmed", confirmed.stream().map(UUID::toString).toList());
		return "privacy/find";
	}

	@PostMapping("/{id}/find")
	String confirm(@PathVariable UUID id, @RequestParam(name = "people", required = false) List<String> people,
			RedirectAttributes redirect) {
		var request = requests.get(id);
		if (!request.open()) {
			redirect.addFlashAttribute("message", "The request is no longer open: nobody more can be confirmed");
			return "redirect:/privacy/requests/" + id;
		}
		var ids = new ArrayList<UUID>();
		for (var value : (people != null) ? people : List.<String>of()) {
			try {
				ids.add(UUID.fromString(value));
			}
			catch (IllegalArgumentException ex) {
				// Not a person shown on the page: left out, as an unknown id is.
			}
		}
		int confirmed = requests.confirm(id, ids);
		redirect.addFlashAttribute("message",
				(confirmed == 0) ? "Nobody on record is confirmed as the person"
						: (confirmed == 1) ? "1 person on record confirmed as the person"
								: confirmed + " people on record confirmed as the person");
		return "redirect:/privacy/requests/" + id;
	}

	@PostMapping("/{id}/package")
	String produce(@PathVariable UUID id, RedirectAttributes redirect) {
		var request = requests.get(id);
		if (!request.open()) {
			redirect.addFlashAttribute("message", "The request is no longer open: its package stays as produced");
			return "redirect:/privacy/requests/" + id;
		}
		var pack = packages.produce(id);
		redirect.addFlashAttribute("message", pack.empty() ? "Package produced: the service holds nothing about them"
				: "Package produced: download it below");
		return "redirect:/privacy/requests/" + id;
	}

	@GetMapping("/{id}/package.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		requests.get(id);
		var pdf = packages.pdf(id).orElseThrow(() -> new NotFound("privacy_request_package", id));
		return pdfs.inline("subject-access-" + id + ".pdf", pdf);
	}

	@GetMapping("/{id}/package.json")
	ResponseEntity<byte[]> json(@PathVariable UUID id) {
		requests.get(id);
		var json = packages.json(id).orElseThrow(() -> new NotFound("privacy_request_package", id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("subject-access-" + id + ".json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(json);
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(required = false) String version, RedirectAttributes redirect) {
		var request = requests.get(id);
		if (!request.open() || request.kind() != RequestKind.ACCESS || packages.produced(id).isEmpty()) {
			redirect.addFlashAttribute("message", "Produce the package before marking the request answered");
			return "redirect:/privacy/requests/" + id;
		}
		long shown;
		try {
			shown = Long.parseLong((version != null) ? version.strip() : "");
		}
		catch (NumberFormatException ex) {
			shown = -1;
		}
		requests.answer(id, shown);
		redirect.addFlashAttribute("message", "Request marked answered");
		return "redirect:/privacy/requests/" + id;
	}

	private static List<SummaryRow> rows(PrivacyRequest r) {
		var rows = new ArrayList<SummaryRow>();
		rows.add(SummaryRow.of("What they asked for", r.kind().label()));
		rows.add(SummaryRow.of("Full name", r.fullName()));
		rows.add(SummaryRow.of("Other names", (r.otherNames() != null) ? r.otherNames() : "None given"));
		rows.add(SummaryRow.of("Date of birth", (r.dateOfBirth() != null) ? Row.date(r.dateOfBirth()) : "Not given"));
		rows.add(SummaryRow.of("Postcode", (r.postcode() != null) ? r.postcode() : "Not given"));
		rows.add(SummaryRow.of("E-mail address", (r.email() != null) ? r.email() : "Not given"));
		rows.add(SummaryRow.of("Phone number", (r.phone() != null) ? r.phone() : "Not given"));
		rows.add(SummaryRow.of("How their identity was checked", r.identityCheck()));
		rows.add(SummaryRow.of("What they asked", (r.details() != null) ? r.details() : "Not written down"));
		rows.add(SummaryRow.of("Received", Row.date(r.receivedOn())));
		rows.add(SummaryRow.of("Due", Row.date(r.dueOn())));
		rows.add(SummaryRow.of("Recorded by", r.recordedBy()));
		return rows;
	}

	private String form(RequestForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kindOptions",
				Arrays.stream(RequestKind.values()).map(k -> new Option(k.name(), k.label(), k.hint())).toList());
		model.addAttribute("identityOptions",
				Arrays.stream(IdentityCheck.values()).map(c -> Option.of(c.name(), c.label())).toList());
		return "privacy/request-form";
	}

	/**
	 * The names to look for: the full name and each other name, the last word as the
	 * family name, with the date of birth and postcode given.
	 */
	static List<LikelyMatches.Candidate> candidates(PrivacyRequest request) {
		var names = new ArrayList<String>();
		names.add(request.fullName());
		names.addAll(request.otherNameSet());
		return names.stream().map(name -> {
			var words = name.strip().split("\\s+");
			var family = words[words.length - 1];
			var given = (words.length > 1) ? String.join(" ", Arrays.copyOf(words, words.length - 1)) : null;
			return new LikelyMatches.Candidate(given, family, request.dateOfBirth(), request.postcode());
		}).toList();
	}

}
