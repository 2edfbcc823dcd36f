package org.familymatters.family.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.family.CustodyEpisode;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.FamilyView;
import org.familymatters.family.Person;
import org.familymatters.family.internal.CustodyMoves;
import org.familymatters.family.internal.FamilyEditing;
import org.familymatters.family.internal.FamilyListing;
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
 * The custody episodes of a family's person in custody: recording one, changing it, and
 * recording a move to another prison. For those who may change the family (the access
 * decision answers, 403 otherwise).
 */
@Controller
@SignedIn
@RequestMapping("/families/{id}/custody")
class CustodyController {

	private final FamilyRecords records;

	private final FamilyEditing editing;

	private final FamilyListing listing;

	private final Clock clock;

	private final CustodyMoves moves;

	CustodyController(FamilyRecords records, FamilyEditing editing, FamilyListing listing, Clock clock,
			CustodyMoves moves) {
		this.moves = moves;
		this.records = records;
		this.editing = editing;
		this.listing = listing;
		this.clock = clock;
	}

	@GetMapping("/new")
	String newEpisode(@PathVariable UUID id, Model model) {
		var view = records.viewForChange(id);
		var form = new CustodyForm();
		var inCustody = peopleInCustody(view);
		if (inCustody.size() == 1) {
			form.setPersonId(inCustody.get(0).id().toString());
		}
		return form(view, null, form, model);
	}

	@PostMapping("/new")
	String add(@PathVariable UUID id, @ModelAttribute("form") CustodyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var custody = FamilyFormCheck.custody(form, custodyIds(view), prisonIds(), LocalDate.now(clock), result);
		if (custody.isEmpty()) {
			return form(view, null, form, model);
		}
		editing.addCustody(id, custody.get());
		redirect.addFlashAttribute("message", "Custody episode recorded");
		return "redirect:/families/" + id;
	}

	@GetMapping("/{episodeId}/edit")
	String edit(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
		var view = records.viewForChange(id);
		var episode = episode(view, episodeId);
		var form = new CustodyForm();
		form.setPersonId(episode.personId().toString());
		form.setPrisonId((episode.prisonId() != null) ? episode.prisonId().toString() : null);
		form.setPrisonNumber(episode.prisonNumber());
		form.setRemandedOn(DateParts.of(episode.remandedOn()));
		form.setSentencedOn(DateParts.of(episode.sentencedOn()));
		form.setSentence(episode.sentence());
		form.setExpectedReleaseOn(DateParts.of(episode.expectedReleaseOn()));
		form.setReleasedOn(DateParts.of(episode.releasedOn()));
		form.setVersion(episode.version());
		return form(view, episode, form, model);
	}

	@PostMapping("/{episodeId}/edit")
	String save(@PathVariable UUID id, @PathVariable UUID episodeId, @ModelAttribute("form") CustodyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var episode = episode(view, episodeId);
		var custody = FamilyFormCheck.custody(form, custodyIds(view), prisonIds(), LocalDate.now(clock), result);
		var check = FormCheck.of(result, "family.custody");
		if (custody.isPresent() && form.getVersion() == null) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()
				|| !check.saved(() -> editing.changeCustody(id, episodeId, form.getVersion(), custody.get()))) {
			return form(view, episode, form, model);
		}
		redirect.addFlashAttribute("message", "Custody episode saved");
		return "redirect:/families/" + id;
	}

	@GetMapping("/{episodeId}/move")
	String newMove(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
		var view = records.viewForChange(id);
		var episode = episode(view, episodeId);
		var form = new CustodyMoveForm();
		form.setVersion(episode.version());
		return moveForm(view, episode, form, model);
	}

	@PostMapping("/{episodeId}/move")
	String move(@PathVariable UUID id, @PathVariable UUID episodeId, @ModelAttribute("form") CustodyMoveForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var episode = episode(view, episodeId);
		var move = form.check(episode, prisonIds(), LocalDate.now(clock), result);
		var check = FormCheck.of(result, "family.move");
		if (move.isEmpty() || !check.saved(
				() -> moves.move(id, episodeId, move.get().version(), move.get().prisonId(), move.get().movedOn()))) {
			return moveForm(view, episode, form, model);
		}
		redirect.addFlashAttribute("message", "Move to another prison recorded");
		return "redirect:/families/" + id;
	}

	private String moveForm(FamilyView view, CustodyEpisode episode, CustodyMoveForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("episode", episode);
		model.addAttribute("form", form);
		model.addAttribute("prisonOptions",
				listing.prisons()
					.stream()
					.filter(c -> !c.id().equals(episode.prisonId()))
					.map(c -> Option.of(c.id(), c.name()))
					.toList());
		return "family/custody-move-form";
	}

	private String form(FamilyView view, CustodyEpisode episode, CustodyForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("episode", episode);
		model.addAttribute("form", form);
		model.addAttribute("personOptions",
				peopleInCustody(view).stream().map(p -> Option.of(p.id(), p.fullName())).toList());
		model.addAttribute("prisonOptions", listing.prisons().stream().map(c -> Option.of(c.id(), c.name())).toList());
		model.addAttribute("action",
				(episode != null) ? "/families/" + view.family().id() + "/custody/" + episode.id() + "/edit"
						: "/families/" + view.family().id() + "/custody/new");
		return "family/custody-form";
	}

	private static List<Person> peopleInCustody(FamilyView view) {
		return view.people().stream().filter(p -> p.role() == FamilyRole.IN_CUSTODY).toList();
	}

	private static Set<UUID> custodyIds(FamilyView view) {
		return peopleInCustody(view).stream().map(Person::id).collect(Collectors.toSet());
	}

	private Set<UUID> prisonIds() {
		return listing.prisons().stream().map(FamilyListing.Choice::id).collect(Collectors.toSet());
	}

	private static CustodyEpisode episode(FamilyView view, UUID episodeId) {
		return view.custody()
			.stream()
			.filter(c -> c.id().equals(episodeId))
			.findFirst()
			.orElseThrow(() -> new NotFound("custody episode", episodeId));
	}

}
