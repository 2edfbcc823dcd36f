package org.familymatters.identity.web;

import org.familymatters.shared.security.Public;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security handles the form's POST. */
@Controller
class SignInController {

	@Public
	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/home";
		}
		model.addAttribute("failed", error != null);
		return "identity/sign-in";
	}

}
