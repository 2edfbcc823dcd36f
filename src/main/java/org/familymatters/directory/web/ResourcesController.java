package org.familymatters.directory.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.familymatters.directory.ServiceCriteria;
import org.familymatters.directory.ServiceSearch;
import org.familymatters.directory.Taxonomies;
import org.familymatters.directory.internal.Resource;
import org.familymatters.directory.internal.ResourceFiles;
import org.familymatters.directory.internal.Resources;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.Public;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The resources page: support organisations (from the directory), training and
 * consultancy, policy reports and frameworks, and general resources, for an audience and
 * a topic. No sign-in.
 */
@Controller
@Public
class ResourcesController {

	/**
	 * Support organisations shown on the page; the rest are a link away in Find support.
	 */
	static final int SUPPORT_SHOWN = 20;

	private final Resources resources;

	private final ServiceSearch services;

	private final Taxonomies taxonomies;

	private final CurrentUser currentUser;

	private final ResourceFiles files;

	ResourcesController(Resources resources, ServiceSearch services, Taxonomies taxonomies, CurrentUser currentUser,
			ResourceFiles files) {
		this.resources = resources;
		this.files = files;
		this.services = services;
		this.taxonomies = taxonomies;
		this.currentUser = currentUser;
	}

	@GetMapping("/resources")
	String resources(@ModelAttribute("filter") ResourceFilterForm filter, BindingResult result, Model model) {
		var check = FormCheck.of(result, "resources");
		var audience = check.choice("audience", filter.getAudience(), Resource.Audience::fromCode);
		var terms = taxonomies.allTerms();
		var topic = check.choice("topic", filter.getTopic(),
				value -> terms.stream().filter(t -> t.id().toString().equals(value)).findFirst());
		model.addAttribute("audienceOptions",
				Arrays.stream(Resource.Audience.values()).map(a -> Option.of(a.code(), a.label())).toList());
		model.addAttribute("topicOptions", terms.stream().map(t -> Option.of(t.id(), t.name())).toList());
		model.addAttribute("canEdit",
				currentUser.hasAny(Role.SUPPORT_WORKER, Role.ADMINISTRATOR, Role.TRAINING_COORDINATOR));
		if (check.failed()) {
			return "directory/resources";
		}
		var topicId = (topic != null) ? topic.id() : null;
		var found = resources.active(audience, topicId);
		model.addAttribute("files", files.current(found.stream().map(Resource::id).toList()));
		model.addAttribute("support", services.search(new ServiceCriteria(null, topicId, null, null, null, null, null,
				null, false, null, null, null, 1, SUPPORT_SHOWN)));
		model.addAttribute("allSupportHref", (topicId != null) ? "/support?need=" + topicId : "/support");
		model.addAttribute("groups", List.of(
				new Group("training", "Training and consultancy in supporting the families of prisoners",
						"Courses, e-learning and knowledge hubs for the people whose work brings them into contact "
								+ "with prisoners’ families.",
						of(found, Resource.Kind.TRAINING), false),
				new Group("policy", "Policy reports and frameworks",
						"Reviews, inspections and frameworks that set out what prisoners’ families need and how "
								+ "agencies should respond.",
						of(found, Resource.Kind.POLICY), false),
				new Group("general", "General resources",
						"Publications, films and radio about the experience of families affected by imprisonment.",
						of(found, Resource.Kind.PUBLICATION, Resource.Kind.MEDIA), true)));
		model.addAttribute("filtered", audience != null || topic != null);
		model.addAttribute("filterDescription", describe(audience, topic));
		return "directory/resources";
	}

	private static List<Resource> of(List<Resource> found, Resource.Kind... kinds) {
		var wanted = List.of(kinds);
		return found.stream().filter(r -> wanted.contains(r.kind())).toList();
	}

	/** What the filter shows, e.g. "Showing resources for families, about Housing.". */
	private static String describe(Resource.Audience audience, Taxonomies.Term topic) {
		var parts = new ArrayList<String>();
		if (audience != null) {
			parts.add("for " + audience.label().toLowerCase());
		}
		if (topic != null) {
			parts.add("about " + topic.name());
		}
		return parts.isEmpty() ? null : "Showing resources " + String.join(", ", parts) + ".";
	}

	/**
	 * A section of the page and the kinds of resource it lists, in the order of the
	 * source page.
	 */
	record Group(String id, String heading, String intro, List<Resource> resources, boolean showKind) {
	}

}
