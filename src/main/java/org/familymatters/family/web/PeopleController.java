package org.familymatters.family.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.FamilyView;
import org.familymatters.family.LikelyMatches;
import org.familymatters.family.LikelyMatchesShown;
import org.familymatters.family.Person;
import org.familymatters.family.internal.FamilyEditing;
import org.familymatters.family.internal.FamilyListing;
import org.familymatters.shared.limits.PerUserLimit;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
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
 * A family's people: adding someone (after showing who may be them already on record) and
 * changing someone. For those who may change the family (the access decision answers, 403
 * otherwise).
 */
@Controller
@SignedIn
@RequestMapping("/families/{id}/people")
class PeopleController {

	private final FamilyRecords records;

	private final FamilyEditing editing;

	private final FamilyListing listing;

	private final Clock clock;

	PeopleController(FamilyRecords records, FamilyEditing editing, FamilyListing listing, Clock clock) {
		this.records = records;
		this.editing = editing;
		this.listing = listing;
		this.clock = clock;
	}

	@GetMapping("/new")
	String newPerson(@PathVariable UUID id, Model model) {
		var view = records.viewForChange(id);
		return form(view, null, new PersonForm(), List.of(), model);
	}

	@PostMapping("/new")
	String add(@PathVariable UUID id, @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var person = FamilyFormCheck.person(form, schoolIds(), LocalDate.now(clock), result);
		if (person.isEmpty()) {
			return form(view, null, form, List.of(), model);
		}
		var p = person.get();
		if (!"true".equals(form.getConfirmed())) {
			var check = editing.likelyMatches(id, new LikelyMatches.Candidate(p.givenName(), p.familyName(),
					p.dateOfBirth(), view.family().postcode()));
			if (check.limited()) {
				FormCheck.of(result, "family")
					.rejectForm("family.likelyMatches.limit", check.limit(), check.per().toMinutes(),
							PerUserLimit.minutes(check.retryAfter()));
				model.addAttribute("limited", true);
				return form(view, null, form, List.of(), model);
			}
			if (!check.matches().isEmpty()) {
				return form(view, null, form, check.matches(), model);
			}
		}
		editing.addPerson(id, p);
		redirect.addFlashAttribute("message", "Added " + p.givenName() + " " + p.familyName());
		return "redirect:/families/" + id;
	}

	@GetMapping("/{personId}/edit")
	String edit(@PathVariable UUID id, @PathVariable UUID personId, Model model) {
		var view = records.viewForChange(id);
		var person = person(view, personId);
		var form = new PersonForm();
		form.setGivenName(person.givenName());
		form.setFamilyName(person.familyName());
		form.setOtherNames(person.otherNames());
		form.setDateOfBirth(DateParts.of(person.dateOfBirth()));
		form.setPhone(person.phone());
		form.setEmail(person.email());
		form.setRelationship(person.relationship());
		form.setRole(person.role().name());
		form.setSchoolId((person.schoolId() != null) ? person.schoolId().toString() : null);
		form.setSchoolYear(person.schoolYear());
		form.setVersion(person.version());
		return form(view, person, form, List.of(), model);
	}

	@PostMapping("/{personId}/edit")
	String save(@PathVariable UUID id, @PathVariable UUID personId, @ModelAttribute("form") PersonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var existing = person(view, personId);
		var person = FamilyFormCheck.person(form, schoolIds(), LocalDate.now(clock), result);
		var check = FormCheck.of(result, "family");
		if (person.isPresent() && form.getVersion() == null) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed() || !check.saved(() -> editing.changePerson(id, personId, form.getVersion(), person.get()))) {
			return form(view, existing, form, List.of(), model);
		}
		redirect.addFlashAttribute("message", "Saved " + person.get().givenName() + " " + person.get().familyName());
		return "redirect:/families/" + id;
	}

	private String form(FamilyView view, Person person, PersonForm form, List<LikelyMatchesShown.ShownMatch> matches,
			Model model) {
		model.addAttribute("view", view);
		model.addAttribute("person", person);
		model.addAttribute("form", form);
		model.addAttribute("matches", matches);
		if (!model.containsAttribute("limited")) {
			model.addAttribute("limited", false);
		}
		model.addAttribute("roleOptions",
				Arrays.stream(FamilyRole.values()).map(r -> Option.of(r.name(), r.label())).toList());
		model.addAttribute("schoolOptions", listing.schools().stream().map(c -> Option.of(c.id(), c.name())).toList());
		model.addAttribute("action",
				(person != null) ? "/families/" + view.family().id() + "/people/" + person.id() + "/edit"
						: "/families/" + view.family().id() + "/people/new");
		return "family/person-form";
	}

	private Set<UUID> schoolIds() {
		return listing.schools().stream().map(FamilyListing.Choice::id).collect(Collectors.toSet());
	}

	private static Person person(FamilyView view, UUID personId) {
		return view.people()
			.stream()
			.filter(p -> p.id().equals(personId))
			.findFirst()
			.orElseThrow(() -> new NotFound("person", personId));
	}

}
