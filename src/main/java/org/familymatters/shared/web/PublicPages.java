package org.familymatters.shared.web;

import org.familymatters.shared.security.Public;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page and the pages every service has: accessibility and cookies (the privacy
 * notice is the privacy module's, written from the retention schedule and the access
 * rule).
 */
@Controller
class PublicPages {

	@Public
	@GetMapping("/")
	String start() {
		return "shared/start";
	}

	@Public
	@GetMapping("/accessibility")
	String accessibility() {
		return "shared/accessibility";
	}

	@Public
	@GetMapping("/cookies")
	String cookies() {
		return "shared/cookies";
	}

}
