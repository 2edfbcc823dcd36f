package org.familymatters.directory.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.familymatters.directory.DirectoryService;
import org.familymatters.directory.ServiceSummary;
import org.familymatters.directory.Taxonomies;
import org.familymatters.directory.internal.Schedules;
import org.familymatters.shared.web.Page;

/**
 * The Open Referral UK (HSDS 3.0) shapes the API answers with, and the mapping to them.
 * Fields with no value are left out rather than sent as null, as the profile's schemas
 * expect.
 */
final class OpenReferralJson {

	/** Opening hours as HSDS writes them. */
	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	private OpenReferralJson() {
	}

	/** A service's one-to-one fields and its organisation, as lists show it. */
	static Service brief(ServiceSummary s) {
		return new Service(text(s.id()), text(s.organizationId()), s.name(), s.description(), s.url(), s.email(),
				s.status(), s.fees(), s.minimumAge(), s.maximumAge(), s.eligibilityDescription(),
				date(s.lastCheckedOn()), s.alert(), instant(s.lastModified()), organization(s), null, null, null, null,
				null, null, null);
	}

	/** A whole service, nested as the profile's full service. */
	static Service full(DirectoryService d) {
		var s = d.summary();
		var id = text(s.id());
		return new Service(id, text(s.organizationId()), s.name(), s.description(), s.url(), s.email(), s.status(),
				s.fees(), s.minimumAge(), s.maximumAge(), s.eligibilityDescription(), date(s.lastCheckedOn()),
				s.alert(), instant(s.lastModified()), organization(s),
				d.schedules()
					.stream()
					.map(x -> new Schedule(text(x.id()), id, "WEEKLY", Schedules.code(x.day()), time(x.opensAt()),
							time(x.closesAt()), x.description()))
					.toList(),
				d.areas().stream().map(a -> new ServiceArea(text(a.id()), id, a.name(), a.place(), "text")).toList(),
				d.locations()
					.stream()
					.map(l -> new ServiceAtLocation(text(l.serviceAtLocationId()), id, text(l.id()), location(l), null))
					.toList(),
				d.languages().stream().map(l -> new Language(text(l.id()), id, l.name(), l.code())).toList(),
				d.contacts().stream().map(c -> new Contact(text(c.id()), id, c.name(), c.title(), c.email())).toList(),
				d.phones().stream().map(p -> new Phone(text(p.id()), id, p.number(), p.description())).toList(),
				d.terms()
					.stream()
					.map(t -> new Attribute(text(t.attributeId()), id, "service", text(t.id()),
							new TaxonomyTerm(text(t.id()), t.code(), t.name(), t.description(), null,
									text(t.taxonomyId()), t.code())))
					.toList());
	}

	/** In a list: the location and the service's one-to-one fields. */
	static ServiceAtLocation serviceAtLocation(ServiceSummary s, DirectoryService.Location l) {
		return new ServiceAtLocation(text(l.serviceAtLocationId()), text(s.id()), text(l.id()), location(l), brief(s));
	}

	/** On its own: the location and the whole service. */
	static ServiceAtLocation serviceAtLocation(DirectoryService d, DirectoryService.Location l) {
		return new ServiceAtLocation(text(l.serviceAtLocationId()), text(d.summary().id()), text(l.id()), location(l),
				full(d));
	}

	static Location location(DirectoryService.Location l) {
		List<Address> addresses = null;
		if (l.address1() != null && l.city() != null && l.postalCode() != null) {
			var addressId = UUID.nameUUIDFromBytes(("address:" + l.id()).getBytes(StandardCharsets.UTF_8));
			addresses = List.of(new Address(text(addressId), text(l.id()), l.address1(), l.city(),
					(l.region() != null) ? l.region() : "", l.postalCode(), l.country(), "physical"));
		}
		return new Location(text(l.id()), l.locationType(), l.name(), l.description(), l.url(), l.latitude(),
				l.longitude(), addresses);
	}

