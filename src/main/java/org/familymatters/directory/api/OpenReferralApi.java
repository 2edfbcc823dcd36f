package org.familymatters.directory.api;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.directory.ServiceCriteria;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.ServiceSearch;
import org.familymatters.directory.Taxonomies;
import org.familymatters.directory.internal.Schedules;
import org.familymatters.directory.internal.SearchLimits;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.security.Public;
import org.familymatters.shared.web.BadRequest;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Page;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The directory as Open Referral UK (HSDS 3.0 UK profile): open to anyone, read only,
 * with {@code Access-Control-Allow-Origin: *} on every answer. Unknown parameters are
 * ignored; a bad value answers 400 with a problem naming the parameter.
 */
@RestController
@RequestMapping(path = "/openreferral", produces = "application/json")
@Tag(name = "Open Referral UK", description = "The directory of support, as HSDS 3.0 UK profile")
@Public
class OpenReferralApi {

	static final String VERSION = "HSDS-UK-3.0";

	static final String PROFILE = "https://openreferraluk.org/";

	static final int DEFAULT_PER_PAGE = 50;

	static final int MAX_PER_PAGE = 100;

	private final ServiceSearch search;

	private final ServiceDetails details;

	private final Taxonomies taxonomies;

	private final SearchLimits limits;

	OpenReferralApi(ServiceSearch search, ServiceDetails details, Taxonomies taxonomies, SearchLimits limits) {
		this.search = search;
		this.details = details;
		this.taxonomies = taxonomies;
		this.limits = limits;
	}

	@ModelAttribute
	void openToEveryone(HttpServletResponse response) {
		response.setHeader("Access-Control-Allow-Origin", "*");
	}

	@GetMapping({ "", "/" })
	@Operation(summary = "What this API is: its HSDS version, profile and OpenAPI description")
	Map<String, String> root() {
		var openapi = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/v3/api-docs/open-referral")
			.toUriString();
		return Map.of("version", VERSION, "profile", PROFILE, "openapi_url", openapi);
	}

	@GetMapping("/services")
	@Operation(summary = "Active services, one-to-one fields and their organisation, best match first")
	OpenReferralJson.PageOf<OpenReferralJson.Service> services(@RequestParam Map<String, String> params) {
		var found = search.search(criteria(params));
		return OpenReferralJson.PageOf.of(found, found.items().stream().map(OpenReferralJson::brief).toList());
	}

	@GetMapping("/services/{id}")
	@Operation(summary = "A whole service")
	OpenReferralJson.Service service(@PathVariable UUID id) {
		return details.find(id).map(OpenReferralJson::full).orElseThrow(() -> new NotFound("service", id));
	}

	@GetMapping("/service_at_locations")
	@Operation(summary = "Where active services are offered")
	OpenReferralJson.PageOf<OpenReferralJson.ServiceAtLocation> serviceAtLocations(
			@RequestParam Map<String, String> params) {
		if (params.containsKey("postcode") || params.containsKey("proximity")) {
			throw new BadRequest(params.containsKey("postcode") ? "postcode" : "proximity",
					"Searching by postcode or proximity is not supported yet: filter by taxonomy, age, day or time instead.");
		}
		var found = search.searchServiceAtLocations(criteria(params));
		return OpenReferralJson.PageOf.of(found,
				found.items()
					.stream()
					.map(item -> OpenReferralJson.serviceAtLocation(item.service(), item.location()))
					.toList());
	}

	@GetMapping("/service_at_locations/{id}")
	@Operation(summary = "A service at one location, with the whole service")
	OpenReferralJson.ServiceAtLocation serviceAtLocation(@PathVariable UUID id) {
		return details.findByServiceAtLocation(id)
			.flatMap(service -> service.locations()
				.stream()
				.filter(location -> location.serviceAtLocationId().equals(id))
				.findFirst()
				.map(location -> OpenReferralJson.serviceAtLocation(service, location)))
			.orElseThrow(() -> new NotFound("service_at_location", id));
	}

