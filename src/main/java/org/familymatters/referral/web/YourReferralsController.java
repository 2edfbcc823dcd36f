package org.familymatters.referral.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.referral.internal.ReferralsMade;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Your referrals": every referral the signed-in user made, newest first, with where it
 * stands. Every role that refers through the referral form (court desk volunteers follow
 * theirs on the court desk's pages); each sees only their own.
 */
@Controller
@PreAuthorize("hasAnyRole('COURT_DESK_COORDINATOR', 'SUPPORT_WORKER', 'AGENCY_PRACTITIONER', 'SAFEGUARDING_LEAD', "
		+ "'TRAINING_COORDINATOR', 'MANAGER', 'ADMINISTRATOR')")
@RequestMapping("/referrals/mine")
class YourReferralsController {

	/** Referrals on a page. */
	static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ServiceTime.ZONE);

	private final ReferralsMade made;

	YourReferralsController(ReferralsMade made) {
		this.made = made;
	}

	@GetMapping
	String list(@RequestParam(name = "page", required = false) String page, Model model) {
		var found = made.page(TriageFilter.page(page), PAGE_SIZE);
		model.addAttribute("referrals", found);
		model.addAttribute("pastTheEnd", found.items().isEmpty() && found.number() > 1 && found.total() > 0);
		model.addAttribute("day", DAY);
		return "referral/mine";
	}

}
