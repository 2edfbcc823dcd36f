package org.familymatters.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.directory.DirectoryService;
import org.familymatters.directory.ServiceCriteria;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.ServiceSearch;
import org.familymatters.directory.ServiceSummary;
import org.familymatters.directory.Taxonomies;
import org.familymatters.directory.internal.NationalHelp;
import org.familymatters.directory.internal.OwnServices;
import org.familymatters.directory.internal.Schedules;
import org.familymatters.directory.internal.SearchLimits;
import org.familymatters.directory.internal.ServiceRules;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.shared.input.Input;
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

	/**
	 * A search that finds fewer services than this is shown the national services too.
	 */
	static final int FEW = 3;

	private final ServiceSearch search;

	private final ServiceDetails details;

	private final Taxonomies taxonomies;

	private final Localities localities;

	private final SearchLimits limits;

	private final NationalHelp nationalHelp;

	SupportSearchController(ServiceSearch search, ServiceDetails details, Taxonomies taxonomies, Localities localities,
			SearchLimits limits, NationalHelp nationalHelp) {
		this.search = search;
		this.details = details;
		this.taxonomies = taxonomies;
		this.localities = localities;
		this.limits = limits;
		this.nationalHelp = nationalHelp;
	}

	@GetMapping("/support")
	String search(@ModelAttribute("form") SupportSearchForm form, BindingResult result,
			@RequestParam(name = "page", required = false) String page, HttpServletRequest request,
			HttpServletResponse response, Model model) {
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
					"true".equals(form.getWeekends()), null, null, null, pageNumber(page), PAGE_SIZE);
			try {
				var results = search.search(criteria);
				model.addAttribute("results", results);
				model.addAttribute("pastTheLastPage", results.items().isEmpty() && results.total() > 0);
				if (results.total() < FEW) {
					var shown = results.items().stream().map(ServiceSummary::id).collect(Collectors.toSet());
					model.addAttribute("nationalHelp",
							nationalHelp.services().stream().filter(s -> !shown.contains(s.id())).toList());
				}
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
		model.addAttribute("ownService", OwnServices.isOwn(service.summary()));
		model.addAttribute("askForSupport", OwnServices.ASK_FOR_SUPPORT);
		return "directory/service";
	}

	/**
	 * The page asked for: the first when it is not a whole number of 1 or more; one past
	 * the last shows an empty page that says so.
	 */
	static int pageNumber(String page) {
		return Input.wholeNumber(page, 1, Integer.MAX_VALUE).toOptional().orElse(1);
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
