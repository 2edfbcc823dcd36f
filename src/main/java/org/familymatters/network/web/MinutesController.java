package org.familymatters.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.identity.Organisations;
import org.familymatters.network.internal.Agenda;
import org.familymatters.network.internal.AgreedActions;
import org.familymatters.network.internal.Minutes;
import org.familymatters.network.internal.MinutesRefused;
import org.familymatters.network.internal.NetworkAudit;
import org.familymatters.network.internal.NetworkMembers;
import org.familymatters.plan.PlanActions;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A meeting's minutes: each member's copy (the page and a PDF) of the latest published
 * version, as they may see it; for the coordinator, once the meeting has started, the
 * draft with a minute per item, actions agreed for a family (straight into its support
 * plan), publishing, and corrections as new versions. Minutes for a meeting that has not
 * happened are refused with a page that says so.
 */
@Controller
@SignedIn
@RequestMapping("/networks/{id}/meetings/{meetingId}")
class MinutesController {

	static final int MINUTE_MAX = 10_000;

	static final int DESCRIPTION_MAX = 1000;

	static final int REASON_MAX = 1000;

	private final Agenda agenda;

	private final Minutes minutes;

	private final AgreedActions agreed;

	private final NetworkMembers members;

	private final Organisations organisations;

	private final MinutesPdf pdf;

	private final Clock clock;

	MinutesController(Agenda agenda, Minutes minutes, AgreedActions agreed, NetworkMembers members,
			Organisations organisations, MinutesPdf pdf, Clock clock) {
		this.agenda = agenda;
		this.minutes = minutes;
		this.agreed = agreed;
		this.members = members;
		this.organisations = organisations;
		this.pdf = pdf;
		this.clock = clock;
	}

