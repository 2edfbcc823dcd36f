package org.familymatters.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.Public;
import org.familymatters.shared.web.FormCheck;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the form's POST and comes back here on
 * failure.
 */
@Controller
class SignInController {

	/**
	 * Where {@code SignInOutcomes} leaves the username that was tried, to show it again.
	 */
	static final String ATTEMPTED_USERNAME = "attemptedUsername";

	/**
	 * Where {@code SignInOutcomes} leaves the code of what went wrong, if not the usual.
	 */
	static final String PROBLEM = "signInProblem";

	/** Where {@code SignInOutcomes} leaves when the person may try again. */
	static final String TRY_AGAIN_AT = "signInTryAgainAt";

	private final CurrentUser currentUser;

	SignInController(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Public
	@GetMapping("/sign-in")
	String signIn(HttpServletRequest request, Model model) {
		if (currentUser.find().isPresent()) {
			return "redirect:/home";
		}
		var form = new SignInForm();
		var result = new BeanPropertyBindingResult(form, "form");
		if (request.getParameterMap().containsKey("error")) {
			form.setUsername((String) model.getAttribute(ATTEMPTED_USERNAME));
			var problem = model.getAttribute(PROBLEM);
			FormCheck.of(result, "signIn")
				.reject("username", (problem != null) ? problem.toString() : "signIn.failed",
						model.getAttribute(TRY_AGAIN_AT));
		}
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		return "identity/sign-in";
	}

}
