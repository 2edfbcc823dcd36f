package org.familymatters.referral.web;

import org.familymatters.referral.ReferralSource;
import org.familymatters.shared.security.Public;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A family asks for support themselves, without signing in: first where they live, then
 * the form, with a plain-English notice of who sees what they tell us, why, and for how
 * long.
 */
@Controller
@Public
@RequestMapping("/ask-for-support")
class SelfReferralController {

	static final String VIEW = "referral/form";

	private static final String MISSING_LOCALITY = "referral.self.locality.required";

	private final ReferralFormPages pages;

	SelfReferralController(ReferralFormPages pages) {
		this.pages = pages;
	}

	@GetMapping
	String start(@ModelAttribute("form") ReferralForm form, BindingResult result,
			@RequestParam(name = "localityId", required = false) String chosen, Model model) {
		model.addAttribute("self", true);
		if (chosen == null) {
			return pages.chooseLocality(VIEW, model);
		}
		var locality = pages.locality(form, result, MISSING_LOCALITY);
		if (locality.isEmpty()) {
			return pages.chooseLocality(VIEW, model);
		}
		pages.start(form, locality.get());
		return pages.form(VIEW, form, locality.get(), model);
	}

	@PostMapping
	String submit(@ModelAttribute("form") ReferralForm form, BindingResult result,
			@RequestParam(name = "add", required = false) String add, Model model, RedirectAttributes redirect) {
		model.addAttribute("self", true);
		var locality = pages.locality(form, result, MISSING_LOCALITY);
		if (locality.isEmpty()) {
			return pages.chooseLocality(VIEW, model);
		}
		if (form.getPeople().isEmpty()) {
			form.getPeople().add(new PersonForm());
		}
		if (add != null) {
			pages.addPerson(form);
			return pages.form(VIEW, form, locality.get(), model);
		}
		form.setSource(ReferralSource.SELF.code());
		form.setReferrerOrganisationId(null);
		form.setReferrerOrganisationName(null);
		var received = pages.submit(form, ReferralSource.SELF, result);
		if (received.isEmpty()) {
			return pages.form(VIEW, form, locality.get(), model);
		}
		redirect.addFlashAttribute("reference", received.get().reference());
		return "redirect:/ask-for-support/sent";
	}

	@GetMapping("/sent")
	String sent(Model model) {
		model.addAttribute("self", true);
		return "referral/sent";
	}

}
