package org.familymatters.identity.web;

import java.util.Comparator;
import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.identity.internal.SignedInStaff;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;
import org.familymatters.shared.web.SummaryRow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A signed-in person's home page: what needs them now, in the sections every module
 * contributes for their roles ({@link HomeContribution}), then who they are and where
 * else they can go.
 */
@Controller
class HomeController {

	private final SignedInStaff signedIn;

	private final List<HomeContribution> contributions;

	HomeController(SignedInStaff signedIn, List<HomeContribution> contributions) {
		this.signedIn = signedIn;
		this.contributions = contributions;
	}

	@SignedIn
	@GetMapping("/home")
	String home(Model model) {
		var user = signedIn.get();
		model.addAttribute("user", user);
		model.addAttribute("sections", sections(contributions, user));
		model.addAttribute("details", List.of(SummaryRow.of("Organisation", user.organisationName()), SummaryRow
			.of("Your roles", String.join(", ", user.roles().stream().sorted().map(Role::label).toList()))));
		return "identity/home";
	}

	/**
	 * The sections every module contributes for the person, whatever roles they hold, in
	 * the order the sections ask for.
	 */
	static List<HomeSection> sections(List<HomeContribution> contributions, SignedInUser user) {
		return contributions.stream()
			.flatMap(contribution -> contribution.sections(user).stream())
			.sorted(Comparator.comparingInt(HomeSection::order))
			.toList();
	}

}
