package org.familymatters.identity.web;

import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.identity.internal.SignedInStaff;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.SummaryRow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A signed-in user's home page: who they are, and where they can go. */
@Controller
class HomeController {

	private final SignedInStaff signedIn;

	HomeController(SignedInStaff signedIn) {
		this.signedIn = signedIn;
	}

	@SignedIn
	@GetMapping("/home")
	String home(Model model) {
		var user = signedIn.get();
		model.addAttribute("user", user);
		model.addAttribute("details", List.of(SummaryRow.of("Organisation", user.organisationName()),
				SummaryRow.of("Your roles", String.join(", ", user.roles().stream().map(Role::label).toList()))));
		return "identity/home";
	}

}
