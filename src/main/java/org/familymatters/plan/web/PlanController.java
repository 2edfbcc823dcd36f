package org.familymatters.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyView;
import org.familymatters.plan.internal.ActionStatus;
import org.familymatters.plan.internal.Assessments;
import org.familymatters.plan.internal.NeedArea;
import org.familymatters.plan.internal.NeedAreas;
import org.familymatters.plan.internal.Owners;
import org.familymatters.plan.internal.PlanAudit;
import org.familymatters.plan.internal.PlanPrints;
import org.familymatters.plan.internal.SupportPlan;
import org.familymatters.plan.internal.SupportPlans;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A family's support plan: the page (goals, each agency's actions, reviews), starting it,
 * adding goals and actions, changing an action, recording a review, and closing it. For
 * those who may change the family; the access decision answers and is audited
 * (PLAN_VIEWED for the pages, the change itself for each save). Each form carries the
 * plan's version: a save made from an older one is refused and nothing is saved.
 */
@Controller
@SignedIn
@RequestMapping("/families/{id}/plan")
class PlanController {

	/**
	 * The need area about contact with the person in custody, beside which the family's
	 * recorded barriers to contact are shown.
	 */
	static final String CONTACT_AREA = "contact-in-custody";

	private final FamilyRecords records;

	private final SupportPlans plans;

	private final Assessments assessments;

	private final NeedAreas areas;

	private final Owners owners;

	private final Clock clock;

	private final PlanPrints prints;

	private final PlanPdf pdf;

	PlanController(FamilyRecords records, SupportPlans plans, Assessments assessments, NeedAreas areas, Owners owners,
			Clock clock, PlanPrints prints, PlanPdf pdf) {
		this.prints = prints;
		this.pdf = pdf;
		this.records = records;
		this.plans = plans;
		this.assessments = assessments;
		this.areas = areas;
		this.owners = owners;
		this.clock = clock;
	}

	@GetMapping
	String plan(@PathVariable UUID id, Model model) {
		var view = records.view(id, PlanAudit.PLAN_VIEWED, true);
		model.addAttribute("view", view);
		var plan = plans.of(id).orElse(null);
		model.addAttribute("plan", plan);
		model.addAttribute("reviewDue", plan != null && plan.reviewDue(LocalDate.now(clock), 0));
		model.addAttribute("people", PlanPageModel.people(view));
		model.addAttribute("areaLabels", PlanPageModel.areaLabels(areas.byId()));
		model.addAttribute("assessments", assessments.of(id));
		model.addAttribute("form", new VersionForm());
		var printOwners = new LinkedHashMap<UUID, String>();
		if (plan != null) {
			plan.actions().forEach(a -> printOwners.putIfAbsent(a.ownerOrganisationId(), a.ownerOrganisationName()));
		}
		model.addAttribute("printOwners", printOwners);
		// What stands in the way of contact, from the family's record, beside the need
		// area for contact.
		var contactArea = areas.active().stream().filter(a -> CONTACT_AREA.equals(a.code())).findFirst().orElse(null);
		model.addAttribute("contactArea", contactArea);
		model.addAttribute("barriers", (contactArea != null) ? records.contactBarriers(id) : java.util.List.of());
		return "plan/plan";
	}

	/**
	 * The plan as a PDF: for the family in plain words, or, with {@code for}, for one
	 * organisation (only its actions). Not found when there is no plan, or the plan has
	 * no action of that organisation.
	 */
	@GetMapping("/plan.pdf")
	ResponseEntity<byte[]> print(@PathVariable UUID id,
			@RequestParam(name = "for", required = false) UUID organisationId) {
		if (organisationId == null) {
			return pdf.response(prints.forFamily(id), "family");
		}
		return pdf.response(prints.forOrganisation(id, organisationId), "agency");
	}

	@PostMapping("/start")
	String start(@PathVariable UUID id, RedirectAttributes redirect) {
		records.view(id, PlanAudit.PLAN_VIEWED, true);
		try {
			plans.start(id);
			redirect.addFlashAttribute("message", "Support plan started");
		}
		catch (StaleSave ex) {
			redirect.addFlashAttribute("message", "Someone else started the plan meanwhile: here it is");
		}
		return "redirect:/families/" + id + "/plan";
	}

	@GetMapping("/goals/new")
	String goalForm(@PathVariable UUID id, @RequestParam(name = "area", required = false) String area, Model model) {
		var view = records.view(id, PlanAudit.PLAN_VIEWED, true);
		var plan = openPlan(id);
		if (plan == null) {
			return "redirect:/families/" + id + "/plan";
		}
		var form = new GoalForm();
		form.setVersion(plan.version());
		if (area != null && areas.active().stream().anyMatch(a -> a.id().toString().equals(area))) {
			form.setNeedAreaId(area);
		}
		return goalForm(view, form, model);
	}

