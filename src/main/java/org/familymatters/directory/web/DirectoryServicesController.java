package org.familymatters.directory.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.directory.DirectoryService;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.ServiceSearch;
import org.familymatters.directory.Taxonomies;
import org.familymatters.directory.internal.OrganisationEditing;
import org.familymatters.directory.internal.Schedules;
import org.familymatters.directory.internal.ServiceEditing;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.DirectoryEditors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff keep the directory's services: list, add, change, archive, restore, and the
 * review queue.
 */
@Controller
@DirectoryEditors
@RequestMapping("/directory/services")
class DirectoryServicesController {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	private final ServiceEditing editing;

	private final OrganisationEditing organisations;

	private final ServiceDetails details;

	private final Taxonomies taxonomies;

	private final Localities localities;

	private final Clock clock;

	DirectoryServicesController(ServiceEditing editing, OrganisationEditing organisations, ServiceDetails details,
			Taxonomies taxonomies, Localities localities, Clock clock) {
		this.editing = editing;
		this.organisations = organisations;
		this.details = details;
		this.taxonomies = taxonomies;
		this.localities = localities;
		this.clock = clock;
	}

	@GetMapping
	String list(@ModelAttribute("form") ListForm form, BindingResult result,
			@RequestParam(name = "page", required = false) String page, Model model) {
		var q = FormCheck.of(result, "directory.services").text("q", form.getQ(), StaffLists.SEARCH_MAX);
		boolean includeArchived = form.getArchived() != null && form.getArchived().contains("true");
		var found = editing.services(q, includeArchived, StaffLists.pageNumber(page), StaffLists.PAGE_SIZE);
		model.addAttribute("archivedOptions", List.of(new Option("true", "Include archived services", null)));
		model.addAttribute("services", found);
		model.addAttribute("pageUrl", "/directory/services?q=" + encode(q) + (includeArchived ? "&archived=true" : ""));
		model.addAttribute("firstPageUrl",
				"/directory/services?q=" + encode(q) + (includeArchived ? "&archived=true" : ""));
		model.addAttribute("dueForReview", editing.reviewQueue(today(), 1, 1).total());
		model.addAttribute("reviewMonths", ServiceEditing.REVIEW_AFTER_MONTHS);
		return "directory/staff/services";
	}

	@GetMapping("/review")
	String review(@RequestParam(name = "page", required = false) String page, Model model) {
		model.addAttribute("services", editing.reviewQueue(today(), StaffLists.pageNumber(page), StaffLists.PAGE_SIZE));
		model.addAttribute("reviewMonths", ServiceEditing.REVIEW_AFTER_MONTHS);
		return "directory/staff/review";
	}

