package org.familymatters.network.web;

import java.time.Clock;
import java.util.HashSet;
import java.util.UUID;

import org.familymatters.network.internal.Agenda;
import org.familymatters.network.internal.NetworkAudit;
import org.familymatters.shared.limits.PerUserLimit;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;

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
 * A network meeting's agenda, for its members and coordinator: the agenda as each member
 * may see it (families by name only where the access decision allows, otherwise "Family
 * A" and the raising member's summary), raising a family by its reference, and, for the
 * coordinator, adding the plan reviews due and other business. Items are added while the
 * meeting is scheduled and has not started.
 */
@Controller
@SignedIn
@RequestMapping("/networks/{id}/meetings/{meetingId}/agenda")
class AgendaController {

	static final int SUMMARY_MAX = 1000;

	static final int TITLE_MAX = 200;

	static final int TEXT_MAX = 2000;

	private final Agenda agenda;

	private final Clock clock;

	AgendaController(Agenda agenda, Clock clock) {
		this.agenda = agenda;
		this.clock = clock;
	}

	@GetMapping
	String agenda(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
		var meeting = agenda.meeting(id, meetingId);
		var items = agenda.items(meetingId);
		model.addAttribute("meeting", meeting);
		model.addAttribute("open", meeting.open(clock.instant()));
		model.addAttribute("held", meeting.held(clock.instant()));
		model.addAttribute("items", agenda.shown(meeting, items, NetworkAudit.NETWORK_AGENDA_FAMILY_SHOWN,
				"agenda of meeting " + meetingId));
		return "network/agenda";
	}

	@GetMapping("/raise")
	String raiseForm(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
		var meeting = agenda.meeting(id, meetingId);
		return raiseForm(meeting, new RaiseForm(), model);
	}

	@PostMapping("/raise")
	String raise(@PathVariable UUID id, @PathVariable UUID meetingId, @ModelAttribute("form") RaiseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var meeting = agenda.meeting(id, meetingId);
		var check = FormCheck.of(result, "network.raise");
		var reference = check.requiredText("reference", form.getReference(), 20);
		var summary = check.requiredText("summary", form.getSummary(), SUMMARY_MAX);
		if (!meeting.open(clock.instant())) {
			check.rejectForm("network.agenda.closed");
		}
		if (check.failed()) {
			return raiseForm(meeting, form, model);
		}
		var raised = agenda.raise(meeting, reference, summary);
		switch (raised.outcome()) {
			case RAISED -> {
				redirect.addFlashAttribute("message", "Family added to the agenda");
				return "redirect:/networks/" + id + "/meetings/" + meetingId + "/agenda";
			}
			case NOT_OPEN -> check.rejectForm("network.agenda.closed");
			case NOT_ON_RECORD -> check.reject("reference", "notOnRecord");
			case OTHER_LOCALITY -> check.reject("reference", "otherLocality", meeting.network().localityName());
			case ALREADY_ON_AGENDA -> check.reject("reference", "alreadyOnAgenda");
			case TOO_MANY_LOOKUPS ->
				check.reject("reference", "tooManyLookups", PerUserLimit.minutes(raised.retryAfter()));
		}
		return raiseForm(meeting, form, model);
	}

	@GetMapping("/reviews")
	String reviewsForm(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
		var meeting = agenda.forCoordinator(id, meetingId);
		return reviewsForm(meeting, new ReviewsForm(), model);
	}

	@PostMapping("/reviews")
	String addReviews(@PathVariable UUID id, @PathVariable UUID meetingId, @ModelAttribute("form") ReviewsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var meeting = agenda.forCoordinator(id, meetingId);
		var check = FormCheck.of(result, "network.reviews");
		var families = check.identifiers("families", form.getFamilies());
		if (!check.failed() && families.isEmpty()) {
			check.reject("families", "required");
		}
		if (!meeting.open(clock.instant())) {
			check.rejectForm("network.agenda.closed");
		}
		if (check.failed()) {
			return reviewsForm(meeting, form, model);
		}
		int added = agenda.addReviews(meeting, new HashSet<>(families));
		if (added == 0) {
			check.reject("families", "noneDue");
			return reviewsForm(meeting, form, model);
		}
		redirect.addFlashAttribute("message",
				(added == 1) ? "1 plan review added to the agenda" : added + " plan reviews added to the agenda");
		return "redirect:/networks/" + id + "/meetings/" + meetingId + "/agenda";
	}

	@GetMapping("/other")
	String otherForm(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
		var meeting = agenda.forCoordinator(id, meetingId);
		return otherForm(meeting, new OtherForm(), model);
	}

	@PostMapping("/other")
	String addOther(@PathVariable UUID id, @PathVariable UUID meetingId, @ModelAttribute("form") OtherForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var meeting = agenda.forCoordinator(id, meetingId);
		var check = FormCheck.of(result, "network.other");
		var title = check.requiredText("title", form.getTitle(), TITLE_MAX);
		var text = check.requiredText("text", form.getText(), TEXT_MAX);
		if (!meeting.open(clock.instant())) {
			check.rejectForm("network.agenda.closed");
		}
		if (check.failed() || !agenda.addOther(meeting, title, text)) {
			if (!check.failed()) {
				check.rejectForm("network.agenda.closed");
			}
			return otherForm(meeting, form, model);
		}
		redirect.addFlashAttribute("message", "Other business added to the agenda");
		return "redirect:/networks/" + id + "/meetings/" + meetingId + "/agenda";
	}

	private String raiseForm(Agenda.Meeting meeting, RaiseForm form, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		return "network/agenda-raise";
	}

	private String reviewsForm(Agenda.Meeting meeting, ReviewsForm form, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("reviewOptions",
				agenda.reviewsDue(meeting)
					.stream()
					.map(r -> new Option(r.familyId().toString(), r.reference(),
							"Review due " + Agenda.DAY.format(r.reviewOn())))
					.toList());
		return "network/agenda-reviews";
	}

	private String otherForm(Agenda.Meeting meeting, OtherForm form, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		return "network/agenda-other";
	}

}
