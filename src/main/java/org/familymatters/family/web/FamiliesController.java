package org.familymatters.family.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.consent.AccessDecision;
import org.familymatters.family.Attachments;
import org.familymatters.family.CustodyEpisode;
import org.familymatters.family.FamilyEditing;
import org.familymatters.family.FamilyListing;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.FamilyView;
import org.familymatters.family.JourneyStage;
import org.familymatters.family.LikelyMatches;
import org.familymatters.family.Person;
import org.familymatters.family.TimelineKind;
import org.familymatters.shared.security.SignedIn;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;
import org.familymatters.shared.web.SummaryRow;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A family's record and the forms that change it. Any signed-in user may ask; the access
 * decision answers for each family, each read and each change (403 when it refuses,
 * audited either way).
 */
@Controller
@SignedIn
@RequestMapping("/families")
class FamiliesController {

	static final int PAGE_SIZE = 25;

	private final FamilyRecords records;

	private final FamilyEditing editing;

	private final FamilyListing listing;

	private final Attachments attachments;

	private final AccessDecision access;

	FamiliesController(FamilyRecords records, FamilyEditing editing, FamilyListing listing, Attachments attachments,
			AccessDecision access) {
		this.records = records;
		this.editing = editing;
		this.listing = listing;
		this.attachments = attachments;
		this.access = access;
	}

	@GetMapping
	@PreAuthorize("hasRole('SUPPORT_WORKER')")
	String list(@ModelAttribute("form") FamilySearchForm form, BindingResult result,
			@RequestParam(name = "page", required = false) String page, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		var q = form.getQ();
		var scope = access.supportScope();
		var found = scope.none() ? new org.familymatters.shared.web.Page<FamilyListing.Row>(List.of(), 1, PAGE_SIZE, 0)
				: listing.find(scope.all() ? null : scope.locality(), user.id(), q, pageNumber(page), PAGE_SIZE);
		model.addAttribute("families", found);
		model.addAttribute("pageUrl", "/families?q="
				+ java.net.URLEncoder.encode((q != null) ? q : "", java.nio.charset.StandardCharsets.UTF_8));
		return "family/list";
	}

	@GetMapping("/{id}")
	String view(@PathVariable UUID id, Model model) {
		var view = records.view(id);
		model.addAttribute("view", view);
		model.addAttribute("householdRows", householdRows(view));
		model.addAttribute("schoolNames", listing.schoolNames());
		model.addAttribute("peopleById",
				view.people().stream().collect(Collectors.toMap(Person::id, Person::fullName)));
		return "family/view";
	}

	// The household: address, status, journey stage, key worker.

