package org.familymatters.referral.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.referral.ReferralFact;
import org.familymatters.referral.internal.ReferralCriteria;
import org.familymatters.shared.security.CurrentUser;
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
 * Each locality's criteria for referral, kept by its support workers and by
 * administrators: the checklist the referral forms show.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPPORT_WORKER', 'ADMINISTRATOR')")
@RequestMapping("/referrals/criteria")
class CriteriaController {

	/** The start of the criteria form's messages. */
	private static final String PREFIX = "referral.criterion";

	/**
	 * The facts a criterion may mean, for the court desk's and the public form's
	 * referrals.
	 */
	private static final List<Option> MEANINGS = Arrays.stream(ReferralFact.values())
		.map(fact -> new Option(fact.code(), fact.label(), null))
		.toList();

	private final ReferralCriteria criteria;

	private final Localities localities;

	private final Organisations organisations;

	private final CurrentUser currentUser;

	CriteriaController(ReferralCriteria criteria, Localities localities, Organisations organisations,
			CurrentUser currentUser) {
		this.criteria = criteria;
		this.localities = localities;
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	@GetMapping
	String localities(Model model) {
		var own = currentUser.has(Role.ADMINISTRATOR) ? null
				: organisations.findById(currentUser.get().organisationId()).map(o -> o.localityId()).orElse(null);
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
		var criterion = CriterionFormCheck.read(form, FormCheck.of(result, PREFIX));
		if (criterion.isEmpty()) {
			return list(locality, model);
		}
		criteria.add(localityId, criterion.get().text(), criterion.get().meaning());
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
		form.setMeaning((criterion.meaning() != null) ? criterion.meaning().code() : null);
		return edit(locality, id, form, model);
	}

	@PostMapping("/{localityId}/{id}/edit")
	String update(@PathVariable UUID localityId, @PathVariable UUID id, @ModelAttribute("form") CriterionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var locality = locality(localityId);
		criteria.find(localityId, id).orElseThrow(() -> new NotFound("criterion", id));
		var check = FormCheck.of(result, PREFIX);
		var criterion = CriterionFormCheck.read(form, check);
		if (criterion.isEmpty() || check.failed()
				|| !check
					.saved(() -> criteria.update(localityId, id, (form.getVersion() != null) ? form.getVersion() : -1,
							criterion.get().text(), criterion.get().active(), criterion.get().meaning()))) {
			return edit(locality, id, form, model);
		}
		redirect.addFlashAttribute("message", "Criterion saved.");
		return "redirect:/referrals/criteria/" + localityId;
	}

	private String list(Locality locality, Model model) {
		model.addAttribute("locality", locality);
		model.addAttribute("meaningOptions", MEANINGS);
		model.addAttribute("criteria", criteria.of(locality.id()));
		return "referral/criteria";
	}

	private String edit(Locality locality, UUID id, CriterionForm form, Model model) {
		model.addAttribute("locality", locality);
		model.addAttribute("criterionId", id);
		model.addAttribute("meaningOptions", MEANINGS);
		model.addAttribute("form", form);
		model.addAttribute("activeOptions", List.of(new Option("true", "Yes, show it on the referral forms", null),
				new Option("false", "No, take it off the forms", "Referrals that ticked it keep it")));
		return "referral/criterion-form";
	}

	private Locality locality(UUID id) {
		return localities.findById(id).orElseThrow(() -> new NotFound("locality", id));
	}

}
