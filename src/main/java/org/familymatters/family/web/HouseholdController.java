package org.familymatters.family.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyView;
import org.familymatters.family.JourneyStage;
import org.familymatters.family.internal.FamilyEditing;
import org.familymatters.family.internal.FamilyListing;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;

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
 * A family's household: address, status, where the family stands and its key worker. For
 * those who may change the family (the access decision answers, 403 otherwise).
 */
@Controller
@SignedIn
@RequestMapping("/families/{id}/household")
class HouseholdController {

	private final FamilyRecords records;

	private final FamilyEditing editing;

	private final FamilyListing listing;

	HouseholdController(FamilyRecords records, FamilyEditing editing, FamilyListing listing) {
		this.records = records;
		this.editing = editing;
		this.listing = listing;
	}

	@GetMapping
	String household(@PathVariable UUID id, Model model) {
		var view = records.viewForChange(id);
		var family = view.family();
		var form = new HouseholdForm();
		form.setAddressLine1(family.addressLine1());
		form.setAddressLine2(family.addressLine2());
		form.setTown(family.town());
		form.setPostcode(family.postcode());
		form.setStatus(family.status());
		form.setClosedReason(family.closedReason());
		form.setJourneyStage((family.journeyStage() != null) ? family.journeyStage().name() : null);
		form.setKeyWorkerId((family.keyWorkerId() != null) ? family.keyWorkerId().toString() : null);
		form.setVersion(family.version());
		return form(view, form, model);
	}

	@PostMapping
	String save(@PathVariable UUID id, @ModelAttribute("form") HouseholdForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var keyWorkers = listing.keyWorkers().stream().map(FamilyListing.Choice::id).collect(Collectors.toSet());
		var household = FamilyFormCheck.household(form, keyWorkers, result);
		var check = FormCheck.of(result, "family");
		if (household.isPresent() && form.getVersion() == null) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed() || !check.saved(() -> editing.changeHousehold(id, form.getVersion(), household.get()))) {
			return form(view, form, model);
		}
		redirect.addFlashAttribute("message", "Household saved");
		return "redirect:/families/" + id;
	}

	private String form(FamilyView view, HouseholdForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("statusOptions", List.of(new Option("referred", "Referred", null),
				new Option("active", "Active", null), new Option("closed", "Closed", "Say why below")));
		model.addAttribute("stageOptions",
				Arrays.stream(JourneyStage.values()).map(s -> Option.of(s.name(), s.label())).toList());
		model.addAttribute("keyWorkerOptions",
				listing.keyWorkers().stream().map(c -> Option.of(c.id(), c.name())).toList());
		return "family/household-form";
	}

}