	@ExceptionHandler(MinutesRefused.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String refused(MinutesRefused ex, Model model) {
		model.addAttribute("why", ex.getMessage());
		return "network/minutes-refused";
	}

	/** The signed-in member's copy of the latest published minutes. */
	@GetMapping("/minutes")
	String copy(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
		var meeting = agenda.meeting(id, meetingId);
		model.addAttribute("meeting", meeting);
		model.addAttribute("held", meeting.held(clock.instant()));
		model.addAttribute("copy", minutes.copy(meeting).orElse(null));
		return "network/minutes";
	}

	@GetMapping("/minutes.pdf")
	ResponseEntity<byte[]> print(@PathVariable UUID id, @PathVariable UUID meetingId) {
		var meeting = agenda.meeting(id, meetingId);
		var copy = minutes.printedCopy(meeting)
			.orElseThrow(() -> new NotFound("published minutes of meeting", meetingId));
		return pdf.response(copy);
	}

	@GetMapping("/minutes/draft")
	String draft(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
		var meeting = agenda.forCoordinator(id, meetingId);
		minutes.requireHeld(meeting);
		var items = agenda.items(meetingId);
		var latest = minutes.latest(meetingId).orElse(null);
		// What the coordinator may read of each family's minute is decided, and each
		// family
		// named audited, as on the members' copies.
		var readable = new HashSet<UUID>();
		agenda.shown(meeting, items, NetworkAudit.NETWORK_MINUTES_FAMILY_SHOWN, "the draft minutes")
			.stream()
			.filter(shown -> !shown.item().aboutFamily() || shown.level().seesMinutes())
			.forEach(shown -> readable.add(shown.item().id()));
		model.addAttribute("meeting", meeting);
		model.addAttribute("items", items);
		model.addAttribute("readable", readable);
		model.addAttribute("latest", latest);
		model.addAttribute("versions", minutes.versions(meetingId));
		model.addAttribute("text", (latest != null) ? minutes.text(meetingId, latest.number()) : Map.of());
		model.addAttribute("actions", minutes.actions(items.stream().map(Agenda.Item::id).toList(), null));
		model.addAttribute("form", new CorrectionForm());
		return "network/minutes-draft";
	}

	@GetMapping("/minutes/items/{itemId}")
	String minuteForm(@PathVariable UUID id, @PathVariable UUID meetingId, @PathVariable UUID itemId, Model model) {
		var meeting = agenda.forCoordinator(id, meetingId);
		var item = agenda.item(meetingId, itemId);
		var number = minutes.draft(meeting);
		var form = new MinuteForm();
		form.setText(minutes.text(meetingId, number).get(itemId));
		form.setNumber(Integer.toString(number));
		return minuteForm(meeting, item, form, model);
	}

	@PostMapping("/minutes/items/{itemId}")
	String writeMinute(@PathVariable UUID id, @PathVariable UUID meetingId, @PathVariable UUID itemId,
			@ModelAttribute("form") MinuteForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		var meeting = agenda.forCoordinator(id, meetingId);
		var item = agenda.item(meetingId, itemId);
		var check = FormCheck.of(result, "network.minute");
		var text = check.requiredText("text", form.getText(), MINUTE_MAX);
		var number = check.number("number", form.getNumber(), 1, Integer.MAX_VALUE);
		if (check.failed() || !check.saved(() -> minutes.write(meeting, item, text, number))) {
			return minuteForm(meeting, item, form, model);
		}
		redirect.addFlashAttribute("message", "Minute saved");
		return "redirect:/networks/" + id + "/meetings/" + meetingId + "/minutes/draft";
	}

	@GetMapping("/minutes/items/{itemId}/actions/new")
	String actionForm(@PathVariable UUID id, @PathVariable UUID meetingId, @PathVariable UUID itemId, Model model) {
		var meeting = agenda.forCoordinator(id, meetingId);
		var item = familyItem(meetingId, itemId);
		minutes.draft(meeting);
		return actionForm(meeting, item, new ActionAgreedForm(), model);
	}

	@PostMapping("/minutes/items/{itemId}/actions/new")
	String agree(@PathVariable UUID id, @PathVariable UUID meetingId, @PathVariable UUID itemId,
			@ModelAttribute("form") ActionAgreedForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var meeting = agenda.forCoordinator(id, meetingId);
		var item = familyItem(meetingId, itemId);
		var plan = agreed.openPlan(meeting, item).orElse(null);
		if (plan == null) {
			return actionForm(meeting, item, form, model);
		}
		var check = FormCheck.of(result, "network.action");
		var goals = plan.goals().stream().map(PlanActions.Goal::id).collect(Collectors.toSet());
		var goal = check.requiredIdentifier("goalId", form.getGoalId());
		if (goal != null && !goals.contains(goal)) {
			check.reject("goalId", "unknownChoice");
		}
		var description = check.requiredText("description", form.getDescription(), DESCRIPTION_MAX);
		var organisation = check.requiredIdentifier("ownerOrganisationId", form.getOwnerOrganisationId());
		Set<UUID> active = organisations.findActiveOrdered().stream().map(o -> o.id()).collect(Collectors.toSet());
		if (organisation != null && !active.contains(organisation)) {
			check.reject("ownerOrganisationId", "unknownChoice");
		}
		var person = check.identifier("ownerUserId", form.getOwnerUserId());
		var people = people(id);
		if (person != null && !people.containsKey(person)) {
			check.reject("ownerUserId", "unknownChoice");
		}
		else if (person != null && organisation != null && !organisation.equals(people.get(person))) {
			check.reject("ownerUserId", "notInOrganisation");
		}
		var due = check.requiredDate("dueOn", form.getDueOn());
		if (due != null && due.isBefore(plan.startedOn())) {
			check.reject("dueOn", "beforePlan");
		}
		if (due != null && due.isBefore(LocalDate.now(clock))) {
			check.reject("dueOn", "past");
		}
		if (check.failed()) {
			return actionForm(meeting, item, form, model);
		}
		try {
			if (!check.saved(() -> agreed.agree(meeting, item, goal, description, organisation, person, due))) {
				return actionForm(meeting, item, form, model);
			}
		}
		catch (PlanActions.Refused ex) {
			check.rejectForm("network.action.refused", ex.getMessage());
			return actionForm(meeting, item, form, model);
		}
		redirect.addFlashAttribute("message", "Action agreed and added to the family’s support plan");
		return "redirect:/networks/" + id + "/meetings/" + meetingId + "/minutes/draft";
	}

	@PostMapping("/minutes/publish")
	String publish(@PathVariable UUID id, @PathVariable UUID meetingId, @ModelAttribute("form") CorrectionForm form,
			BindingResult result, RedirectAttributes redirect) {
		var meeting = agenda.forCoordinator(id, meetingId);
		var number = FormCheck.of(result, "network.publish").number("number", form.getNumber(), 1, Integer.MAX_VALUE);
		try {
			if (number == null) {
				throw new StaleSave("minutes of meeting", meetingId);
			}
			minutes.publish(meeting, number);
			redirect.addFlashAttribute("message", "Minutes published: every member is e-mailed a link to their copy");
		}
		catch (StaleSave ex) {
			redirect.addFlashAttribute("message",
					"Those minutes were published or changed meanwhile: here they are as they stand");
		}
		return "redirect:/networks/" + id + "/meetings/" + meetingId + "/minutes/draft";
	}

	@GetMapping("/minutes/correct")
	String correctionForm(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
		var meeting = agenda.forCoordinator(id, meetingId);
		minutes.requireHeld(meeting);
		var latest = minutes.latest(meetingId).filter(Minutes.Version::published).orElse(null);
		if (latest == null) {
			return "redirect:/networks/" + id + "/meetings/" + meetingId + "/minutes/draft";
		}
		var form = new CorrectionForm();
		form.setNumber(Integer.toString(latest.number()));
		return correctionForm(meeting, form, model);
	}

	@PostMapping("/minutes/correct")
	String correct(@PathVariable UUID id, @PathVariable UUID meetingId, @ModelAttribute("form") CorrectionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var meeting = agenda.forCoordinator(id, meetingId);
		var check = FormCheck.of(result, "network.correction");
		var reason = check.requiredText("reason", form.getReason(), REASON_MAX);
		var number = check.number("number", form.getNumber(), 1, Integer.MAX_VALUE);
		if (!check.failed() && number == null) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed() || !check.saved(() -> minutes.correct(meeting, number, reason))) {
			return correctionForm(meeting, form, model);
		}
		redirect.addFlashAttribute("message", "Correction started: change the minutes, then publish them");
		return "redirect:/networks/" + id + "/meetings/" + meetingId + "/minutes/draft";
	}