	static TaxonomyTerm term(Taxonomies.Term t) {
		return new TaxonomyTerm(text(t.id()), t.code(), t.name(), t.description(), text(t.parentId()),
				text(t.taxonomyId()), t.code());
	}

	static Taxonomy taxonomy(Taxonomies.Taxonomy t) {
		return new Taxonomy(text(t.id()), t.name(), t.description(), t.uri(), t.version());
	}

	private static Organization organization(ServiceSummary s) {
		return new Organization(text(s.organizationId()), s.organizationName(), s.organizationDescription(), null,
				null);
	}

	private static String text(UUID id) {
		return (id != null) ? id.toString() : null;
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String instant(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

	private static String time(LocalTime time) {
		return (time != null) ? HOURS.format(time) : null;
	}

	/** The profile's Page shape for every list. */
	record PageOf<T>(@JsonProperty("total_items") long totalItems, @JsonProperty("total_pages") int totalPages,
			@JsonProperty("page_number") int pageNumber, int size, @JsonProperty("first_page") boolean firstPage,
			@JsonProperty("last_page") boolean lastPage, boolean empty, List<T> contents) {

		static <S, T> PageOf<T> of(Page<S> page, List<T> contents) {
			return new PageOf<>(page.total(), page.totalPages(), page.number(), contents.size(), page.number() == 1,
					page.number() >= page.totalPages(), contents.isEmpty(), contents);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Organization(String id, String name, String description, String email, String website) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Service(String id, @JsonProperty("organization_id") String organizationId, String name, String description,
			String url, String email, String status, String fees, @JsonProperty("minimum_age") Integer minimumAge,
			@JsonProperty("maximum_age") Integer maximumAge,
			@JsonProperty("eligibility_description") String eligibilityDescription,
			@JsonProperty("assured_date") String assuredDate, String alert,
			@JsonProperty("last_modified") String lastModified, Organization organization, List<Schedule> schedules,
			@JsonProperty("service_areas") List<ServiceArea> serviceAreas,
			@JsonProperty("service_at_locations") List<ServiceAtLocation> serviceAtLocations, List<Language> languages,
			List<Contact> contacts, List<Phone> phones, List<Attribute> attributes) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Schedule(String id, @JsonProperty("service_id") String serviceId, String freq, String byday,
			@JsonProperty("opens_at") String opensAt, @JsonProperty("closes_at") String closesAt, String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ServiceArea(String id, @JsonProperty("service_id") String serviceId, String name, String extent,
			@JsonProperty("extent_type") String extentType) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ServiceAtLocation(String id, @JsonProperty("service_id") String serviceId,
			@JsonProperty("location_id") String locationId, Location location, Service service) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Location(String id, @JsonProperty("location_type") String locationType, String name, String description,
			String url, BigDecimal latitude, BigDecimal longitude, List<Address> addresses) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Address(String id, @JsonProperty("location_id") String locationId,
			@JsonProperty("address_1") String address1, String city,
			@JsonProperty("state_province") String stateProvince, @JsonProperty("postal_code") String postalCode,
			String country, @JsonProperty("address_type") String addressType) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Language(String id, @JsonProperty("service_id") String serviceId, String name, String code) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Contact(String id, @JsonProperty("service_id") String serviceId, String name, String title, String email) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Phone(String id, @JsonProperty("service_id") String serviceId, String number, String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Attribute(String id, @JsonProperty("link_id") String linkId, @JsonProperty("link_type") String linkType,
			@JsonProperty("taxonomy_term_id") String taxonomyTermId,
			@JsonProperty("taxonomy_term") TaxonomyTerm taxonomyTerm) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TaxonomyTerm(String id, String code, String name, String description,
			@JsonProperty("parent_id") String parentId, @JsonProperty("taxonomy_id") String taxonomyId, String term) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Taxonomy(String id, String name, String description, String uri, String version) {
	}

}
