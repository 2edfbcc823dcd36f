package org.familymatters.shared.web;

import org.familymatters.shared.security.Public;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the pages every service has: accessibility, privacy and cookies. */
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
	@GetMapping("/privacy")
	String privacy() {
		return "shared/privacy";
	}

	@Public
	@GetMapping("/cookies")
	String cookies() {
		return "shared/cookies";
	}

}
