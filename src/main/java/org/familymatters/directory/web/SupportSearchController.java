package org.familymatters.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.directory.DirectoryService;
import org.familymatters.directory.ServiceCriteria;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.ServiceSearch;
import org.familymatters.directory.Taxonomies;
import org.familymatters.directory.internal.Schedules;
import org.familymatters.directory.internal.SearchLimits;
import org.familymatters.directory.internal.ServiceRules;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.shared.security.Public;
import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Option;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Families and practitioners find support: by words, need, place, age and weekends. No
 * sign-in.
 */
@Controller
@Public
class SupportSearchController {

	static final int PAGE_SIZE = 10;

	static final String COUNTY = "county:";

	private final ServiceSearch search;

	private final ServiceDetails details;

	private final Taxonomies taxonomies;

	private final Localities localities;

	private final SearchLimits limits;

	SupportSearchController(ServiceSearch search, ServiceDetails details, Taxonomies taxonomies, Localities localities,
			SearchLimits limits) {
		this.search = search;
		this.details = details;
		this.taxonomies = taxonomies;
		this.localities = localities;
		this.limits = limits;
	}

	@GetMapping("/support")
	String search(@ModelAttribute("form") SupportSearchForm form, BindingResult result,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var check = FormCheck.of(result, "support");
		var q = check.text("q", form.getQ(), limits.maxCharacters());
		if (limits.tooManyWords(q)) {
			check.reject("q", "words", limits.maxWords());
		}
		var need = check.identifier("need", form.getNeed());
		UUID locality = null;
		String county = null;
		var place = check.text("place", form.getPlace(), 200);
		if (place != null && place.startsWith(COUNTY)) {
			var named = place.substring(COUNTY.length());
			county = check.choice("place", named,
					name -> localities.findAll().stream().map(Locality::county).filter(name::equals).findFirst());
		}
		else {
			locality = check.identifier("place", place);
		}
		var age = check.number("age", form.getAge(), Integer.MIN_VALUE, Integer.MAX_VALUE);
		if (age != null && (age < 0 || age > ServiceRules.MAX_AGE)) {
			check.reject("age", "range");
		}
		model.addAttribute("needOptions",
				taxonomies.allTerms().stream().map(t -> Option.of(t.id(), t.name())).toList());
		model.addAttribute("placeOptions", placeOptions());
		model.addAttribute("weekendOptions", List.of(Option.of("true", "Open at weekends")));
		model.addAttribute("searched", !form.isEmpty());
		if (!check.failed()) {
			var criteria = new ServiceCriteria(q, need, null, age, null, null, locality, county,
					"true".equals(form.getWeekends()), null, null, null, Math.max(1, page), PAGE_SIZE);
			try {
				model.addAttribute("results", search.search(criteria));
			}
			catch (ServiceSearch.TookTooLong ex) {
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				model.addAttribute("tookTooLong", true);
				return "directory/search";
			}
			model.addAttribute("baseUrl",
					UriComponentsBuilder.fromPath("/support")
						.query(request.getQueryString())
						.replaceQueryParam("page")
						.toUriString());
		}
		return "directory/search";
	}

	@GetMapping("/support/{id}")
	String service(@PathVariable UUID id, Model model) {
		var service = details.find(id)
			.filter(found -> !"defunct".equals(found.summary().status()))
			.orElseThrow(() -> new NotFound("service", id));
		model.addAttribute("service", service);
		model.addAttribute("summary", service.summary());
		model.addAttribute("opening", opening(service));
		return "directory/service";
	}

	/** Opening times as a person reads them: "Saturday: 10:00 to 12:00". */
	private static List<String> opening(DirectoryService service) {
		var lines = new ArrayList<String>();
		for (var schedule : service.schedules()) {
			var line = new StringBuilder(Schedules.label(schedule.day()));
			if (schedule.opensAt() != null && schedule.closesAt() != null) {
				line.append(": ").append(schedule.opensAt()).append(" to ").append(schedule.closesAt());
			}
			if (schedule.description() != null) {
				line.append(" (").append(schedule.description()).append(")");
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private List<Option> placeOptions() {
		var options = new ArrayList<Option>();
		var all = localities.findAllOrdered();
		all.stream().map(l -> l.county()).distinct().forEach(county -> {
			options.add(new Option(COUNTY + county, "Anywhere in " + county, null));
			all.stream()
				.filter(l -> l.county().equals(county))
				.forEach(l -> options.add(Option.of(l.id(), l.name() + " (" + county + ")")));
		});
		return options;
	}

}
