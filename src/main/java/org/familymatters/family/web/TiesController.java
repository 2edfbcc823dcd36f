package org.familymatters.family.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.FamilyView;
import org.familymatters.family.Person;
import org.familymatters.family.internal.BarrierKind;
import org.familymatters.family.internal.ChildTimeline;
import org.familymatters.family.internal.FamilyAudit;
import org.familymatters.family.internal.FamilyListing;
import org.familymatters.family.internal.FamilyTies;
import org.familymatters.family.internal.TimelineKind;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.web.DateParts;
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
 * The family's ties with the person in custody: recording the family's contact (a visit,
 * family day, call or letter), a parenting programme session a parent attended, and what
 * stands in the way of contact, for those who may change the family (the access decision
 * answers, 403 otherwise); and one child's timeline, for those who may see the family.
 */
@Controller
@SignedIn
@RequestMapping("/families/{id}")
class TiesController {

	private final FamilyRecords records;

	private final FamilyTies ties;

	private final FamilyListing listing;

	private final Clock clock;

	TiesController(FamilyRecords records, FamilyTies ties, FamilyListing listing, Clock clock) {
		this.records = records;
		this.ties = ties;
		this.listing = listing;
		this.clock = clock;
	}

	@GetMapping("/contact/new")
	String newContact(@PathVariable UUID id, Model model) {
		var view = records.viewForChange(id);
		var form = new ContactForm();
		form.setOccurredOn(DateParts.of(LocalDate.now(clock)));
		return contactForm(view, form, model);
	}

	@PostMapping("/contact/new")
	String recordContact(@PathVariable UUID id, @ModelAttribute("form") ContactForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var contact = TiesFormCheck.contact(form, ids(view.people()), prisonIds(), LocalDate.now(clock), result);
		if (contact.isEmpty()) {
			return contactForm(view, form, model);
		}
		ties.recordContact(id, contact.get());
		redirect.addFlashAttribute("message", TimelineKind.contactLabelOf(contact.get().kind().code()) + " recorded");
		return "redirect:/families/" + id + "#timeline";
	}

	@GetMapping("/parenting-sessions/new")
	String newSession(@PathVariable UUID id, Model model) {
		var view = records.viewForChange(id);
		var form = new SessionForm();
		form.setOccurredOn(DateParts.of(LocalDate.now(clock)));
		var parents = parents(view);
		if (parents.size() == 1) {
			form.setPersonId(parents.get(0).id().toString());
		}
		return sessionForm(view, form, model);
	}

	@PostMapping("/parenting-sessions/new")
	String recordSession(@PathVariable UUID id, @ModelAttribute("form") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var programmes = ties.programmes().stream().map(FamilyTies.Programme::id).collect(Collectors.toSet());
		var session = TiesFormCheck.session(form, ids(parents(view)), programmes, prisonIds(), LocalDate.now(clock),
				result);
		if (session.isEmpty()) {
			return sessionForm(view, form, model);
		}
		ties.recordSession(id, session.get());
		redirect.addFlashAttribute("message", "Parenting programme session recorded");
		return "redirect:/families/" + id + "#timeline";
	}

	@GetMapping("/contact-barriers/new")
	String newBarrier(@PathVariable UUID id, Model model) {
		var view = records.viewForChange(id);
		var form = new BarrierForm();
		form.setNotedOn(DateParts.of(LocalDate.now(clock)));
		return barrierForm(view, form, model);
	}

	@PostMapping("/contact-barriers/new")
	String recordBarrier(@PathVariable UUID id, @ModelAttribute("form") BarrierForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var barrier = TiesFormCheck.barrier(form, LocalDate.now(clock), result);
		if (barrier.isEmpty()) {
			return barrierForm(view, form, model);
		}
		ties.recordBarrier(id, barrier.get());
		redirect.addFlashAttribute("message", "Recorded what stands in the way of contact");
		return "redirect:/families/" + id + "#contact-barriers";
	}

	/**
	 * One child's timeline: the events they took part in and the parenting sessions of
	 * their parents, of the timeline the user may see. Not found for anyone not a child
	 * of the family whom the user may see.
	 */
	@GetMapping("/timeline/children/{personId}")
	String childTimeline(@PathVariable UUID id, @PathVariable UUID personId, Model model) {
		var view = records.view(id, FamilyAudit.CHILD_TIMELINE_VIEWED, false, "child " + personId);
		var child = view.people()
			.stream()
			.filter(p -> p.id().equals(personId) && p.role() == FamilyRole.CHILD)
			.findFirst()
			.orElseThrow(() -> new NotFound("child", personId));
		model.addAttribute("view", view);
		model.addAttribute("child", child);
		model.addAttribute("entries", ChildTimeline.of(view.timeline(), personId));
		model.addAttribute("peopleById", names(view));
		return "family/child-timeline";
	}

	private String contactForm(FamilyView view, ContactForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("kindOptions",
				TimelineKind.CONTACT.stream()
					.map(k -> Option.of(k.code(), TimelineKind.contactLabelOf(k.code())))
					.toList());
		model.addAttribute("peopleOptions",
				view.people()
					.stream()
					.map(p -> new Option(p.id().toString(), p.fullName(), p.role().label()))
					.toList());
		model.addAttribute("prisonOptions", prisonOptions());
		return "family/contact-form";
	}

	private String sessionForm(FamilyView view, SessionForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		var programmes = new ArrayList<Option>();
		ties.programmes().forEach(p -> programmes.add(Option.of(p.id(), p.name())));
		programmes.add(new Option(TiesFormCheck.NEW_PROGRAMME, "Another programme", "Name it below"));
		model.addAttribute("programmeOptions", programmes);
		model.addAttribute("parentOptions",
				parents(view).stream()
					.map(p -> new Option(p.id().toString(), p.fullName(), p.role().label()))
					.toList());
		model.addAttribute("settingOptions",
				Arrays.stream(FamilyTies.Setting.values()).map(s -> Option.of(s.code(), s.label())).toList());
		model.addAttribute("prisonOptions", prisonOptions());
		return "family/session-form";
	}

	private String barrierForm(FamilyView view, BarrierForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("kindOptions",
				Arrays.stream(BarrierKind.values()).map(k -> new Option(k.code(), k.label(), k.hint())).toList());
		return "family/barrier-form";
	}

	private List<Option> prisonOptions() {
		return listing.prisons().stream().map(c -> Option.of(c.id(), c.name())).toList();
	}

	private Set<UUID> prisonIds() {
		return listing.prisons().stream().map(FamilyListing.Choice::id).collect(Collectors.toSet());
	}

	/** The family's adults, who may attend a parenting programme. */
	private static List<Person> parents(FamilyView view) {
		return view.people().stream().filter(p -> p.role() != FamilyRole.CHILD).toList();
	}

	private static Set<UUID> ids(List<Person> people) {
		return people.stream().map(Person::id).collect(Collectors.toSet());
	}

	private static java.util.Map<UUID, String> names(FamilyView view) {
		return view.people().stream().collect(Collectors.toMap(Person::id, Person::fullName));
	}

}
