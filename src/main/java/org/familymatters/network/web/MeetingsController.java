package org.familymatters.network.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.network.internal.Meeting;
import org.familymatters.network.internal.MeetingCalendar;
import org.familymatters.network.internal.MeetingClosed;
import org.familymatters.network.internal.MeetingTimes;
import org.familymatters.network.internal.Meetings;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;
import org.familymatters.shared.web.PublicAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * A network's meetings, for its members and its coordinator (anyone else 403; a meeting
 * of another network 404): the list, one meeting's page (details, the .ics to save,
 * apologies and attendance), and the coordinator's forms to schedule, change and cancel a
 * meeting, each of which e-mails everyone after the commit.
 */
@Controller
@SignedIn
@RequestMapping("/networks/{id}/meetings")
class MeetingsController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final Meetings meetings;

	private final Clock clock;

	private final PublicAddress publicAddress;

	private final String from;

	MeetingsController(Meetings meetings, Clock clock, PublicAddress publicAddress,
			@Value("${familymatters.mail.from:family-matters@localhost}") String from) {
		this.meetings = meetings;
		this.clock = clock;
		this.publicAddress = publicAddress;
		this.from = from;
	}

	@GetMapping
	String list(@PathVariable UUID id, Model model) {
		var viewer = meetings.viewer(id);
		var now = clock.instant();
		model.addAttribute("viewer", viewer);
		model.addAttribute("network", viewer.network());
		var upcoming = new ArrayList<Row>();
		var past = new ArrayList<Row>();
		for (var meeting : meetings.of(id)) {
			(meeting.over(now) ? past : upcoming).add(Row.of(meeting, now));
		}
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("past", past);
		return "network/meetings";
	}

	@GetMapping("/new")
	String scheduleForm(@PathVariable UUID id, Model model) {
		var viewer = meetings.coordinator(id);
		var form = new MeetingForm();
		form.setDate(DateParts.of(meetings.suggestedDay(id)));
		form.setStartsAt("10:00");
		form.setEndsAt("12:00");
		return form(viewer, null, form, model);
	}

	@PostMapping("/new")
	String schedule(@PathVariable UUID id, @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var viewer = meetings.coordinator(id);
		var details = MeetingFormCheck.details(form, clock.instant(), false, result);
		if (details.isEmpty()) {
			return form(viewer, null, form, model);
		}
		var meetingId = meetings.schedule(id, details.get());
		redirect.addFlashAttribute("message", "Meeting scheduled: everyone in the network is being sent an invitation");
		return "redirect:/networks/" + id + "/meetings/" + meetingId;
	}

	@GetMapping("/{meetingId}")
	String meeting(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
		var viewer = meetings.viewer(id);
		var meeting = meetings.get(id, meetingId);
		var form = new AttendanceForm();
		meetings.attendance(meetingId).forEach((user, status) -> {
			if ("attended".equals(status)) {
				form.getAttended().add(user.toString());
			}
		});
		return page(viewer, meeting, form, model);
	}

	@GetMapping("/{meetingId}/meeting.ics")
	ResponseEntity<String> calendar(@PathVariable UUID id, @PathVariable UUID meetingId) {
		var viewer = meetings.viewer(id);
		var meeting = meetings.get(id, meetingId);
		var body = MeetingCalendar.download(meeting, viewer.network().name(), MeetingCalendar.address(from),
				publicAddress.link("/networks/" + id + "/meetings/" + meetingId), clock.instant());
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("meeting.ics").build().toString())
			.body(body);
	}

	@GetMapping("/{meetingId}/edit")
	String changeForm(@PathVariable UUID id, @PathVariable UUID meetingId, Model model, RedirectAttributes redirect) {
		var viewer = meetings.coordinator(id);
		var meeting = meetings.get(id, meetingId);
		if (!meeting.changeable(clock.instant())) {
			return closed(id, meeting, redirect);
		}
		return form(viewer, meeting, MeetingForm.of(meeting), model);
	}

	@PostMapping("/{meetingId}/edit")
	String change(@PathVariable UUID id, @PathVariable UUID meetingId, @ModelAttribute("form") MeetingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var viewer = meetings.coordinator(id);
		var meeting = meetings.get(id, meetingId);
		var details = MeetingFormCheck.details(form, clock.instant(), true, result);
		if (details.isEmpty()) {
			return form(viewer, meeting, form, model);
		}
		var check = FormCheck.of(result, MeetingFormCheck.PREFIX);
		try {
			if (!check.saved(() -> meetings.change(id, meetingId, form.getVersion(), details.get()))) {
				return form(viewer, meeting, form, model);
			}
		}
		catch (MeetingClosed ex) {
			check.rejectForm(ex.code());
			return form(viewer, meeting, form, model);
		}
		redirect.addFlashAttribute("message", "Meeting changed: everyone in the network is being sent the update");
		return "redirect:/networks/" + id + "/meetings/" + meetingId;
	}

	@GetMapping("/{meetingId}/cancel")
	String cancelForm(@PathVariable UUID id, @PathVariable UUID meetingId, Model model, RedirectAttributes redirect) {
		var viewer = meetings.coordinator(id);
		var meeting = meetings.get(id, meetingId);
		if (!meeting.changeable(clock.instant())) {
			return closed(id, meeting, redirect);
		}
		model.addAttribute("network", viewer.network());
		model.addAttribute("meeting", meeting);
		model.addAttribute("when", MeetingTimes.when(meeting.startsAt(), meeting.endsAt()));
		return "network/meeting-cancel";
	}

	@PostMapping("/{meetingId}/cancel")
	String cancel(@PathVariable UUID id, @PathVariable UUID meetingId,
			@RequestParam(name = "version", required = false) String version, RedirectAttributes redirect) {
		meetings.coordinator(id);
		var meeting = meetings.get(id, meetingId);
		try {
			meetings.cancel(id, meetingId, version(version));
			redirect.addFlashAttribute("message",
					"Meeting cancelled: everyone in the network is being sent the cancellation");
		}
		catch (MeetingClosed ex) {
			return closed(id, meeting, redirect);
		}
		catch (StaleSave ex) {
			redirect.addFlashAttribute("problem",
					"Someone else changed this meeting while you were looking at it. Check it, then cancel it again if you still need to.");
		}
		return "redirect:/networks/" + id + "/meetings/" + meetingId;
	}

	@PostMapping("/{meetingId}/apologies")
	String sendApologies(@PathVariable UUID id, @PathVariable UUID meetingId, RedirectAttributes redirect) {
		meetings.viewer(id);
		var meeting = meetings.get(id, meetingId);
		try {
			meetings.sendApologies(id, meetingId);
			redirect.addFlashAttribute("message", "Your apologies have been sent");
		}
		catch (MeetingClosed ex) {
			return closed(id, meeting, redirect);
		}
		return "redirect:/networks/" + id + "/meetings/" + meetingId;
	}

	@PostMapping("/{meetingId}/apologies/withdraw")
	String withdrawApologies(@PathVariable UUID id, @PathVariable UUID meetingId, RedirectAttributes redirect) {
		meetings.viewer(id);
		var meeting = meetings.get(id, meetingId);
		try {
			meetings.withdrawApologies(id, meetingId);
			redirect.addFlashAttribute("message", "Your apologies have been withdrawn");
		}
		catch (MeetingClosed ex) {
			return closed(id, meeting, redirect);
		}
		return "redirect:/networks/" + id + "/meetings/" + meetingId;
	}

	@PostMapping("/{meetingId}/attendance")
	String recordAttendance(@PathVariable UUID id, @PathVariable UUID meetingId,
			@ModelAttribute("attendanceForm") AttendanceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var viewer = meetings.coordinator(id);
		var meeting = meetings.get(id, meetingId);
		var check = FormCheck.of(result, "network.attendance");
		var invited = meetings.invited(id).keySet();
		var attended = check.identifiers("attended", form.getAttended());
		if (!check.failed() && !invited.containsAll(attended)) {
			check.reject("attended", "unknownChoice");
		}
		if (check.failed()) {
			return page(viewer, meeting, form, model);
		}
		try {
			meetings.recordAttendance(id, meetingId, attended);
		}
		catch (MeetingClosed ex) {
			return closed(id, meeting, redirect);
		}
		redirect.addFlashAttribute("message", "Attendance recorded");
		return "redirect:/networks/" + id + "/meetings/" + meetingId;
	}

	private String page(Meetings.Viewer viewer, Meeting meeting, AttendanceForm form, Model model) {
		var now = clock.instant();
		var attendance = meetings.attendance(meeting.id());
		var invited = meetings.invited(viewer.network().id());
		var people = new ArrayList<Person>();
		var options = new ArrayList<Option>();
		invited.values().forEach(person -> {
			var status = attendance.get(person.userId());
			people.add(new Person(person.name(), organisation(person), attendanceLabel(status, meeting, now),
					person.userId().equals(viewer.userId())));
			options.add(new Option(person.userId().toString(), person.name() + ", " + organisation(person),
					"apologies".equals(status) ? "Sent apologies" : null));
		});
		model.addAttribute("viewer", viewer);
		model.addAttribute("network", viewer.network());
		model.addAttribute("meeting", meeting);
		model.addAttribute("row", Row.of(meeting, now));
		model.addAttribute("day", MeetingTimes.day(meeting.startsAt()));
		model.addAttribute("hours", MeetingTimes.hours(meeting.startsAt(), meeting.endsAt()));
		model.addAttribute("changeable", viewer.coordinator() && meeting.changeable(now));
		model.addAttribute("beforeStart", !meeting.cancelled() && !meeting.started(now));
		model.addAttribute("recording", viewer.coordinator() && !meeting.cancelled() && meeting.started(now));
		model.addAttribute("myApologies", "apologies".equals(attendance.get(viewer.userId())));
		model.addAttribute("invitedHere", invited.containsKey(viewer.userId()));
		model.addAttribute("people", people);
		model.addAttribute("attendeeOptions", options);
		model.addAttribute("attendanceForm", form);
		return "network/meeting";
	}

	private String form(Meetings.Viewer viewer, Meeting meeting, MeetingForm form, Model model) {
		model.addAttribute("network", viewer.network());
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		var base = "/networks/" + viewer.network().id() + "/meetings";
		model.addAttribute("action", (meeting != null) ? base + "/" + meeting.id() + "/edit" : base + "/new");
		model.addAttribute("back", (meeting != null) ? base + "/" + meeting.id() : base);
		return "network/meeting-form";
	}

	private String closed(UUID networkId, Meeting meeting, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", meeting.cancelled() ? "This meeting was cancelled: it cannot be changed."
				: "This meeting has started: its date, time and place, and apologies, can no longer be changed.");
		return "redirect:/networks/" + networkId + "/meetings/" + meeting.id();
	}

	private static long version(String version) {
		try {
			return (version != null) ? Long.parseLong(version.strip()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String organisation(Meetings.Invited person) {
		if (person.organisationName() != null) {
			return person.organisationName() + (person.coordinator() ? " (coordinator)" : "");
		}
		return "Coordinator";
	}

	private static String attendanceLabel(String status, Meeting meeting, Instant now) {
		if ("attended".equals(status)) {
			return "Attended";
		}
		if ("apologies".equals(status)) {
			return "Sent apologies";
		}
		return (meeting.started(now) && !meeting.cancelled()) ? "Not recorded" : "Invited";
	}

	/**
	 * A meeting in a list, in words.
	 *
	 * @param id the meeting
	 * @param day its day
	 * @param hours its hours
	 * @param where its place and whether it is online
	 * @param status "Cancelled", "Held" or "Scheduled"
	 * @param colour the status tag's colour
	 */
	record Row(UUID id, String day, String hours, String where, String status, String colour) {

		static Row of(Meeting meeting, Instant now) {
			var where = new ArrayList<String>();
			if (meeting.place() != null) {
				where.add(meeting.place());
			}
			if (meeting.onlineLink() != null) {
				where.add("Online");
			}
			String status;
			String colour;
			if (meeting.cancelled()) {
				status = "Cancelled";
				colour = "red";
			}
			else if (meeting.over(now)) {
				status = "Held";
				colour = "grey";
			}
			else if (meeting.started(now)) {
				status = "Happening now";
				colour = "green";
			}
			else {
				status = "Scheduled";
				colour = "blue";
			}
			return new Row(meeting.id(), MeetingTimes.day(meeting.startsAt()),
					MeetingTimes.hours(meeting.startsAt(), meeting.endsAt()), String.join(", ", List.copyOf(where)),
					status, colour);
		}

	}

	/**
	 * Someone invited, on the meeting's page.
	 *
	 * @param name their name
	 * @param organisation their organisation (or "Coordinator")
	 * @param attendance whether they attended or sent apologies
	 * @param you whether it is the signed-in user
	 */
	record Person(String name, String organisation, String attendance, boolean you) {
	}

}