	@GetMapping("/new")
	String newService(Model model) {
		return form(new ServiceForm(), null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") ServiceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var changes = ServiceFormCheck.check(form, choices(), result);
		if (changes.isEmpty()) {
			return form(form, null, model);
		}
		var id = editing.createService(changes.get(), today());
		redirect.addFlashAttribute("message", "Service added: " + changes.get().name());
		return "redirect:/directory/services/" + id + "/edit";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var service = details.find(id).orElseThrow(() -> new NotFound("service", id));
		var version = editing.serviceVersion(id).orElseThrow(() -> new NotFound("service", id));
		return form(formOf(service, version), service, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") ServiceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var service = details.find(id).orElseThrow(() -> new NotFound("service", id));
		var changes = ServiceFormCheck.check(form, choices(), result);
		var check = FormCheck.of(result, ServiceFormCheck.PREFIX);
		if (form.getVersion() == null) {
			check.rejectForm("record.changedElsewhere");
		}
		var archived = "defunct".equals(service.summary().status());
		if (changes.isEmpty() || check.failed() || !check.saved(() -> editing.updateService(id, form.getVersion(),
				archived ? changes.get().withStatus("defunct") : changes.get(), today()))) {
			return form(form, service, model);
		}
		redirect.addFlashAttribute("message", "Service saved: " + changes.get().name());
		return "redirect:/directory/services/" + id + "/edit";
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable UUID id, @RequestParam(name = "version", required = false) Long version,
			RedirectAttributes redirect) {
		var service = details.find(id).orElseThrow(() -> new NotFound("service", id));
		return statusChange(() -> editing.archiveService(id, (version != null) ? version : -1),
				"Service archived: " + service.summary().name() + ". It no longer shows in search.", id, redirect);
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable UUID id, @RequestParam(name = "version", required = false) Long version,
			RedirectAttributes redirect) {
		var service = details.find(id).orElseThrow(() -> new NotFound("service", id));
		return statusChange(() -> editing.restoreService(id, (version != null) ? version : -1),
				"Service restored: " + service.summary().name(), id, redirect);
	}

	@PostMapping("/{id}/checked")
	String checked(@PathVariable UUID id, @RequestParam(name = "version", required = false) Long version,
			RedirectAttributes redirect) {
		var service = details.find(id).orElseThrow(() -> new NotFound("service", id));
		try {
			editing.markChecked(id, (version != null) ? version : -1, today());
			redirect.addFlashAttribute("message", "Marked as checked today: " + service.summary().name());
		}
		catch (StaleSave ex) {
			redirect.addFlashAttribute("problem",
					"Someone else changed " + service.summary().name() + " just now. Check it again.");
		}
		return "redirect:/directory/services/review";
	}

	private String statusChange(Runnable change, String message, UUID id, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (StaleSave ex) {
			redirect.addFlashAttribute("problem",
					"Someone else changed this service while you were looking at it. Check it and try again.");
		}
		return "redirect:/directory/services/" + id + "/edit";
	}

	private ServiceFormCheck.Choices choices() {
		var running = organisations.organizations(false)
			.stream()
			.map(OrganisationEditing.OrganizationRow::id)
			.collect(Collectors.toSet());
		var terms = taxonomies.allTerms().stream().map(Taxonomies.Term::id).collect(Collectors.toSet());
		var all = localities.findAll();
		return new ServiceFormCheck.Choices(running, terms, all.stream().map(Locality::id).collect(Collectors.toSet()),
				all.stream().map(Locality::county).collect(Collectors.toSet()));
	}

	private String form(ServiceForm form, DirectoryService service, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("service", service);
		var organisationOptions = new ArrayList<>(
				organisations.organizations(false).stream().map(o -> Option.of(o.id(), o.name())).toList());
		if (service != null && organisationOptions.stream()
			.noneMatch(o -> o.value().equals(String.valueOf(service.summary().organizationId())))) {
			organisationOptions.add(Option.of(service.summary().organizationId(),
					service.summary().organizationName() + " (archived)"));
		}
		model.addAttribute("organisationOptions", organisationOptions);
		model.addAttribute("statusOptions",
				List.of(new Option("active", "Running", null),
						new Option("temporarily closed", "Temporarily closed",
								"For example over the summer, or while staff are away"),
						new Option("inactive", "Not running for now", "Kept, but not shown to families")));
		model.addAttribute("needOptions",
				taxonomies.allTerms().stream().map(t -> new Option(t.id().toString(), t.name(), null)).toList());
		var areaOptions = new ArrayList<Option>();
		var ordered = localities.findAllOrdered();
		for (var county : ordered.stream().map(Locality::county).distinct().sorted().toList()) {
			areaOptions.add(new Option("county:" + county, "All of " + county, null));
			ordered.stream()
				.filter(l -> l.county().equals(county))
				.forEach(l -> areaOptions.add(new Option("locality:" + l.id(), l.name(), null)));
		}
		areaOptions.add(new Option("county:" + ServiceSearch.NATIONAL, "Anywhere (a national service)", null));
		model.addAttribute("areaOptions", areaOptions);
		model.addAttribute("days", List.of(DayOfWeek.values()).stream().map(Schedules::label).toList());
		model.addAttribute("otherPlaces", (service != null) ? Math.max(0, service.locations().size() - 1) : 0);
		model.addAttribute("contacts", (service != null) ? service.contacts() : List.of());
		return "directory/staff/service-form";
	}

	private static ServiceForm formOf(DirectoryService service, long version) {
		var s = service.summary();
		var form = new ServiceForm();
		form.setOrganisationId(s.organizationId().toString());
		form.setName(s.name());
		form.setDescription(s.description());
		form.setStatus("defunct".equals(s.status()) ? "inactive" : s.status());
		form.setUrl(s.url());
		form.setEmail(s.email());
		var phones = service.phones();
		if (!phones.isEmpty()) {
			form.setPhone(phones.get(0).number());
			form.setPhoneDescription(phones.get(0).description());
		}
		if (phones.size() > 1) {
			form.setSecondPhone(phones.get(1).number());
			form.setSecondPhoneDescription(phones.get(1).description());
		}
		if (!service.locations().isEmpty()) {
			var place = service.locations().get(0);
			form.setPlaceName(place.name());
			form.setPlaceAddress(place.address1());
			form.setPlaceTown(place.city());
			form.setPlacePostcode(place.postalCode());
		}
		form.setMinimumAge((s.minimumAge() != null) ? s.minimumAge().toString() : null);
		form.setMaximumAge((s.maximumAge() != null) ? s.maximumAge().toString() : null);
		form.setEligibility(s.eligibilityDescription());
		form.setFees(s.fees());
		form.setNeeds(new ArrayList<>(service.terms().stream().map(t -> t.id().toString()).toList()));
		form.setAreas(new ArrayList<>(service.areas()
			.stream()
			.map(a -> ServiceFormCheck.areaValue(new ServiceEditing.AreaChoice(a.localityId(), a.county())))
			.toList()));
		var opens = new String[7];
		var closes = new String[7];
		for (var schedule : service.schedules()) {
			int i = schedule.day().ordinal();
			opens[i] = (schedule.opensAt() != null) ? HOURS.format(schedule.opensAt()) : null;
			closes[i] = (schedule.closesAt() != null) ? HOURS.format(schedule.closesAt()) : null;
		}
		form.setOpens(opens);
		form.setCloses(closes);
		form.setLanguages(
				String.join(", ", service.languages().stream().map(DirectoryService.Language::name).toList()));
		form.setVersion(version);
		return form;
	}

	private static String encode(String q) {
		return (q != null) ? URLEncoder.encode(q, StandardCharsets.UTF_8) : "";
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** What the staff list's search sends. */
	public static class ListForm {

		private String q;

		private List<String> archived = new ArrayList<>();

		public String getQ() {
			return q;
		}

		public void setQ(String q) {
			this.q = q;
		}

		public List<String> getArchived() {
			return archived;
		}

		public void setArchived(List<String> archived) {
			this.archived = archived;
		}

	}

}
