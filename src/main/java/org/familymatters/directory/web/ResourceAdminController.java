package org.familymatters.directory.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.directory.Resource;
import org.familymatters.directory.ResourceDraft;
import org.familymatters.directory.ResourceEditing;
import org.familymatters.directory.Resources;
import org.familymatters.directory.Taxonomies;
import org.familymatters.shared.security.DirectoryEditors;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Support workers and administrators add, change, archive and restore resources. */
@Controller
@DirectoryEditors
@RequestMapping("/directory/resources")
class ResourceAdminController {

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
	String list(Model model) {
		model.addAttribute("resources", resources.all());
		return "directory/admin/resources";
	}

	@GetMapping("/new")
	String newResource(Model model) {
		return form(new ResourceForm(), null, model);
	}

	@PostMapping("/new")
	String create(@Validated @ModelAttribute("form") ResourceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var draft = check(form, result);
		if (result.hasErrors()) {
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
	String update(@PathVariable UUID id, @Validated @ModelAttribute("form") ResourceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var resource = find(id);
		var draft = check(form, result);
		if (form.getVersion() == null && !result.hasFieldErrors("version")) {
			result.reject("record.changedElsewhere");
		}
		if (result.hasErrors()) {
			return form(form, resource, model);
		}
		try {
			var saved = editing.update(id, form.getVersion(), draft);
			redirect.addFlashAttribute("message", "Resource saved: " + saved.title());
			return LIST;
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("record.changedElsewhere");
			return form(form, resource, model);
		}
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

	/**
	 * The checks bean validation cannot make; the draft to save when there are no errors.
	 */
	private ResourceDraft check(ResourceForm form, BindingResult result) {
		var kind = Resource.Kind.fromCode(form.getKind());
		if (!result.hasFieldErrors("kind") && kind.isEmpty()) {
			result.rejectValue("kind", "resource.kind.required");
		}
		var url = (form.getUrl() != null) ? form.getUrl().strip() : "";
		if (!url.isEmpty() && !result.hasFieldErrors("url") && !Resource.isWebAddress(url)) {
			result.rejectValue("url", "resource.url.format");
		}
		var audiences = new ArrayList<Resource.Audience>();
		for (var code : form.getAudiences()) {
			Resource.Audience.fromCode(code).filter(a -> !audiences.contains(a)).ifPresent(audiences::add);
		}
		if (!result.hasFieldErrors("audiences")
				&& audiences.size() != form.getAudiences().stream().distinct().count()) {
			result.rejectValue("audiences", "resource.audiences.required");
		}
		UUID topic = null;
		if (form.getTopic() != null && !form.getTopic().isBlank()) {
			try {
				topic = taxonomies.term(UUID.fromString(form.getTopic().strip())).map(Taxonomies.Term::id).orElse(null);
			}
			catch (IllegalArgumentException ex) {
				topic = null;
			}
			if (topic == null) {
				result.rejectValue("topic", "resource.topic.unknown");
			}
		}
		if (result.hasErrors()) {
			return null;
		}
		return new ResourceDraft(kind.orElseThrow(), form.getTitle(), form.getPublisher(), form.getSummary(), url,
				List.copyOf(audiences), topic);
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
