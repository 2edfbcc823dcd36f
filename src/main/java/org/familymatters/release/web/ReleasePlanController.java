package org.familymatters.release.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.familymatters.family.Person;
import org.familymatters.release.internal.AdultAgreement;
import org.familymatters.release.internal.Arrangement;
import org.familymatters.release.internal.ChildrenLiving;
import org.familymatters.release.internal.Living;
import org.familymatters.release.internal.ReleaseOwners;
import org.familymatters.release.internal.ReleasePlans;
import org.familymatters.release.internal.ReleaseWindow;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.FormCheck;
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
 * A custody episode's release plan, from the episode on the family's page: the page (for
 * the family's support workers, and read-only for an agency whose sharing covers custody
 * details), starting it within twelve weeks of the expected release, and each section's
 * form. The access decision answers and is audited; each form carries the plan's version,
 * and a save made from an older one is refused with nothing saved.
 */
@Controller
@SignedIn
@RequestMapping("/families/{id}/release/{episodeId}")
class ReleasePlanController {

	private final ReleasePlans plans;

	private final ReleaseOwners owners;

	private final ReleaseLabels labels;

	ReleasePlanController(ReleasePlans plans, ReleaseOwners owners, ReleaseLabels labels) {
		this.plans = plans;
		this.owners = owners;
		this.labels = labels;
	}

	@GetMapping
	String page(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
		model.addAttribute("page", plans.page(id, episodeId));
		return "release/plan";
	}

	@PostMapping("/start")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String start(@PathVariable UUID id, @PathVariable UUID episodeId, RedirectAttributes redirect) {
		try {
			var verdict = plans.start(id, episodeId);
			if (verdict == ReleaseWindow.Verdict.OPEN) {
				redirect.addFlashAttribute("message", "Release plan started");
			}
			else {
				redirect.addFlashAttribute("refusal", refusal(verdict, plans.forChange(id, episodeId)));
			}
		}
		catch (StaleSave ex) {
			redirect.addFlashAttribute("message", "Someone else started the release plan meanwhile: here it is");
		}
		return back(id, episodeId);
	}

	@GetMapping("/where")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String whereForm(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
		var page = plans.forChange(id, episodeId);
		if (page.plan() == null) {
			return back(id, episodeId);
		}
		var plan = page.plan();
		var form = new WhereForm();
		form.setLiving((plan.living() != null) ? plan.living().code() : null);
		if (plan.address() != null) {
			form.setAddressLine1(plan.address().line1());
			form.setAddressLine2(plan.address().line2());
			form.setTown(plan.address().town());
			form.setPostcode(plan.address().postcode());
		}
		form.setChildrenLiveThere((plan.childrenLiveThere() != null) ? plan.childrenLiveThere().code() : null);
		form.setVersion(Long.toString(plan.version()));
		return whereForm(page, form, model);
	}

	@PostMapping("/where")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String where(@PathVariable UUID id, @PathVariable UUID episodeId, @ModelAttribute("form") WhereForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var page = plans.forChange(id, episodeId);
		if (page.plan() == null) {
			return back(id, episodeId);
		}
		var where = ReleaseFormCheck.where(form, result);
		var check = FormCheck.of(result, "release.where");
		if (where.isEmpty() || !check.saved(() -> plans.changeWhere(id, episodeId,
				ReleaseFormCheck.version(form.getVersion(), check), where.get()))) {
			return whereForm(page, form, model);
		}
		return saved(id, episodeId, "Where they will live saved", redirect);
	}

	@GetMapping("/family")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String familyForm(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
		var page = plans.forChange(id, episodeId);
		if (page.plan() == null) {
			return back(id, episodeId);
		}
		var plan = page.plan();
		var form = new FamilyViewForm();
		form.setFamilyView(plan.familyView());
		for (var adult : page.adults()) {
			var answer = new AgreementAnswer();
			answer.setPersonId(adult.id().toString());
			var kept = plan.agreements().get(adult.id());
			answer.setAnswer((kept != null) ? kept.answer().code() : null);
			answer.setNote((kept != null) ? kept.note() : null);
			form.getAgreements().add(answer);
		}
		form.setVersion(Long.toString(plan.version()));
		return familyForm(page, form, model);
	}

	@PostMapping("/family")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String family(@PathVariable UUID id, @PathVariable UUID episodeId, @ModelAttribute("form") FamilyViewForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var page = plans.forChange(id, episodeId);
		if (page.plan() == null) {
			return back(id, episodeId);
		}
		var adults = page.adults().stream().map(Person::id).collect(Collectors.toSet());
		var answers = ReleaseFormCheck.familyView(form, adults, result);
		var check = FormCheck.of(result, "release.family");
		if (answers.isEmpty() || !check
			.saved(() -> plans.changeFamilyView(id, episodeId, ReleaseFormCheck.version(form.getVersion(), check),
					answers.get().text(), answers.get().agreements()))) {
			return familyForm(page, form, model);
		}
		return saved(id, episodeId, "The family’s view saved", redirect);
	}

	@GetMapping("/probation")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String probationForm(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
		var page = plans.forChange(id, episodeId);
		if (page.plan() == null) {
			return back(id, episodeId);
		}
		var probation = page.plan().probation();
		var form = new ProbationForm();
		form.setProbationOrganisationId(
				(probation.organisationId() != null) ? probation.organisationId().toString() : null);
		form.setPractitioner(probation.practitioner());
		form.setContact(probation.contact());
		form.setVersion(Long.toString(page.plan().version()));
		return probationForm(page, form, model);
	}

