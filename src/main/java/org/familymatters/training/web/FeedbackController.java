package org.familymatters.training.web;

import org.familymatters.shared.security.Public;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.PdfPages;
import org.familymatters.training.internal.Certificates;
import org.familymatters.training.internal.Feedback;

import org.springframework.http.ResponseEntity;
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
 * An attendee's feedback and certificate of attendance, through the link they were
 * e-mailed once marked as attended: no account, the link's secret is the only key (an
 * unknown one is not found). The form asks their confidence before and after on a
 * five-point scale, what they will do differently and anything else; it is taken once,
 * for an attended booking only. The thank-you page offers the certificate as a PDF.
 */
@Controller
@RequestMapping("/training/feedback/{secret}")
class FeedbackController {

	private final Feedback feedback;

	private final Certificates certificates;

	private final PdfPages pdfs;

	FeedbackController(Feedback feedback, Certificates certificates, PdfPages pdfs) {
		this.feedback = feedback;
		this.certificates = certificates;
		this.pdfs = pdfs;
	}

	@Public
	@GetMapping
	String form(@PathVariable String secret, Model model) {
		var attendee = attendee(secret);
		if (!attendee.attended()) {
			return refused(attendee, model);
		}
		if (attendee.given()) {
			return done(attendee, secret, model);
		}
		return form(attendee, secret, new FeedbackForm(), model);
	}

	@Public
	@PostMapping
	String give(@PathVariable String secret, @ModelAttribute("form") FeedbackForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var attendee = attendee(secret);
		if (!attendee.attended()) {
			return refused(attendee, model);
		}
		if (attendee.given()) {
			return done(attendee, secret, model);
		}
		var answers = FeedbackFormCheck.answers(form, result);
		if (answers.isEmpty()) {
			return form(attendee, secret, form, model);
		}
		switch (feedback.give(secret, answers.get())) {
			case GIVEN -> {
				redirect.addFlashAttribute("thanks", true);
				return "redirect:/training/feedback/" + secret;
			}
			case NOT_ATTENDED -> {
				return refused(attendee, model);
			}
			default -> {
				// Given meanwhile, from another tab: nothing changes.
				return done(attendee, secret, model);
			}
		}
	}

	@Public
	@GetMapping("/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String secret) {
		var certificate = certificates.certificate(secret)
			.orElseThrow(() -> new NotFound("certificate", "of this link"));
		return pdfs.inline(certificate.filename(), certificate.pdf());
	}

	private Feedback.Attendee attendee(String secret) {
		return feedback.attendee(secret).orElseThrow(() -> new NotFound("feedback link", "secret"));
	}

	private String form(Feedback.Attendee attendee, String secret, FeedbackForm form, Model model) {
		model.addAttribute("attendee", attendee);
		model.addAttribute("secret", secret);
		model.addAttribute("form", form);
		model.addAttribute("scale", FeedbackFormCheck.SCALE);
		return "training/feedback";
	}

	private String done(Feedback.Attendee attendee, String secret, Model model) {
		model.addAttribute("attendee", attendee);
		model.addAttribute("secret", secret);
		return "training/feedback-done";
	}

	private String refused(Feedback.Attendee attendee, Model model) {
		model.addAttribute("attendee", attendee);
		return "training/feedback-refused";
	}

}
