package org.familymatters.referral.web;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.referral.ReferralSource;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
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
 * A practitioner refers a family: first the locality, then the form with its criteria.
 * Every signed-in user but a court desk volunteer (who refers through the court desk)
 * may.
 */
@Controller
@PreAuthorize("hasAnyRole('COURT_DESK_COORDINATOR', 'SUPPORT_WORKER', 'AGENCY_PRACTITIONER', 'SAFEGUARDING_LEAD', "
		+ "'TRAINING_COORDINATOR', " + "'MANAGER', 'ADMINISTRATOR')")
@RequestMapping("/referrals")
class StaffReferralController {

	static final String VIEW = "referral/form";

	private static final String MISSING_LOCALITY = "referral.locality.required";

	private final ReferralFormPages pages;

	private final Organisations organisations;

	private final CurrentUser currentUser;

	StaffReferralController(ReferralFormPages pages, Organisations organisations, CurrentUser currentUser) {
		this.pages = pages;
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	@GetMapping("/new")
	String start(@ModelAttribute("form") ReferralForm form, BindingResult result,
			@RequestParam(name = "localityId", required = false) String chosen, Model model) {
		model.addAttribute("self", false);
		if (chosen == null) {
			return pages.chooseLocality(VIEW, model);
		}
		var locality = pages.locality(form, result, MISSING_LOCALITY);
		if (locality.isEmpty()) {
			return pages.chooseLocality(VIEW, model);
		}
		pages.start(form, locality.get());
		var user = currentUser.get();
		form.setReferrerName(user.displayName());
		form.setReferrerOrganisationId(user.organisationId().toString());
		organisations.findById(user.organisationId()).ifPresent(o -> form.setSource(sourceFor(o.type()).code()));
		return pages.form(VIEW, form, locality.get(), model);
	}

	@PostMapping("/new")
	String submit(@ModelAttribute("form") ReferralForm form, BindingResult result,
			@RequestParam(name = "add", required = false) String add, Model model, RedirectAttributes redirect) {
		model.addAttribute("self", false);
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
		var received = pages.submit(form, null, result);
		if (received.isEmpty()) {
			return pages.form(VIEW, form, locality.get(), model);
		}
		redirect.addFlashAttribute("reference", received.get().reference());
		return "redirect:/referrals/sent";
	}

	@GetMapping("/sent")
	String sent(Model model) {
		model.addAttribute("self", false);
		return "referral/sent";
	}

	/** The likeliest source for a referrer from this kind of organisation. */
	static ReferralSource sourceFor(OrganisationType type) {
		return switch (type) {
			case SCHOOL -> ReferralSource.SCHOOL;
			case CHILDRENS_CENTRE -> ReferralSource.CHILDRENS_CENTRE;
			case PROBATION -> ReferralSource.PROBATION;
			case PRISON -> ReferralSource.PRISON;
			case POLICE -> ReferralSource.POLICE;
			case COURT -> ReferralSource.COURT_DESK;
			case SOCIAL_CARE -> ReferralSource.SOCIAL_CARE;
			case CAMHS, HEALTH -> ReferralSource.HEALTH;
			case HOUSING -> ReferralSource.HOUSING;
			case VOLUNTARY, FAITH -> ReferralSource.CHARITY;
		};
	}

}