	@GetMapping("/{id}/household")
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
		return householdForm(view, form, model);
	}

	@PostMapping("/{id}/household")
	String saveHousehold(@PathVariable UUID id, @ModelAttribute("form") HouseholdForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var keyWorkers = listing.keyWorkers().stream().map(FamilyListing.Choice::id).collect(Collectors.toSet());
		var household = FamilyFormCheck.household(form, keyWorkers, result);
		if (form.getVersion() == null && !result.hasErrors()) {
			result.reject("record.changedElsewhere");
		}
		if (household.isEmpty() || result.hasErrors()) {
			return householdForm(view, form, model);
		}
		try {
			editing.changeHousehold(id, form.getVersion(), household.get());
		}
		catch (FamilyEditing.ChangedElsewhere ex) {
			result.reject("record.changedElsewhere");
			return householdForm(view, form, model);
		}
		redirect.addFlashAttribute("message", "Household saved");
		return "redirect:/families/" + id;
	}

	private String householdForm(FamilyView view, HouseholdForm form, Model model) {
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

	// People

	@GetMapping("/{id}/people/new")
	String newPerson(@PathVariable UUID id, Model model) {
		var view = records.viewForChange(id);
		var form = new PersonForm();
		return personForm(view, null, form, List.of(), model);
	}

	@PostMapping("/{id}/people/new")
	String addPerson(@PathVariable UUID id, @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var person = FamilyFormCheck.person(form, schoolIds(), result);
		if (person.isEmpty() || result.hasErrors()) {
			return personForm(view, null, form, List.of(), model);
		}
		if (!"true".equals(form.getConfirmed())) {
			var p = person.get();
			var matches = editing.likelyMatches(id, new LikelyMatches.Candidate(p.givenName(), p.familyName(),
					p.dateOfBirth(), view.family().postcode()));
			if (!matches.isEmpty()) {
				return personForm(view, null, form, matches, model);
			}
		}
		editing.addPerson(id, person.get());
		redirect.addFlashAttribute("message", "Added " + person.get().givenName() + " " + person.get().familyName());
		return "redirect:/families/" + id;
	}

	@GetMapping("/{id}/people/{personId}/edit")
	String editPerson(@PathVariable UUID id, @PathVariable UUID personId, Model model) {
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
		return personForm(view, person, form, List.of(), model);
	}

	@PostMapping("/{id}/people/{personId}/edit")
	String savePerson(@PathVariable UUID id, @PathVariable UUID personId, @ModelAttribute("form") PersonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var existing = person(view, personId);
		var person = FamilyFormCheck.person(form, schoolIds(), result);
		if (form.getVersion() == null && !result.hasErrors()) {
			result.reject("record.changedElsewhere");
		}
		if (person.isEmpty() || result.hasErrors()) {
			return personForm(view, existing, form, List.of(), model);
		}
		try {
			editing.changePerson(id, personId, form.getVersion(), person.get());
		}
		catch (FamilyEditing.ChangedElsewhere ex) {
			result.reject("record.changedElsewhere");
			return personForm(view, existing, form, List.of(), model);
		}
		redirect.addFlashAttribute("message", "Saved " + person.get().givenName() + " " + person.get().familyName());
		return "redirect:/families/" + id;
	}

	private String personForm(FamilyView view, Person person, PersonForm form, List<FamilyEditing.ShownMatch> matches,
			Model model) {
		model.addAttribute("view", view);
		model.addAttribute("person", person);
		model.addAttribute("form", form);
		model.addAttribute("matches", matches);
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

	// Custody episodes

	@GetMapping("/{id}/custody/new")
	String newCustody(@PathVariable UUID id, Model model) {
		var view = records.viewForChange(id);
		var form = new CustodyForm();
		var inCustody = peopleInCustody(view);
		if (inCustody.size() == 1) {
			form.setPersonId(inCustody.get(0).id().toString());
		}
		return custodyForm(view, null, form, model);
	}

	@PostMapping("/{id}/custody/new")
	String addCustody(@PathVariable UUID id, @ModelAttribute("form") CustodyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var custody = FamilyFormCheck.custody(form, custodyIds(view), prisonIds(), result);
		if (custody.isEmpty() || result.hasErrors()) {
			return custodyForm(view, null, form, model);
		}
		editing.addCustody(id, custody.get());
		redirect.addFlashAttribute("message", "Custody episode recorded");
		return "redirect:/families/" + id;
	}

	@GetMapping("/{id}/custody/{episodeId}/edit")
	String editCustody(@PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
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
		return custodyForm(view, episode, form, model);
	}

	@PostMapping("/{id}/custody/{episodeId}/edit")
	String saveCustody(@PathVariable UUID id, @PathVariable UUID episodeId, @ModelAttribute("form") CustodyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var episode = episode(view, episodeId);
		var custody = FamilyFormCheck.custody(form, custodyIds(view), prisonIds(), result);
		if (form.getVersion() == null && !result.hasErrors()) {
			result.reject("record.changedElsewhere");
		}
		if (custody.isEmpty() || result.hasErrors()) {
			return custodyForm(view, episode, form, model);
		}
		try {
			editing.changeCustody(id, episodeId, form.getVersion(), custody.get());
		}
		catch (FamilyEditing.ChangedElsewhere ex) {
			result.reject("record.changedElsewhere");
			return custodyForm(view, episode, form, model);
		}
		redirect.addFlashAttribute("message", "Custody episode saved");
		return "redirect:/families/" + id;
	}

	private String custodyForm(FamilyView view, CustodyEpisode episode, CustodyForm form, Model model) {
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

	// Timeline

	@GetMapping("/{id}/timeline/new")
	String newTimelineEntry(@PathVariable UUID id, Model model) {
		var view = records.viewForChange(id);
		var form = new TimelineForm();
		form.setOccurredOn(DateParts.of(FamilyFormCheck.today()));
		return timelineForm(view, form, model);
	}

	@PostMapping("/{id}/timeline/new")
	String addTimelineEntry(@PathVariable UUID id, @ModelAttribute("form") TimelineForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var view = records.viewForChange(id);
		var entry = FamilyFormCheck.timeline(form, result);
		if (entry.isEmpty() || result.hasErrors()) {
			return timelineForm(view, form, model);
		}
		editing.addTimelineEntry(id, entry.get());
		redirect.addFlashAttribute("message", "Added to the timeline");
		return "redirect:/families/" + id;
	}

	private String timelineForm(FamilyView view, TimelineForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("kindOptions",
				Arrays.stream(TimelineKind.values()).map(k -> Option.of(k.code(), k.label())).toList());
		model.addAttribute("childrenOptions", List.of(new Option("true", "This is about the children",
				"Agencies whose consent covers notes about the children see it")));
		return "family/timeline-form";
	}

	// Attachments

	@GetMapping("/{id}/attachments/new")
	String newAttachment(@PathVariable UUID id, Model model) {
		var view = records.viewForChange(id);
		return attachmentForm(view, new AttachmentForm(), model);
	}

	@PostMapping("/{id}/attachments/new")
	String addAttachment(@PathVariable UUID id, @ModelAttribute("form") AttachmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) throws IOException {
		var view = records.viewForChange(id);
		var file = form.getFile();
		long size = (file != null) ? file.getSize() : 0;
		byte[] content = null;
		if (size > 0 && size <= attachments.maxBytes()) {
			content = file.getBytes();
		}
		var problem = attachments.problem(size, (size > attachments.maxBytes()) ? firstBytes(file) : content);
		if (problem.isPresent()) {
			result.rejectValue("file", problem.get().code(), new Object[] { attachments.maxBytes() / (1024 * 1024) },
					"Choose a PDF, JPEG or PNG file");
		}
		var description = FamilyFormCheck.trimmed(form.getDescription());
		if (description != null && description.length() > 500) {
			result.rejectValue("description", "family.field.tooLong", new Object[] { 500 }, "Too long");
		}
		if (result.hasErrors()) {
			return attachmentForm(view, form, model);
		}
		editing.addAttachment(id, new Attachments.Upload(file.getOriginalFilename(), content, description));
		redirect.addFlashAttribute("message", "Attachment added");
		return "redirect:/families/" + id;
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		var download = editing.download(id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(download.content());
	}

	private String attachmentForm(FamilyView view, AttachmentForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("maxMegabytes", attachments.maxBytes() / (1024 * 1024));
		return "family/attachment-form";
	}

	private static byte[] firstBytes(org.springframework.web.multipart.MultipartFile file) throws IOException {
		try (var in = file.getInputStream()) {
			return in.readNBytes(16);
		}
	}

	private List<SummaryRow> householdRows(FamilyView view) {
		var family = view.family();
		var labels = new FamilyLabels();
		var change = view.access().mayChange() ? "/families/" + family.id() + "/household" : null;
		var rows = new ArrayList<SummaryRow>();
		rows.add(SummaryRow.of("Reference", family.reference()));
		rows.add(SummaryRow.of("Locality", family.localityName()));
		rows.add(row("Status",
				labels.status(family.status()) + ((family.closedReason() != null) ? ": " + family.closedReason() : ""),
				change));
		if (view.showsHousehold()) {
			rows.add(row("Where the family stands", labels.stage(family.journeyStage()), change));
			rows.add(row("Key worker", (family.keyWorkerName() != null) ? family.keyWorkerName() : "None yet", change));
			var address = new ArrayList<String>();
			for (var part : new String[] { family.addressLine1(), family.addressLine2(), family.town(),
					family.postcode() }) {
				if (part != null && !part.isBlank()) {
					address.add(part);
				}
			}
			rows.add(row("Address", address.isEmpty() ? "Not recorded" : String.join(", ", address), change));
		}
		rows.add(SummaryRow.of("Last changed", labels.when(family.updatedAt())));
		return rows;
	}

	private static SummaryRow row(String key, String value, String change) {
		return new SummaryRow(key, value, change, (change != null) ? "Change" : null);
	}

	static int pageNumber(String page) {
		try {
			return (page != null) ? Math.max(1, Math.min(10_000, Integer.parseInt(page.strip()))) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