	@PostMapping("/probation")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String probation(@PathVariable UUID id, @PathVariable UUID episodeId, @ModelAttribute("form") ProbationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var page = plans.forChange(id, episodeId);
		if (page.plan() == null) {
			return back(id, episodeId);
		}
		Map<UUID, String> services = new HashMap<>();
		owners.probation().forEach(o -> services.put(o.id(), o.name()));
		var probation = ReleaseFormCheck.probation(form, services, result);
		var check = FormCheck.of(result, "release.probation");
		if (probation.isEmpty() || !check.saved(() -> plans.changeProbation(id, episodeId,
				ReleaseFormCheck.version(form.getVersion(), check), probation.get()))) {
			return probationForm(page, form, model);
		}
		return saved(id, episodeId, "Contact with probation saved", redirect);
	}

	@GetMapping("/money")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String moneyForm(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
		var page = plans.forChange(id, episodeId);
		if (page.plan() == null) {
			return back(id, episodeId);
		}
		var plan = page.plan();
		var form = new MoneyForm();
		form.setBenefits((plan.benefits() != null) ? plan.benefits().code() : null);
		form.setIdentityDocuments((plan.identityDocuments() != null) ? plan.identityDocuments().code() : null);
		form.setNote(plan.moneyNote());
		form.setVersion(Long.toString(plan.version()));
		return moneyForm(page, form, model);
	}

	@PostMapping("/money")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String money(@PathVariable UUID id, @PathVariable UUID episodeId, @ModelAttribute("form") MoneyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var page = plans.forChange(id, episodeId);
		if (page.plan() == null) {
			return back(id, episodeId);
		}
		var money = ReleaseFormCheck.money(form, result);
		var check = FormCheck.of(result, "release.money");
		if (money.isEmpty() || !check
			.saved(() -> plans.changeMoney(id, episodeId, ReleaseFormCheck.version(form.getVersion(), check),
					money.get().benefits(), money.get().identityDocuments(), money.get().note()))) {
			return moneyForm(page, form, model);
		}
		return saved(id, episodeId, "Benefits and ID saved", redirect);
	}

	@GetMapping("/release-day")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String releaseDayForm(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
		var page = plans.forChange(id, episodeId);
		if (page.plan() == null) {
			return back(id, episodeId);
		}
		var day = page.plan().releaseDay();
		var form = new ReleaseDayForm();
		form.setMetBy(day.metBy());
		form.setTravel(day.travel());
		form.setFirstAppointments(day.firstAppointments());
		form.setVersion(Long.toString(page.plan().version()));
		return releaseDayForm(page, form, model);
	}

	@PostMapping("/release-day")
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String releaseDay(@PathVariable UUID id, @PathVariable UUID episodeId, @ModelAttribute("form") ReleaseDayForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var page = plans.forChange(id, episodeId);
		if (page.plan() == null) {
			return back(id, episodeId);
		}
		var day = ReleaseFormCheck.releaseDay(form, result);
		var check = FormCheck.of(result, "release.day");
		if (day.isEmpty() || !check.saved(() -> plans.changeReleaseDay(id, episodeId,
				ReleaseFormCheck.version(form.getVersion(), check), day.get()))) {
			return releaseDayForm(page, form, model);
		}
		return saved(id, episodeId, "Release-day plan saved", redirect);
	}

	private String refusal(ReleaseWindow.Verdict verdict, ReleasePlans.Page page) {
		return switch (verdict) {
			case TOO_EARLY -> "It is too early to start the release plan: planning starts on "
					+ labels.date(page.opensOn()) + ", " + ReleaseWindow.WEEKS + " weeks before the expected release.";
			case RELEASED ->
				"The release plan cannot be started: this custody episode has ended with the person’s release.";
			case NO_RELEASE_DATE ->
				"The release plan cannot be started until the custody episode has an expected release date.";
			case OPEN -> null;
		};
	}

	private static String back(UUID id, UUID episodeId) {
		return "redirect:/families/" + id + "/release/" + episodeId;
	}

	private static String saved(UUID id, UUID episodeId, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return back(id, episodeId);
	}

	private String whereForm(ReleasePlans.Page page, WhereForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("livingOptions", Arrays.stream(Living.values())
			.map(l -> new Option(l.code(), l.label(), (l == Living.OTHER_ADDRESS) ? "Give the address below" : null))
			.toList());
		model.addAttribute("childrenOptions", options(ChildrenLiving.values(), ChildrenLiving::label));
		return "release/where-form";
	}

	private String familyForm(ReleasePlans.Page page, FamilyViewForm form, Model model) {
		Map<String, String> names = new HashMap<>();
		page.adults().forEach(p -> names.put(p.id().toString(), p.fullName()));
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("names", names);
		model.addAttribute("answerOptions", options(AdultAgreement.values(), AdultAgreement::label));
		return "release/family-form";
	}

	private String probationForm(ReleasePlans.Page page, ProbationForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("probationOptions",
				owners.probation().stream().map(o -> Option.of(o.id(), o.name())).toList());
		return "release/probation-form";
	}

	private String moneyForm(ReleasePlans.Page page, MoneyForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("arrangementOptions", options(Arrangement.values(), Arrangement::label));
		return "release/money-form";
	}

	private String releaseDayForm(ReleasePlans.Page page, ReleaseDayForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		return "release/release-day-form";
	}

	private static <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> label) {
		return Arrays.stream(values)
			.map(v -> new Option(v.name().toLowerCase(Locale.ROOT), label.apply(v), null))
			.toList();
	}

}
