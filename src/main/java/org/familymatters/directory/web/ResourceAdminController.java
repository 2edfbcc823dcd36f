package org.familymatters.directory.web;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.familymatters.directory.Taxonomies;
import org.familymatters.directory.internal.Resource;
import org.familymatters.directory.internal.ResourceDraft;
import org.familymatters.directory.internal.ResourceEditing;
import org.familymatters.directory.internal.Resources;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Support workers, training coordinators and administrators add, change, archive and
 * restore resources (training coordinators only these, not services or guides).
 */
@Controller
@PreAuthorize(ResourceAdminController.RESOURCE_EDITORS)
@RequestMapping("/directory/resources")
class ResourceAdminController {

	/** Who keeps the resources. */
	static final String RESOURCE_EDITORS = "hasAnyRole('SUPPORT_WORKER', 'ADMINISTRATOR', 'TRAINING_COORDINATOR')";

	private static final String LIST = "redirect:/directory/resources";

	/** Where the public page lists each kind, as a hint on the form. */
	private static final Map<Resource.Kind, String> KIND_HINTS = Map.of(Resource.Kind.TRAINING,
			"Listed under Training and consultancy", Resource.Kind.POLICY, "Listed under Policy reports and frameworks",
			Resource.Kind.PUBLICATION, "Listed under General resources", Resource.Kind.MEDIA,
			"Films, radio and podcasts; listed under General resources");

	private final ResourceEditing editing;

	private final Resources resources;

	private final Taxonomies taxonomies;

	ResourceAdminController(ResourceEditing editing, Resources resources, Taxonomies taxonomies) {
		this.editing = editing;
		this.resources = resources;
		this.taxonomies = taxonomies;
	}

	@GetMapping
	String list(@ModelAttribute("form") StaffListForm form, BindingResult result,
			@RequestParam(name = "page", required = false) String page, Model model) {
		var q = FormCheck.of(result, "directory.resources").text("q", form.getQ(), StaffLists.SEARCH_MAX);
		model.addAttribute("resources", resources.page(q, StaffLists.pageNumber(page), StaffLists.PAGE_SIZE));
		model.addAttribute("pageUrl", StaffLists.address("/directory/resources", q));
		return "directory/admin/resources";
	}

	@GetMapping("/new")
	String newResource(Model model) {
		return form(new ResourceForm(), null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") ResourceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var check = FormCheck.of(result, ResourceForm.PREFIX);
		var draft = check(form, check);
		if (check.failed()) {
			return form(form, null, model);
		}
		var created = editing.create(draft);
		redirect.addFlashAttribute("message", "Resource added: " + created.title());
		return LIST;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var resource = find(id);
		return form(ResourceForm.of(resource), resource, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") ResourceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var resource = find(id);
		var check = FormCheck.of(result, ResourceForm.PREFIX);
		var draft = check(form, check);
		if (form.getVersion() == null && !check.failed("version")) {
			check.rejectForm("record.changedElsewhere");
		}
		var saved = new AtomicReference<Resource>();
		if (check.failed() || !check.saved(() -> saved.set(editing.update(id, form.getVersion(), draft)))) {
			return form(form, resource, model);
		}
		redirect.addFlashAttribute("message", "Resource saved: " + saved.get().title());
		return LIST;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable UUID id, RedirectAttributes redirect) {
		var archived = editing.archive(id);
		redirect.addFlashAttribute("message",
				"Resource archived: " + archived.title() + ". It no longer shows on the resources page.");
		return LIST;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable UUID id, RedirectAttributes redirect) {
		var restored = editing.restore(id);
		redirect.addFlashAttribute("message",
				"Resource restored: " + restored.title() + ". It shows on the resources page again.");
		return LIST;
	}

	private Resource find(UUID id) {
		return resources.find(id).orElseThrow(() -> new NotFound("resource", id));
	}

	private ResourceDraft check(ResourceForm form, FormCheck check) {
		return form.check(check, topic -> taxonomies.term(topic).map(Taxonomies.Term::id));
	}

	private String form(ResourceForm form, Resource resource, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("resource", resource);
		model.addAttribute("kindOptions",
				Arrays.stream(Resource.Kind.values())
					.map(k -> new Option(k.code(), k.label(), KIND_HINTS.get(k)))
					.toList());
		model.addAttribute("audienceOptions",
				Arrays.stream(Resource.Audience.values()).map(a -> Option.of(a.code(), a.label())).toList());
		model.addAttribute("topicOptions",
				taxonomies.allTerms().stream().map(t -> Option.of(t.id(), t.name())).toList());
		return "directory/admin/resource-form";
	}

}
