package org.familymatters.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.familymatters.shared.security.Public;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Spring Security handles the form's POST. */
@Controller
class SignInController {

	@Public
	@GetMapping("/sign-in")
	String signIn(HttpServletRequest request, Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/home";
		}
		var failed = request.getParameterMap().containsKey("error");
		model.addAttribute("failed", failed);
		model.addAttribute("pageHasErrors", failed);
		return "identity/sign-in";
	}

}