	private Agenda.Item familyItem(UUID meetingId, UUID itemId) {
		var item = agenda.item(meetingId, itemId);
		if (!item.aboutFamily()) {
			throw new NotFound("family item", itemId);
		}
		return item;
	}

	/**
	 * The network's members and coordinator who may own an action, and their
	 * organisations.
	 */
	private Map<UUID, UUID> people(UUID networkId) {
		var people = new HashMap<UUID, UUID>();
		members.current(networkId).forEach(m -> people.put(m.userId(), m.organisationId()));
		return people;
	}

	private String minuteForm(Agenda.Meeting meeting, Agenda.Item item, MinuteForm form, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		return "network/minutes-item";
	}

	private String actionForm(Agenda.Meeting meeting, Agenda.Item item, ActionAgreedForm form, Model model) {
		var plan = agreed.openPlan(meeting, item).orElse(null);
		model.addAttribute("meeting", meeting);
		model.addAttribute("item", item);
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("familyPlan", "/families/" + item.familyId() + "/plan");
		if (plan != null) {
			model.addAttribute("goalOptions", plan.goals()
				.stream()
				.map(g -> Option.of(g.id(), g.text() + (g.needArea().isEmpty() ? "" : " (" + g.needArea() + ")")))
				.toList());
		}
		model.addAttribute("organisationOptions",
				organisations.findActiveOrdered().stream().map(o -> Option.of(o.id(), o.name())).toList());
		model.addAttribute("userOptions",
				members.current(meeting.network().id())
					.stream()
					.map(m -> Option.of(m.userId(), m.name() + " (" + m.organisationName() + ")"))
					.toList());
		return "network/minutes-action";
	}

	private String correctionForm(Agenda.Meeting meeting, CorrectionForm form, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		return "network/minutes-correct";
	}

}
