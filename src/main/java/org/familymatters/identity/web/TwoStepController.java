package org.familymatters.identity.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.internal.SignedInStaff;
import org.familymatters.identity.internal.TwoStep;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.FormCheck;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-step sign-in: the second step after the password (a code from the authenticator
 * app, or a recovery code), and on the person's account page setting it up (a QR code,
 * and the key as text) and turning it off.
 */
@Controller
class TwoStepController {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

	private final TwoStep twoStep;

	private final SignedInStaff signedIn;

	TwoStepController(TwoStep twoStep, SignedInStaff signedIn) {
		this.twoStep = twoStep;
		this.signedIn = signedIn;
	}

	@SignedIn
	@GetMapping("/sign-in/two-step")
	String secondStepForm(Model model) {
		if (signedIn.get().stage() != StaffPrincipal.Stage.SECOND_STEP) {
			return "redirect:/home";
		}
		model.addAttribute("form", new TwoStepForm());
		return "identity/two-step-sign-in";
	}

	@SignedIn
	@PostMapping("/sign-in/two-step")
	String secondStep(@ModelAttribute("form") TwoStepForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		var user = signedIn.get();
		if (user.stage() != StaffPrincipal.Stage.SECOND_STEP) {
			return "redirect:/home";
		}
		var code = TwoStepFormCheck.code(form, result);
		if (code.isEmpty()) {
			return "identity/two-step-sign-in";
		}
		var step = twoStep.secondStep(user, code.get(), request.getRemoteAddr());
		if (!step.passed()) {
			var check = FormCheck.of(result, "twoStep");
			step.refusal()
				.ifPresentOrElse(
						refusal -> check.reject("code", refusal.locked() ? "signIn.locked" : "twoStep.wait",
								SECONDS.format(refusal.until().atZone(ServiceTime.ZONE))),
						() -> check.reject("code", "wrong"));
			form.setCode(null);
			return "identity/two-step-sign-in";
		}
		signedIn.replace(user.at(StaffPrincipal.Stage.SIGNED_IN), request, response);
		request.changeSessionId();
		if (step.outcome() == TwoStep.Outcome.RECOVERY_CODE) {
			redirect.addFlashAttribute("message", "You used a recovery code. You have "
					+ twoStep.recoveryCodesLeft(user.id()) + " left: each works once.");
		}
		return user.mustChangePassword() ? "redirect:/account/password" : "redirect:/home";
	}

	@SignedIn
	@GetMapping("/account/two-step")
	String status(Model model) {
		var user = signedIn.get();
		model.addAttribute("on", twoStep.enabled(user.id()));
		model.addAttribute("required", twoStep.requiredFor(user.roles()));
		model.addAttribute("recoveryCodesLeft", twoStep.recoveryCodesLeft(user.id()));
		model.addAttribute("form", new TwoStepForm());
		return "identity/two-step";
	}

	@SignedIn
	@GetMapping("/account/two-step/set-up")
	String setUpForm(Model model) {
		var user = signedIn.get();
		if (twoStep.enabled(user.id())) {
			return "redirect:/account/two-step";
		}
		model.addAttribute("form", new TwoStepForm());
		return setUpPage(user, model);
	}

	@SignedIn
	@PostMapping("/account/two-step/set-up")
	String setUp(@ModelAttribute("form") TwoStepForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		var user = signedIn.get();
		if (twoStep.enabled(user.id())) {
			return "redirect:/account/two-step";
		}
		var code = TwoStepFormCheck.code(form, result);
		if (code.isEmpty()) {
			return setUpPage(user, model);
		}
		var recoveryCodes = twoStep.confirm(user.id(), code.get());
		if (recoveryCodes.isEmpty()) {
			FormCheck.of(result, "twoStep").reject("code", "wrongSetUp");
			form.setCode(null);
			return setUpPage(user, model);
		}
		if (user.stage() == StaffPrincipal.Stage.SETTING_UP_SECOND_STEP) {
			signedIn.replace(user.at(StaffPrincipal.Stage.SIGNED_IN), request, response);
			request.changeSessionId();
		}
		model.addAttribute("recoveryCodes", recoveryCodes.get());
		return "identity/two-step-recovery-codes";
	}

	@SignedIn
	@PostMapping("/account/two-step/turn-off")
	String turnOff(@ModelAttribute("form") TwoStepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var user = signedIn.get();
		var password = TwoStepFormCheck.password(form, result);
		if (password.isPresent()) {
			var problem = twoStep.turnOff(user, password.get());
			if (problem.isEmpty()) {
				redirect.addFlashAttribute("message", "Two-step sign-in is off.");
				return "redirect:/account/two-step";
			}
			FormCheck.of(result, "twoStep").reject("password", problem.get());
		}
		form.setPassword(null);
		model.addAttribute("on", twoStep.enabled(user.id()));
		model.addAttribute("required", twoStep.requiredFor(user.roles()));
		model.addAttribute("recoveryCodesLeft", twoStep.recoveryCodesLeft(user.id()));
		return "identity/two-step";
	}

	private String setUpPage(StaffPrincipal user, Model model) {
		model.addAttribute("setUp", twoStep.setUp(user));
		model.addAttribute("required", user.stage() == StaffPrincipal.Stage.SETTING_UP_SECOND_STEP);
		return "identity/two-step-set-up";
	}

}