	@PostMapping("/goals/new")
	String addGoal(@PathVariable UUID id, @ModelAttribute("form") GoalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = records.view(id, PlanAudit.PLAN_VIEWED, true);
		var active = areas.active().stream().map(NeedArea::id).collect(Collectors.toSet());
		var goal = PlanFormCheck.goal(form, active, result);
		var check = FormCheck.of(result, "plan.goal");
		if (goal.isEmpty() || !check
			.saved(() -> plans.addGoal(id, form.getVersion(), goal.get().needAreaId(), goal.get().text()))) {
			return goalForm(view, form, model);
		}
		redirect.addFlashAttribute("message", "Goal added");
		return "redirect:/families/" + id + "/plan";
	}

	@GetMapping("/actions/new")
	String actionForm(@PathVariable UUID id, @RequestParam(name = "goal", required = false) String goal, Model model) {
		var view = records.view(id, PlanAudit.PLAN_VIEWED, true);
		var plan = openPlan(id);
		if (plan == null || plan.goals().isEmpty()) {
			return "redirect:/families/" + id + "/plan";
		}
		var form = new ActionForm();
		form.setVersion(plan.version());
		form.setStatus(ActionStatus.NOT_STARTED.code());
		if (goal != null && plan.goals().stream().anyMatch(g -> g.id().toString().equals(goal))) {
			form.setGoalId(goal);
		}
		return actionForm(view, plan, form, null, model);
	}

	@PostMapping("/actions/new")
	String addAction(@PathVariable UUID id, @ModelAttribute("form") ActionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = records.view(id, PlanAudit.PLAN_VIEWED, true);
		var plan = plans.of(id).orElseThrow(() -> new NotFound("support plan of family", id));
		var action = checkAction(view, plan, form, null, result);
		var check = FormCheck.of(result, "plan.action");
		if (action.isEmpty()
				|| !check.saved(() -> plans.addAction(id, form.getVersion(), action.get(), view.people()))) {
			return actionForm(view, plan, form, null, model);
		}
		redirect.addFlashAttribute("message", "Action added");
		return "redirect:/families/" + id + "/plan";
	}

	@GetMapping("/actions/{actionId}/edit")
	String changeForm(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
		var view = records.view(id, PlanAudit.PLAN_VIEWED, true);
		var plan = openPlan(id);
		if (plan == null) {
			return "redirect:/families/" + id + "/plan";
		}
		var action = actionOf(plan, actionId);
		var form = new ActionForm();
		form.setGoalId(action.goalId().toString());
		form.setDescription(action.description());
		form.setAboutPersonId((action.aboutPersonId() != null) ? action.aboutPersonId().toString() : null);
		form.setOwnerOrganisationId(action.ownerOrganisationId().toString());
		form.setOwnerUserId((action.ownerUserId() != null) ? action.ownerUserId().toString() : null);
		form.setDueOn(DateParts.of(action.dueOn()));
		form.setStatus(action.status().code());
		form.setStatusReason(action.statusReason());
		form.setVersion(plan.version());
		return actionForm(view, plan, form, action, model);
	}

	@PostMapping("/actions/{actionId}/edit")
	String changeAction(@PathVariable UUID id, @PathVariable UUID actionId, @ModelAttribute("form") ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var view = records.view(id, PlanAudit.PLAN_VIEWED, true);
		var plan = plans.of(id).orElseThrow(() -> new NotFound("support plan of family", id));
		var action = actionOf(plan, actionId);
		var change = checkAction(view, plan, form, action, result);
		var check = FormCheck.of(result, "plan.action");
		if (change.isEmpty() || !check
			.saved(() -> plans.changeAction(id, form.getVersion(), actionId, change.get(), view.people()))) {
			return actionForm(view, plan, form, action, model);
		}
		redirect.addFlashAttribute("message", "Action saved");
		return "redirect:/families/" + id + "/plan";
	}

	@GetMapping("/reviews/new")
	String reviewForm(@PathVariable UUID id, Model model) {
		var view = records.view(id, PlanAudit.PLAN_VIEWED, true);
		var plan = openPlan(id);
		if (plan == null) {
			return "redirect:/families/" + id + "/plan";
		}
		var form = new ReviewForm();
		var today = LocalDate.now(clock);
		form.setReviewedOn(DateParts.of(today));
		form.setNextReviewOn(DateParts.of(today.plusMonths(SupportPlans.FIRST_REVIEW_MONTHS)));
		form.setVersion(plan.version());
		return reviewForm(view, form, model);
	}

	@PostMapping("/reviews/new")
	String addReview(@PathVariable UUID id, @ModelAttribute("form") ReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = records.view(id, PlanAudit.PLAN_VIEWED, true);
		var plan = plans.of(id).orElseThrow(() -> new NotFound("support plan of family", id));
		var review = PlanFormCheck.review(form, plan.startedOn(), LocalDate.now(clock), result);
		var check = FormCheck.of(result, "plan.review");
		if (review.isEmpty() || !check.saved(() -> plans.addReview(id, form.getVersion(), review.get()))) {
			return reviewForm(view, form, model);
		}
		redirect.addFlashAttribute("message", "Review recorded");
		return "redirect:/families/" + id + "/plan";
	}

