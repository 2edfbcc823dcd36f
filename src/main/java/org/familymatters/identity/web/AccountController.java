package org.familymatters.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.identity.PasswordChange;
import org.familymatters.identity.Passwords;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.shared.security.SignedIn;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
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

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(PasswordChange passwordChange) {
		this.passwordChange = passwordChange;
	}

	@SignedIn
	@GetMapping("/account/password")
	String passwordForm(@AuthenticationPrincipal StaffPrincipal user, Model model) {
		model.addAttribute("form", new PasswordForm());
		return page(user, model);
	}

	@SignedIn
	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal StaffPrincipal user,
			@Validated @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmPassword") && !result.hasFieldErrors("newPassword")
				&& !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.different");
		}
		if (result.hasErrors()) {
			return page(user, model);
		}
		var problem = passwordChange.change(user.id(), form.getCurrentPassword(), form.getNewPassword());
		if (problem.isPresent()) {
			result.rejectValue(problem.get().field(), problem.get().messageKey(),
					new Object[] { Passwords.MINIMUM_LENGTH, Passwords.MAXIMUM_LENGTH }, null);
			return page(user, model);
		}
		var changed = user.withPasswordChanged();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
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