	@GetMapping("/taxonomies")
	@Operation(summary = "The taxonomies of needs")
	OpenReferralJson.PageOf<OpenReferralJson.Taxonomy> taxonomies(@RequestParam Map<String, String> params) {
		var found = taxonomies.taxonomies(page(params), perPage(params));
		return OpenReferralJson.PageOf.of(found, found.items().stream().map(OpenReferralJson::taxonomy).toList());
	}

	@GetMapping("/taxonomies/{id}")
	@Operation(summary = "A taxonomy")
	OpenReferralJson.Taxonomy taxonomy(@PathVariable UUID id) {
		return taxonomies.taxonomy(id).map(OpenReferralJson::taxonomy).orElseThrow(() -> new NotFound("taxonomy", id));
	}

	@GetMapping("/taxonomy_terms")
	@Operation(summary = "The needs services are tagged with")
	OpenReferralJson.PageOf<OpenReferralJson.TaxonomyTerm> taxonomyTerms(@RequestParam Map<String, String> params) {
		Page<Taxonomies.Term> found = taxonomies.terms(page(params), perPage(params));
		return OpenReferralJson.PageOf.of(found, found.items().stream().map(OpenReferralJson::term).toList());
	}

	@GetMapping("/taxonomy_terms/{id}")
	@Operation(summary = "A need")
	OpenReferralJson.TaxonomyTerm taxonomyTerm(@PathVariable UUID id) {
		return taxonomies.term(id).map(OpenReferralJson::term).orElseThrow(() -> new NotFound("taxonomy_term", id));
	}

	/**
	 * A search that ran out of time: 503, to be tried again later, never a 500 with its
	 * insides.
	 */
	@ExceptionHandler(ServiceSearch.TookTooLong.class)
	ResponseEntity<ProblemDetail> tookTooLong(ServiceSearch.TookTooLong exception) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The search took too long. Try again with fewer words or more filters.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.header("Access-Control-Allow-Origin", "*")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private ServiceCriteria criteria(Map<String, String> params) {
		var day = params.get("day");
		return new ServiceCriteria(limits.apiSearch("search", params.get("search")), uuid(params, "taxonomy_term_id"),
				uuid(params, "taxonomy_id"), null, age(params, "minimum_age"), age(params, "maximum_age"), null, null,
				false,
				(day != null) ? Schedules.parse(day)
					.orElseThrow(
							() -> new BadRequest("day", "day must be a day of the week, such as MO, SA or Saturday"))
						: null,
				time(params, "start_time"), time(params, "end_time"), page(params), perPage(params));
	}

	static int page(Map<String, String> params) {
		var page = integer(params, "page", 1);
		if (page < 1) {
			throw new BadRequest("page", "page must be 1 or more");
		}
		return page;
	}

	/** per_page is capped at {@value #MAX_PER_PAGE}. */
	static int perPage(Map<String, String> params) {
		var perPage = integer(params, "per_page", DEFAULT_PER_PAGE);
		if (perPage < 1) {
			throw new BadRequest("per_page", "per_page must be 1 or more");
		}
		return Math.min(perPage, MAX_PER_PAGE);
	}

	private static Integer age(Map<String, String> params, String name) {
		if (!params.containsKey(name)) {
			return null;
		}
		var age = integer(params, name, 0);
		if (age < 0 || age > 120) {
			throw new BadRequest(name, name + " must be an age from 0 to 120");
		}
		return age;
	}

	private static int integer(Map<String, String> params, String name, int otherwise) {
		var value = Input.trimmed(params.get(name));
		if (value == null) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new BadRequest(name, name + " must be a whole number");
		}
	}

	private static UUID uuid(Map<String, String> params, String name) {
		var value = Input.identifier(params.get(name));
		if (value.failed()) {
			throw new BadRequest(name, name + " must be a UUID");
		}
		return value.value();
	}

	private static LocalTime time(Map<String, String> params, String name) {
		var value = params.get(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequest(name, name + " must be a time such as 09:30");
		}
	}

}
