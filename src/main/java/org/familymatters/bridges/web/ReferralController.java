package org.familymatters.bridges.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.familymatters.bridges.internal.Accommodation;
import org.familymatters.bridges.internal.BridgesReferrals;
import org.familymatters.bridges.internal.CheckDecision;
import org.familymatters.bridges.internal.FamilyAnswer;
import org.familymatters.bridges.internal.FollowUpOutcome;
import org.familymatters.bridges.internal.FollowUpPoint;
import org.familymatters.bridges.internal.HomeDecision;
import org.familymatters.bridges.internal.SafeguardingChecks;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A Building Bridges referral and its steps, for the support workers who may change the
 * family: what the family says, the safeguarding check (asked for here, decided by a
 * lead), the family home's decision, the referral to the council, release day, and the
 * outcomes at 4 weeks, 3 months and 6 months. Each step is a form of its own; a stale
 * form is refused and nothing is saved.
 */
@Controller
@PreAuthorize("hasRole('SUPPORT_WORKER')")
@RequestMapping("/building-bridges/referrals/{id}")
class ReferralController {

	private final BridgesReferrals referrals;

	private final SafeguardingChecks checks;

	private final Clock clock;

	private final BridgesLabels labels = new BridgesLabels();

	ReferralController(BridgesReferrals referrals, SafeguardingChecks checks, Clock clock) {
		this.referrals = referrals;
		this.checks = checks;
		this.clock = clock;
	}

	@GetMapping
	String page(@PathVariable UUID id, Model model) {
		var page = referrals.page(id);
		model.addAttribute("page", page);
		model.addAttribute("checkDecisionApproved", CheckDecision.APPROVED);
		return "bridges/referral";
	}

	@GetMapping("/family-answer")
	String answerForm(@PathVariable UUID id, Model model) {
		var page = referrals.page(id);
		var form = new AnswerForm();
		form.setAnswer((page.referral().familyAnswer() != null) ? page.referral().familyAnswer().name() : null);
		form.setSays(page.referral().familySays());
		form.setVersion(page.referral().version());
		return answerForm(page, form, model);
	}

	@PostMapping("/family-answer")
	String answer(@PathVariable UUID id, @ModelAttribute("form") AnswerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var page = referrals.page(id);
		var checked = BridgesFormCheck.answer(form, result);
		var check = FormCheck.of(result, "bridges.answer");
		if (checked.isEmpty() || !check
			.saved(() -> referrals.answer(id, checked.get().version(), checked.get().answer(), checked.get().says()))) {
			return answerForm(page, form, model);
		}
		return done(id, "What the family says is saved", redirect);
	}

	@GetMapping("/check")
	String checkForm(@PathVariable UUID id, Model model) {
		var page = referrals.page(id);
		var form = new CheckRequestForm();
		form.setVersion(page.referral().version());
		return checkForm(page, form, model);
	}

	@PostMapping("/check")
	String askForCheck(@PathVariable UUID id, @ModelAttribute("form") CheckRequestForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var page = referrals.page(id);
		var note = BridgesFormCheck.checkRequest(form, result);
		var check = FormCheck.of(result, "bridges.check");
		if (note.isPresent() && page.check().isPresent()) {
			check.rejectForm("bridges.check.alreadyAsked");
		}
		if (check.failed() || !check.saved(() -> checks.request(id, form.getVersion(), note.get()))) {
			return checkForm(page, form, model);
		}
		return done(id, "The safeguarding check is asked for: a designated safeguarding lead of the family's county "
				+ "decides it", redirect);
	}

	@GetMapping("/home")
	String homeForm(@PathVariable UUID id, Model model) {
		var page = referrals.page(id);
		var form = new HomeForm();
		form.setDecision((page.referral().home() != null) ? page.referral().home().name() : null);
		form.setReason(page.referral().homeReason());
		form.setVersion(page.referral().version());
		return homeForm(page, form, model);
	}

	@PostMapping("/home")
	String decideHome(@PathVariable UUID id, @ModelAttribute("form") HomeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var page = referrals.page(id);
		var home = BridgesFormCheck.home(form, result, page.whyNotAgreed());
		var check = FormCheck.of(result, "bridges.home");
		if (home.isEmpty()) {
			return homeForm(page, form, model);
		}
		try {
			if (!check.saved(
					() -> referrals.decideHome(id, home.get().version(), home.get().decision(), home.get().reason()))) {
				return homeForm(page, form, model);
			}
		}
		catch (BridgesReferrals.HomeNotAgreed ex) {
			check.reject("decision", BridgesFormCheck.notYet(ex.reason()));
			return homeForm(page, form, model);
		}
		return done(id, (home.get().decision() == HomeDecision.AGREED) ? "The family home is agreed"
				: "The family home is recorded as not suitable: refer to the council", redirect);
	}

	@GetMapping("/council")
	String councilForm(@PathVariable UUID id, Model model) {
		var page = referrals.page(id);
		var form = new CouncilForm();
		if (page.housing() != null) {
			form.setCouncil(page.housing().council());
			form.setReferredOn(DateParts.of(page.housing().referredOn()));
			form.setAnswer(page.housing().answer());
			if (page.housing().answeredOn() != null) {
				form.setAnsweredOn(DateParts.of(page.housing().answeredOn()));
			}
		}
		form.setVersion(page.referral().version());
		return councilForm(page, form, model);
	}

