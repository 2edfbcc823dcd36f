package org.familymatters.referral.web;

import java.util.List;
import java.util.UUID;

import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.referral.ReferralCriteria;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * Each locality's criteria for referral, kept by its support workers and by
 * administrators: the checklist the referral forms show.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPPORT_WORKER', 'ADMINISTRATOR')")
@RequestMapping("/referrals/criteria")
class CriteriaController {

	private final ReferralCriteria criteria;

	private final Localities localities;

	private final Organisations organisations;

	CriteriaController(ReferralCriteria criteria, Localities localities, Organisations organisations) {
		this.criteria = criteria;
		this.localities = localities;
		this.organisations = organisations;
	}

	@GetMapping
	String localities(@AuthenticationPrincipal StaffPrincipal user, Model model) {
		var own = user.hasRole(Role.ADMINISTRATOR) ? null
				: organisations.findById(user.organisationId()).map(o -> o.localityId()).orElse(null);
		model.addAttribute("localities",
				localities.findAllOrdered().stream().filter(l -> own == null || l.id().equals(own)).toList());
		return "referral/criteria-localities";
	}

	@GetMapping("/{localityId}")
	String list(@PathVariable UUID localityId, @ModelAttribute("form") CriterionForm form, BindingResult result,
			Model model) {
		return list(locality(localityId), model);
	}

	@PostMapping("/{localityId}")
	String add(@PathVariable UUID localityId, @ModelAttribute("form") CriterionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var locality = locality(localityId);
		if (!check(form, result)) {
			return list(locality, model);
		}
		criteria.add(localityId, form.getText());
		redirect.addFlashAttribute("message", "Criterion added: the referral forms show it now.");
		return "redirect:/referrals/criteria/" + localityId;
	}

	@GetMapping("/{localityId}/{id}/edit")
	String edit(@PathVariable UUID localityId, @PathVariable UUID id, Model model) {
		var locality = locality(localityId);
		var criterion = criteria.find(localityId, id).orElseThrow(() -> new NotFound("criterion", id));
		var form = new CriterionForm();
		form.setText(criterion.text());
		form.setActive(String.valueOf(criterion.active()));
		form.setVersion(criterion.version());
		return edit(locality, id, form, model);
	}

	@PostMapping("/{localityId}/{id}/edit")
	String update(@PathVariable UUID localityId, @PathVariable UUID id, @ModelAttribute("form") CriterionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var locality = locality(localityId);
		criteria.find(localityId, id).orElseThrow(() -> new NotFound("criterion", id));
		if (!"true".equals(form.getActive()) && !"false".equals(form.getActive())) {
			result.rejectValue("active", "referral.criterion.active.required");
		}
		if (!check(form, result) || result.hasErrors()) {
			return edit(locality, id, form, model);
		}
		try {
			criteria.update(localityId, id, (form.getVersion() != null) ? form.getVersion() : -1, form.getText(),
					Boolean.parseBoolean(form.getActive()));
		}
		catch (ReferralCriteria.ChangedElsewhere ex) {
			result.reject("record.changedElsewhere");
			return edit(locality, id, form, model);
		}
		redirect.addFlashAttribute("message", "Criterion saved.");
		return "redirect:/referrals/criteria/" + localityId;
	}

	private boolean check(CriterionForm form, BindingResult result) {
		var text = (form.getText() != null) ? form.getText().strip() : "";
		if (text.isEmpty()) {
			result.rejectValue("text", "referral.criterion.text.required");
		}
		else if (text.length() > ReferralCriteria.MAX_LENGTH) {
			result.rejectValue("text", "referral.tooLong.300");
		}
		return !result.hasErrors();
	}

	private String list(Locality locality, Model model) {
		model.addAttribute("locality", locality);
		model.addAttribute("criteria", criteria.of(locality.id()));
		return "referral/criteria";
	}

	private String edit(Locality locality, UUID id, CriterionForm form, Model model) {
		model.addAttribute("locality", locality);
		model.addAttribute("criterionId", id);
		model.addAttribute("form", form);
		model.addAttribute("activeOptions", List.of(new Option("true", "Yes, show it on the referral forms", null),
				new Option("false", "No, take it off the forms", "Referrals that ticked it keep it")));
		return "referral/criterion-form";
	}

	private Locality locality(UUID id) {
		return localities.findById(id).orElseThrow(() -> new NotFound("locality", id));
	}

}
