package org.familymatters.identity.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.internal.ApiTokens;
import org.familymatters.identity.internal.PasswordChange;
import org.familymatters.identity.internal.Passwords;
import org.familymatters.identity.internal.SignedInStaff;
import org.familymatters.identity.internal.TwoStep;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.SummaryRow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own account: who they are, their password (one who signed in with a one-time
 * password must change it first), and the API tokens they issue to themselves (shown
 * once) and revoke.
 */
@Controller
class AccountController {

	private final PasswordChange passwordChange;

	private final SignedInStaff signedIn;

	private final ApiTokens tokens;

	private final TwoStep twoStep;

	private final Clock clock;

	AccountController(PasswordChange passwordChange, SignedInStaff signedIn, ApiTokens tokens, TwoStep twoStep,
			Clock clock) {
		this.passwordChange = passwordChange;
		this.signedIn = signedIn;
		this.tokens = tokens;
		this.twoStep = twoStep;
		this.clock = clock;
	}

	@SignedIn
	@GetMapping("/account")
	String account(Model model) {
		var user = signedIn.get();
		model.addAttribute("user", user);
		model.addAttribute("details",
				List.of(SummaryRow.of("Username", user.username()), SummaryRow.of("Name", user.displayName()),
						SummaryRow.of("Organisation", user.organisationName()),
						SummaryRow.of("Roles", String.join(", ", user.roles().stream().map(Role::label).toList()))));
		model.addAttribute("tokens", tokens.list(user.id()));
		model.addAttribute("twoStepOn", twoStep.enabled(user.id()));
		model.addAttribute("now", clock.instant());
		return "identity/account";
	}

	@SignedIn
	@GetMapping("/account/tokens/new")
	String newToken(Model model) {
		model.addAttribute("form", new TokenForm());
		return tokenForm(model);
	}

	@SignedIn
	@PostMapping("/account/tokens/new")
	String issueToken(@ModelAttribute("form") TokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var token = TokenFormCheck.check(form, result);
		if (token.isEmpty()) {
			return tokenForm(model);
		}
		var issued = tokens.issue(signedIn.get(), token.get().name(), token.get().lifetime());
		redirect.addFlashAttribute("token", issued.secret());
		return "redirect:/account";
	}

	@SignedIn
	@PostMapping("/account/tokens/{tokenId}/revoke")
	String revokeToken(@PathVariable UUID tokenId, RedirectAttributes redirect) {
		tokens.revokeOwn(signedIn.get(), tokenId);
		redirect.addFlashAttribute("message", "The token is revoked. Clients using it can no longer call the API.");
		return "redirect:/account";
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
		var session = request.getSession(false);
		var problem = passwordChange.change(user.id(), choice.get().currentPassword(), choice.get().newPassword(),
				(session != null) ? session.getId() : null);
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

	private String tokenForm(Model model) {
		model.addAttribute("lifetimeOptions", TokenForm.LIFETIMES);
		return "identity/token-form";
	}

	private String page(StaffPrincipal user, Model model) {
		model.addAttribute("forced", user.mustChangePassword());
		model.addAttribute("heading", user.mustChangePassword() ? "Choose a new password" : "Change your password");
		model.addAttribute("minimumLength", Passwords.MINIMUM_LENGTH);
		return "identity/password";
	}

}
