package org.familymatters.privacy.web;

import org.familymatters.consent.AccessPolicy;
import org.familymatters.shared.privacy.RetentionPromises;
import org.familymatters.shared.security.Public;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy notice (the footer's link on every page): how long each kind of record is
 * kept, from the retention schedule in force, and who may see a family's record, from the
 * access rule, so that the notice says what the service does.
 */
@Controller
class PrivacyNoticePage {

	private final RetentionPromises retention;

	private final AccessPolicy access;

	PrivacyNoticePage(RetentionPromises retention, AccessPolicy access) {
		this.retention = retention;
		this.access = access;
	}

	@Public
	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("retention", retention.all());
		model.addAttribute("whoMaySee", access.whoMaySee());
		return "privacy/notice";
	}

}
