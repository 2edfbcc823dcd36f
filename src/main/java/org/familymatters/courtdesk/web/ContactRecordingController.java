package org.familymatters.courtdesk.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.courtdesk.ContactProblem;
import org.familymatters.courtdesk.ContactRecording;
import org.familymatters.courtdesk.ContactRefused;
import org.familymatters.courtdesk.CourtDeskContacts;
import org.familymatters.courtdesk.CourtVolunteers;
import org.familymatters.courtdesk.Courts;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A volunteer records a contact at their court's desk, on a phone, in a couple of
 * minutes. The same form answers the offline outbox's script, which asks for JSON:
 * {@code {status, reference}} when stored or already received, problem details with the
 * field errors when not.
 */
@Controller
@PreAuthorize("hasRole('VOLUNTEER')")
@RequestMapping("/court-desk/contacts")
class ContactRecordingController {

	static final String VIEW = "courtdesk/contact-form";

	private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private final ContactRecording recording;

	private final ContactFormPage page;

	private final CourtDeskContacts contacts;

	private final CourtVolunteers volunteers;

	private final Courts courts;

	private final MessageSource messages;

	ContactRecordingController(ContactRecording recording, ContactFormPage page, CourtDeskContacts contacts,
			CourtVolunteers volunteers, Courts courts, MessageSource messages) {
		this.recording = recording;
		this.page = page;
		this.contacts = contacts;
		this.volunteers = volunteers;
		this.courts = courts;
		this.messages = messages;
	}

	@GetMapping("/new")
	String start(@ModelAttribute("form") ContactForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		form.setIdempotencyKey(UUID.randomUUID().toString());
		var now = java.time.ZonedDateTime.now(ServiceTime.ZONE);
		form.setMet(DateParts.of(now.toLocalDate()));
		form.setTime(now.toLocalTime().format(HOURS_AND_MINUTES));
		model.addAttribute("fresh", true);
		return page(user, form, model);
	}

	@PostMapping
	Object submit(@ModelAttribute("form") ContactForm form, BindingResult result,
			@RequestParam(name = "find", required = false) String find,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		boolean json = accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)
				&& !accept.contains(MediaType.TEXT_HTML_VALUE);
		if (!form.agreed()) {
			form.forgetPerson();
		}
		if (find != null && !json) {
			page.findServices(form, model);
			return page(user, form, model);
		}
		if (volunteers.courtOf(user.id()).isEmpty()) {
			return json ? problem(List.of(new ContactProblem(null, "courtdesk.contact.noCourt")))
					: page(user, form, model);
		}
		ContactRecording.Recorded recorded;
		try {
			recorded = record(form, user);
		}
		catch (ContactRefused refused) {
			if (json) {
				return problem(refused.problems());
			}
			reject(refused.problems(), result);
			return page(user, form, model);
		}
		if (json) {
			var body = new LinkedHashMap<String, Object>();
			body.put("status", recorded.alreadyReceived() ? "already-received" : "recorded");
			body.put("reference", recorded.reference());
			body.put("id", recorded.id().toString());
			body.put("referralReference", recorded.referralReference());
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return "redirect:/court-desk/contacts/" + recorded.id() + "/recorded"
				+ (recorded.alreadyReceived() ? "?again=true" : "");
	}

	@GetMapping("/{id}/recorded")
	String recorded(@PathVariable UUID id, @RequestParam(name = "again", required = false) String again,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		var contact = contacts.recordedBy(id, user.id()).orElseThrow(() -> new NotFound("court desk contact", id));
		model.addAttribute("contact", contact);
		model.addAttribute("again", again != null);
		return "courtdesk/contact-recorded";
	}

	/**
	 * A contact this volunteer sent before is acknowledged again, whatever the form holds
	 * now; otherwise the form is read and checked whole, and the contact recorded when
	 * nothing is wrong.
	 */
	private ContactRecording.Recorded record(ContactForm form, SignedInUser user) {
		var read = ContactFormCheck.read(form);
		if (read.problems().isEmpty()) {
			// Acknowledges a contact sent before with the same key, or records this one.
			return recording.record(read.contact());
		}
		if (read.contact().idempotencyKey() != null) {
			var earlier = recording.received(user.id(), read.contact().idempotencyKey());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		var problems = new java.util.ArrayList<>(read.problems());
		problems.addAll(recording.check(read.contact(), java.time.Instant.now()));
		throw new ContactRefused(problems);
	}

	private String page(SignedInUser user, ContactForm form, Model model) {
		var court = volunteers.courtOf(user.id()).flatMap(courts::find);
		if (court.isEmpty()) {
			model.addAttribute("noCourt", true);
			return VIEW;
		}
		model.addAttribute("court", court.get());
		return page.form(VIEW, form, model);
	}

	/**
	 * The first problem of each field, by the field; problems of the whole form at the
	 * top.
	 */
	private static void reject(List<ContactProblem> problems, BindingResult result) {
		for (var problem : firstByField(problems).values()) {
			if (problem.field() == null) {
				result.reject(problem.code());
			}
			else {
				result.rejectValue(problem.field(), problem.code());
			}
		}
	}

	private static Map<String, ContactProblem> firstByField(List<ContactProblem> problems) {
		var byField = new LinkedHashMap<String, ContactProblem>();
		problems.forEach(problem -> byField.putIfAbsent(String.valueOf(problem.field()), problem));
		return byField;
	}

	private ResponseEntity<ProblemDetail> problem(List<ContactProblem> problems) {
		var locale = LocaleContextHolder.getLocale();
		var detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The contact was not recorded: correct the fields named in errors.");
		detail.setTitle("The contact was not recorded");
		detail.setProperty("errors", firstByField(problems).values().stream().map(problem -> {
			var error = new LinkedHashMap<String, String>();
			error.put("field", problem.field());
			error.put("message", messages.getMessage(problem.code(), null, problem.code(), locale));
			return error;
		}).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

}