	@PostMapping("/council")
	String council(@PathVariable UUID id, @ModelAttribute("form") CouncilForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var page = referrals.page(id);
		var housing = BridgesFormCheck.council(form, result, LocalDate.now(clock));
		var check = FormCheck.of(result, "bridges.council");
		if (housing.isPresent() && page.referral().home() != HomeDecision.NOT_SUITABLE) {
			check.rejectForm("bridges.council.homeNotRefused");
		}
		if (check.failed() || !check.saved(() -> referrals.housing(id, form.getVersion(), housing.get()))) {
			return councilForm(page, form, model);
		}
		return done(id, "The referral to the council is saved", redirect);
	}

	@GetMapping("/release")
	String releaseForm(@PathVariable UUID id, Model model) {
		var page = referrals.page(id);
		var form = new ReleaseForm();
		if (page.referral().releasedOn() != null) {
			form.setAccommodation(page.referral().accommodation().name());
			form.setReleasedOn(DateParts.of(page.referral().releasedOn()));
		}
		form.setVersion(page.referral().version());
		return releaseForm(page, form, model);
	}

	@PostMapping("/release")
	String release(@PathVariable UUID id, @ModelAttribute("form") ReleaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var page = referrals.page(id);
		var episode = page.episode();
		var release = BridgesFormCheck.release(form, result, (episode != null) ? episode.sentencedOn() : null,
				(episode != null) ? episode.remandedOn() : null, LocalDate.now(clock));
		var check = FormCheck.of(result, "bridges.release");
		if (release.isEmpty() || !check.saved(() -> referrals.release(id, release.get().version(),
				release.get().accommodation(), release.get().releasedOn()))) {
			return releaseForm(page, form, model);
		}
		return done(id, "Release day is saved: the follow-ups are due 4 weeks, 3 months and 6 months after it",
				redirect);
	}

	@GetMapping("/follow-ups/{point}")
	String followUpForm(@PathVariable UUID id, @PathVariable String point, Model model) {
		var followUp = FollowUpPoint.find(point).orElseThrow(() -> new NotFound("follow-up", point));
		var page = referrals.page(id);
		var form = new FollowUpForm();
		page.followUps()
			.stream()
			.filter(f -> f.point() == followUp && f.recorded() != null)
			.findFirst()
			.ifPresent(f -> {
				form.setOutcome(f.recorded().outcome().name());
				form.setKnownOn(DateParts.of(f.recorded().knownOn()));
			});
		form.setVersion(page.referral().version());
		return followUpForm(page, followUp, form, model);
	}

	@PostMapping("/follow-ups/{point}")
	String followUp(@PathVariable UUID id, @PathVariable String point, @ModelAttribute("form") FollowUpForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var followUp = FollowUpPoint.find(point).orElseThrow(() -> new NotFound("follow-up", point));
		var page = referrals.page(id);
		var outcome = BridgesFormCheck.followUp(form, result, page.referral().releasedOn(), LocalDate.now(clock));
		var check = FormCheck.of(result, "bridges.followUp");
		if (outcome.isEmpty() || !check.saved(() -> referrals.followUp(id, outcome.get().version(), followUp,
				outcome.get().outcome(), outcome.get().knownOn()))) {
			return followUpForm(page, followUp, form, model);
		}
		return done(id, "The " + followUp.adjective() + " outcome is saved", redirect);
	}

	private String done(UUID id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/building-bridges/referrals/" + id;
	}

	private String answerForm(BridgesReferrals.Page page, AnswerForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("options",
				Arrays.stream(FamilyAnswer.values()).map(a -> Option.of(a.name(), a.label())).toList());
		return "bridges/answer-form";
	}

	private String checkForm(BridgesReferrals.Page page, CheckRequestForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		return "bridges/check-request-form";
	}

	private String homeForm(BridgesReferrals.Page page, HomeForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("whyNot", page.whyNotAgreed().map(BridgesFormCheck::notYet).orElse(null));
		model.addAttribute("options", Arrays.stream(HomeDecision.values())
			.map(d -> new Option(d.name(), d.label(),
					(d == HomeDecision.AGREED) ? "Only once a designated safeguarding lead has approved the check"
							: "The family says no, or the check was refused: refer to the council next"))
			.toList());
		return "bridges/home-form";
	}

	private String councilForm(BridgesReferrals.Page page, CouncilForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		return "bridges/council-form";
	}

	private String releaseForm(BridgesReferrals.Page page, ReleaseForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("options",
				Arrays.stream(Accommodation.values()).map(a -> Option.of(a.name(), a.label())).toList());
		var sentenced = (page.episode() != null) ? page.episode().sentencedOn() : null;
		model.addAttribute("releaseHint",
				((sentenced != null) ? "Not before the sentence date, " + labels.date(sentenced) + ". " : "")
						+ "For example, 27 3 2026");
		return "bridges/release-form";
	}

	private String followUpForm(BridgesReferrals.Page page, FollowUpPoint point, FollowUpForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("point", point);
		model.addAttribute("form", form);
		model.addAttribute("options",
				Arrays.stream(FollowUpOutcome.values()).map(o -> Option.of(o.name(), o.label())).toList());
		return "bridges/follow-up-form";
	}

}