	@GetMapping("/close")
	String closeForm(@PathVariable UUID id, Model model) {
		var view = records.view(id, PlanAudit.PLAN_VIEWED, true);
		var plan = openPlan(id);
		if (plan == null) {
			return "redirect:/families/" + id + "/plan";
		}
		var form = new CloseForm();
		form.setAssessedOn(DateParts.of(LocalDate.now(clock)));
		form.setAreas(AssessmentsController.answers(areas.active()));
		form.setVersion(plan.version());
		return closeForm(view, form, model);
	}

	@PostMapping("/close")
	String close(@PathVariable UUID id, @ModelAttribute("form") CloseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = records.view(id, PlanAudit.PLAN_VIEWED, true);
		var check = FormCheck.of(result, "plan.close");
		var reason = PlanFormCheck.closingReason(form, check);
		var assessment = PlanFormCheck.assessment(form, areas.active(), PlanPageModel.personIds(view), Set.of(),
				records.startedOn(id).orElse(null), LocalDate.now(clock), result);
		PlanFormCheck.versionGiven(form.getVersion(), check);
		if (assessment.isEmpty() || check.failed()
				|| !check.saved(() -> plans.close(id, form.getVersion(), reason, assessment.get(), view.people()))) {
			return closeForm(view, form, model);
		}
		redirect.addFlashAttribute("message", "Plan closed, and the family's case closed");
		return "redirect:/families/" + id + "/plan";
	}

	private SupportPlan openPlan(UUID familyId) {
		return plans.of(familyId).filter(p -> !p.closed()).orElse(null);
	}

	private static SupportPlan.Action actionOf(SupportPlan plan, UUID actionId) {
		return plan.actions()
			.stream()
			.filter(a -> a.id().equals(actionId))
			.findFirst()
			.orElseThrow(() -> new NotFound("action", actionId));
	}

	private java.util.Optional<SupportPlans.NewAction> checkAction(FamilyView view, SupportPlan plan, ActionForm form,
			SupportPlan.Action action, BindingResult result) {
		var goals = plan.goals().stream().map(SupportPlan.Goal::id).collect(Collectors.toSet());
		var organisations = owners.organisations().stream().map(Owners.Choice::id).collect(Collectors.toSet());
		Map<UUID, UUID> organisationOf = people(view, action).stream()
			.collect(Collectors.toMap(Owners.Choice::id, Owners.Choice::organisationId, (a, b) -> a));
		return PlanFormCheck.action(form, goals, PlanPageModel.personIds(view), organisations, organisationOf,
				plan.startedOn(), result);
	}

	/**
	 * The people an action of this family may be given to (its county's, and its owner).
	 */
	private List<Owners.Choice> people(FamilyView view, SupportPlan.Action action) {
		return owners.people(view.family().localityId(), (action != null) ? action.ownerUserId() : null);
	}

	private String goalForm(FamilyView view, GoalForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("areaOptions", areas.active().stream().map(a -> Option.of(a.id(), a.label())).toList());
		return "plan/goal-form";
	}

	private String actionForm(FamilyView view, SupportPlan plan, ActionForm form, SupportPlan.Action action,
			Model model) {
		var labels = PlanPageModel.areaLabels(areas.byId());
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("action", action);
		model.addAttribute("goalOptions",
				plan.goals()
					.stream()
					.map(g -> Option.of(g.id(), g.text() + " (" + labels.getOrDefault(g.needAreaId(), "") + ")"))
					.toList());
		model.addAttribute("personOptions", PlanPageModel.personOptions(view, "The whole family"));
		model.addAttribute("organisationOptions",
				owners.organisations().stream().map(o -> Option.of(o.id(), o.name())).toList());
		model.addAttribute("userOptions", people(view, action).stream().map(u -> Option.of(u.id(), u.name())).toList());
		model.addAttribute("statusOptions", Arrays.stream(ActionStatus.values())
			.map(s -> new Option(s.code(), s.label(), (s == ActionStatus.CANNOT_BE_DONE) ? "Say why below" : null))
			.toList());
		return "plan/action-form";
	}

	private String reviewForm(FamilyView view, ReviewForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		return "plan/review-form";
	}

	private String closeForm(FamilyView view, CloseForm form, Model model) {
		var active = areas.active();
		while (form.getAreas().size() < active.size()) {
			form.getAreas().add(new AreaAnswer());
		}
		for (int i = 0; i < active.size(); i++) {
			form.getAreas().get(i).setNeedAreaId(active.get(i).id().toString());
		}
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("areas", active);
		model.addAttribute("personOptions", PlanPageModel.personOptions(view, "The whole family"));
		model.addAttribute("scoreOptions", PlanPageModel.scoreOptions());
		return "plan/close-form";
	}

}
