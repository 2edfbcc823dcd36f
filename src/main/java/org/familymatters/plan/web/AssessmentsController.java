package org.familymatters.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyView;
import org.familymatters.plan.internal.Assessments;
import org.familymatters.plan.internal.NeedArea;
import org.familymatters.plan.internal.NeedAreas;
import org.familymatters.plan.internal.PlanAudit;
import org.familymatters.referral.ReferralOutcomes;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;

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
 * A family's needs assessments: the list, one assessment, and a new one (which, as the
 * family's first, may start from the needs its referral recorded). For those who may
 * change the family (its locality's support workers, its key worker); the access decision
 * answers, and is audited as ASSESSMENT_VIEWED or ASSESSMENT_RECORDED.
 */
@Controller
@SignedIn
@RequestMapping("/families/{id}/assessments")
class AssessmentsController {

	private final FamilyRecords records;

	private final Assessments assessments;

	private final NeedAreas areas;

	private final ReferralOutcomes referrals;

	private final Clock clock;

	AssessmentsController(FamilyRecords records, Assessments assessments, NeedAreas areas, ReferralOutcomes referrals,
			Clock clock) {
		this.records = records;
		this.assessments = assessments;
		this.areas = areas;
		this.referrals = referrals;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable UUID id, Model model) {
		var view = records.view(id, PlanAudit.ASSESSMENT_VIEWED, true);
		model.addAttribute("view", view);
		model.addAttribute("assessments", assessments.of(id));
		model.addAttribute("people", PlanPageModel.people(view));
		return "plan/assessments";
	}

	@GetMapping("/{assessmentId}")
	String show(@PathVariable UUID id, @PathVariable UUID assessmentId, Model model) {
		var view = records.view(id, PlanAudit.ASSESSMENT_VIEWED, true);
		var assessment = assessments.find(id, assessmentId).orElseThrow(() -> new NotFound("assessment", assessmentId));
		model.addAttribute("view", view);
		model.addAttribute("assessment", assessment);
		model.addAttribute("people", PlanPageModel.people(view));
		model.addAttribute("areaLabels", PlanPageModel.areaLabels(areas.byId()));
		return "plan/assessment";
	}

	@GetMapping("/new")
	String form(@PathVariable UUID id, Model model) {
		var view = records.view(id, PlanAudit.ASSESSMENT_VIEWED, true);
		var form = new AssessmentForm();
		form.setAssessedOn(DateParts.of(LocalDate.now(clock)));
		var active = areas.active();
		form.setAreas(answers(active));
		if (!assessments.exists(id)) {
			var accepted = referrals.acceptedInto(id);
			if (!accepted.isEmpty()) {
				var referral = accepted.get(accepted.size() - 1);
				form.setFromReferralId(referral.id().toString());
				for (int i = 0; i < active.size(); i++) {
					var code = active.get(i).referralNeedCode();
					if (code != null && referral.needCodes().contains(code)) {
						form.getAreas().get(i).setNote("Referral " + referral.reference() + " recorded this need.");
					}
				}
				model.addAttribute("referral", referral);
			}
		}
		return form(view, form, active, model);
	}

	@PostMapping("/new")
	String record(@PathVariable UUID id, @ModelAttribute("form") AssessmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = records.view(id, PlanAudit.ASSESSMENT_VIEWED, true);
		var active = areas.active();
		var referralIds = referrals.acceptedInto(id)
			.stream()
			.map(ReferralOutcomes.AcceptedReferral::id)
			.collect(Collectors.toSet());
		var assessment = PlanFormCheck.assessment(form, active, PlanPageModel.personIds(view), referralIds,
				records.startedOn(id).orElse(null), LocalDate.now(clock), result);
		var check = FormCheck.of(result, "plan.assessment");
		if (assessment.isEmpty()) {
			return form(view, form, active, model);
		}
		var saved = new UUID[1];
		if (!check.saved(() -> saved[0] = assessments.record(id, assessment.get(), view.people()))) {
			return form(view, form, active, model);
		}
		redirect.addFlashAttribute("message", "Assessment recorded");
		return "redirect:/families/" + id + "/assessments/" + saved[0];
	}

	static List<AreaAnswer> answers(List<NeedArea> active) {
		return active.stream().map(area -> {
			var answer = new AreaAnswer();
			answer.setNeedAreaId(area.id().toString());
			return answer;
		}).collect(Collectors.toList());
	}

	private String form(FamilyView view, AssessmentForm form, List<NeedArea> active, Model model) {
		while (form.getAreas().size() < active.size()) {
			form.getAreas().add(new AreaAnswer());
		}
		for (int i = 0; i < active.size(); i++) {
			if (form.getAreas().get(i) == null) {
				form.getAreas().set(i, new AreaAnswer());
			}
			form.getAreas().get(i).setNeedAreaId(active.get(i).id().toString());
		}
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("areas", active);
		model.addAttribute("personOptions", PlanPageModel.personOptions(view, "The whole family"));
		model.addAttribute("scoreOptions", PlanPageModel.scoreOptions());
		return "plan/assessment-form";
	}

}
