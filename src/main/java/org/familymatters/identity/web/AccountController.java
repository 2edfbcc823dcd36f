package org.familymatters.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.internal.PasswordChange;
import org.familymatters.identity.internal.Passwords;
import org.familymatters.identity.internal.SignedInStaff;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.FormCheck;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users change their own password; one who signed in with a one-time password must do so
 * first.
 */
@Controller
class AccountController {

	private final PasswordChange passwordChange;

	private final SignedInStaff signedIn;

	AccountController(PasswordChange passwordChange, SignedInStaff signedIn) {
		this.passwordChange = passwordChange;
		this.signedIn = signedIn;
	}

	@SignedIn
	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm());
		return page(signedIn.get(), model);
	}

	@SignedIn
	@PostMapping("/account/password")
	String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		var user = signedIn.get();
		var choice = PasswordFormCheck.check(form, result);
		if (choice.isEmpty()) {
			return page(user, model);
		}
		var problem = passwordChange.change(user.id(), choice.get().currentPassword(), choice.get().newPassword());
		if (problem.isPresent()) {
			FormCheck.of(result, "password")
				.reject(problem.get().field(), problem.get().messageKey(), Passwords.MINIMUM_LENGTH,
						Passwords.MAXIMUM_LENGTH);
			return page(user, model);
		}
		signedIn.replace(user.withPasswordChanged(), request, response);
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/home";
	}

	private String page(StaffPrincipal user, Model model) {
		model.addAttribute("forced", user.mustChangePassword());
		model.addAttribute("heading", user.mustChangePassword() ? "Choose a new password" : "Change your password");
		model.addAttribute("minimumLength", Passwords.MINIMUM_LENGTH);
		return "identity/password";
	}

}
