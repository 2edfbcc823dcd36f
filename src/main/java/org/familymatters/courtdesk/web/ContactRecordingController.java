package org.familymatters.courtdesk.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.courtdesk.internal.ContactRecording;
import org.familymatters.courtdesk.internal.ContactRefused;
import org.familymatters.courtdesk.internal.CourtDeskContacts;
import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.NewContact;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
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
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
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

	private final Clock clock;

	ContactRecordingController(ContactRecording recording, ContactFormPage page, CourtDeskContacts contacts,
			CourtVolunteers volunteers, Courts courts, MessageSource messages, Clock clock) {
		this.recording = recording;
		this.page = page;
		this.contacts = contacts;
		this.volunteers = volunteers;
		this.courts = courts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/new")
	String start(@ModelAttribute("form") ContactForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		form.setIdempotencyKey(UUID.randomUUID().toString());
		var now = clock.instant().atZone(ServiceTime.ZONE);
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
		var check = ContactFormCheck.of(result);
		if (find != null && !json) {
			page.findServices(form, check, model);
			return page(user, form, model);
		}
		if (volunteers.courtOf(user.id()).isEmpty()) {
			if (json) {
				check.rejectForm("courtdesk.contact.noCourt");
				return problem(result);
			}
			return page(user, form, model);
		}
		var recorded = record(ContactFormCheck.read(form, check), check, user);
		if (recorded.isEmpty()) {
			return json ? problem(result) : page(user, form, model);
		}
		if (json) {
			var body = new LinkedHashMap<String, Object>();
			body.put("status", recorded.get().alreadyReceived() ? "already-received" : "recorded");
			body.put("reference", recorded.get().reference());
			body.put("id", recorded.get().id().toString());
			body.put("referralReference", recorded.get().referralReference());
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return "redirect:/court-desk/contacts/" + recorded.get().id() + "/recorded"
				+ (recorded.get().alreadyReceived() ? "?again=true" : "");
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
	 * now; otherwise the contact is recorded when nothing is wrong with it, and every
	 * problem, the form's and the rules', is put on the form.
	 */
	private Optional<ContactRecording.Recorded> record(NewContact contact, FormCheck check, SignedInUser user) {
		if (!check.failed()) {
			try {
				// Acknowledges a contact sent before with the same key, or records this
				// one.
				return Optional.of(recording.record(contact));
			}
			catch (ContactRefused refused) {
				ContactFormCheck.reject(refused.problems(), check);
				return Optional.empty();
			}
		}
		if (contact.idempotencyKey() != null) {
			var earlier = recording.received(user.id(), contact.idempotencyKey());
			if (earlier.isPresent()) {
				return earlier;
			}
		}
		ContactFormCheck.reject(recording.check(contact), check);
		return Optional.empty();
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
	 * Problem details for the outbox: the first problem of each field, by the field;
	 * problems of the whole contact with no field.
	 */
	private ResponseEntity<ProblemDetail> problem(BindingResult result) {
		var locale = LocaleContextHolder.getLocale();
		var detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The contact was not recorded: correct the fields named in errors.");
		detail.setTitle("The contact was not recorded");
		var byField = new LinkedHashMap<String, ObjectError>();
		result.getGlobalErrors().forEach(error -> byField.putIfAbsent(null, error));
		result.getFieldErrors().forEach(error -> byField.putIfAbsent(error.getField(), error));
		detail.setProperty("errors", byField.values().stream().map(error -> {
			var problem = new LinkedHashMap<String, String>();
			problem.put("field", (error instanceof FieldError field) ? field.getField() : null);
			problem.put("message", messages.getMessage(error, locale));
			return problem;
		}).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

}
