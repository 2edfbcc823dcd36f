package org.familymatters.training.web;

import java.util.UUID;

import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.training.internal.Attendance;

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
 * Attendance at a session's door, for training coordinators, built for a phone: the
 * sessions to mark (today's, and those that ended in the last 14 days), and on a
 * session's page the people booked, each with a button to mark them as attended (a form
 * of its own, no JavaScript) or, once marked, the time and "Not attended after all"; a
 * search for a name (a GET filter). A refusal says why at the top of the page and changes
 * nothing.
 */
@Controller
@PreAuthorize("hasRole('TRAINING_COORDINATOR')")
@RequestMapping("/training/manage")
class AttendanceController {

	static final String PREFIX = "training.attendance";

	/** The longest name searched for. */
	static final int SEARCH_MAX = 100;

	private final Attendance attendance;

	AttendanceController(Attendance attendance) {
		this.attendance = attendance;
	}

	@GetMapping("/attendance")
	String sessions(Model model) {
		model.addAttribute("sessions", attendance.sessionsToMark());
		return "training/attendance-sessions";
	}

	@GetMapping("/sessions/{id}/attendance")
	String door(@PathVariable UUID id, @ModelAttribute("form") AttendanceForm form, BindingResult result, Model model) {
		var name = FormCheck.of(result, PREFIX).text("name", form.getName(), SEARCH_MAX);
		return door(id, name, model);
	}

	@PostMapping("/sessions/{id}/attendance")
	String mark(@PathVariable UUID id, @ModelAttribute("form") AttendanceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var check = FormCheck.of(result, PREFIX);
		var booking = Input.identifier(form.getBooking()).required();
		if (booking.failed()) {
			check.rejectForm(PREFIX + ".noBooking");
			return door(id, null, model);
		}
		var outcome = attendance.mark(id, booking.value());
		if (outcome.refusal() != null) {
			check.rejectForm(PREFIX + ".refused." + outcome.refusal(), outcome.name(), outcome.attendedTime());
			return door(id, null, model);
		}
		redirect.addFlashAttribute("message", outcome.name() + " is marked as attended at " + outcome.attendedTime());
		return "redirect:/training/manage/sessions/" + id + "/attendance";
	}

	@PostMapping("/sessions/{id}/attendance/undo")
	String undo(@PathVariable UUID id, @ModelAttribute("form") AttendanceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var check = FormCheck.of(result, PREFIX);
		var booking = Input.identifier(form.getBooking()).required();
		if (booking.failed()) {
			check.rejectForm(PREFIX + ".noBooking");
			return door(id, null, model);
		}
		var outcome = attendance.undo(id, booking.value());
		if (outcome.refusal() != null) {
			check.rejectForm(PREFIX + ".refused." + outcome.refusal(), outcome.name(), outcome.attendedTime());
			return door(id, null, model);
		}
		redirect.addFlashAttribute("message", outcome.name() + " is no longer marked as attended");
		return "redirect:/training/manage/sessions/" + id + "/attendance";
	}

	private String door(UUID id, String name, Model model) {
		model.addAttribute("door", attendance.door(id, name));
		return "training/attendance";
	}

}
