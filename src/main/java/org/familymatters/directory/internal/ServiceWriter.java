package org.familymatters.directory.internal;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.familymatters.directory.DirectoryService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a whole service — its own fields and everything that hangs off it — in the
 * caller's transaction, keeping the ids it is given, so that a service written twice is
 * written once. Staff edits and imports both come through here; neither may leave a
 * service half-written, so this never runs outside a transaction.
 */
@Component
public class ServiceWriter {

	private final JdbcClient jdbc;

	private final Clock clock;

	ServiceWriter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Adds the organisation or brings it up to date; its id stays. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void saveOrganization(UUID id, String name, String description, String email, String website) {
		jdbc.sql(
				"""
						insert into dir_organization (id, name, description, email, website, last_modified)
						values (:id, :name, :description, :email, :website, :now)
						on conflict (id) do update set name = excluded.name, description = excluded.description,
						    email = excluded.email, website = excluded.website, last_modified = excluded.last_modified,
						    version = dir_organization.version + 1
						where (dir_organization.name, dir_organization.description, dir_organization.email, dir_organization.website)
						      is distinct from (excluded.name, excluded.description, excluded.email, excluded.website)
						""")
			.param("id", id)
			.param("name", name)
			.param("description", (description != null) ? description : "")
			.param("email", email)
			.param("website", website)
			.param("now", Timestamp.from(Instant.now(clock)))
			.update();
	}

	/**
	 * Adds the service or replaces it whole: its fields, opening times, areas, places,
	 * contacts, phones, languages and needs.
	 * @param lastModified when it was last changed (an import keeps the feed's; an edit
	 * says now)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void saveService(DirectoryService service, Instant lastModified) {
		var s = service.summary();
		var id = s.id();
		jdbc.sql("""
				insert into dir_service (id, organization_id, name, description, url, email, status, fees, minimum_age,
				                         maximum_age, eligibility_description, alert, last_checked_on, last_checked_by,
				                         last_modified)
				values (:id, :organization, :name, :description, :url, :email, :status, :fees, :minimumAge, :maximumAge,
				        :eligibility, :alert, :checkedOn, :checkedBy, :lastModified)
				on conflict (id) do update set organization_id = excluded.organization_id, name = excluded.name,
				    description = excluded.description, url = excluded.url, email = excluded.email,
				    status = excluded.status, fees = excluded.fees, minimum_age = excluded.minimum_age,
				    maximum_age = excluded.maximum_age, eligibility_description = excluded.eligibility_description,
				    alert = excluded.alert, last_checked_on = excluded.last_checked_on,
				    last_checked_by = excluded.last_checked_by, last_modified = excluded.last_modified,
				    version = dir_service.version + 1
				""")
			.param("id", id)
			.param("organization", s.organizationId())
			.param("name", s.name())
			.param("description", (s.description() != null) ? s.description() : "")
			.param("url", s.url())
			.param("email", s.email())
			.param("status", s.status())
			.param("fees", s.fees())
			.param("minimumAge", s.minimumAge())
			.param("maximumAge", s.maximumAge())
			.param("eligibility", s.eligibilityDescription())
			.param("alert", s.alert())
			.param("checkedOn", s.lastCheckedOn())
			.param("checkedBy", s.lastCheckedBy())
			.param("lastModified", Timestamp.from(lastModified))
			.update();
		for (var table : new String[] { "dir_schedule", "dir_service_area", "dir_service_at_location", "dir_contact",
				"dir_phone", "dir_language" }) {
			jdbc.sql("delete from " + table + " where service_id = :id").param("id", id).update();
		}
		jdbc.sql("delete from dir_attribute where link_id = :id").param("id", id).update();
		for (var x : service.schedules()) {
			jdbc.sql("""
					insert into dir_schedule (id, service_id, byday, opens_at, closes_at, description)
					values (:id, :service, :byday, :opens, :closes, :description)
					""")
				.param("id", x.id())
				.param("service", id)
				.param("byday", Schedules.code(x.day()))
				.param("opens", (x.opensAt() != null) ? Time.valueOf(x.opensAt()) : null)
				.param("closes", (x.closesAt() != null) ? Time.valueOf(x.closesAt()) : null)
				.param("description", x.description())
				.update();
		}
		for (var a : service.areas()) {
			jdbc.sql("""
					insert into dir_service_area (id, service_id, name, locality_id, county)
					values (:id, :service, :name, :locality, :county)
					""")
				.param("id", a.id())
				.param("service", id)
				.param("name", a.name())
				.param("locality", a.localityId())
				.param("county", a.county())
				.update();
		}
		for (var l : service.locations()) {
			jdbc.sql("""
					insert into dir_location (id, location_type, name, description, url, address_1, city, region,
					                          postal_code, country, latitude, longitude)
					values (:id, :type, :name, :description, :url, :address, :city, :region, :postcode,
					        :country, :latitude, :longitude)
					on conflict (id) do update set location_type = excluded.location_type, name = excluded.name,
					    description = excluded.description, url = excluded.url, address_1 = excluded.address_1,
					    city = excluded.city, region = excluded.region, postal_code = excluded.postal_code,
					    country = excluded.country, latitude = excluded.latitude, longitude = excluded.longitude
					""")
				.param("id", l.id())
				.param("type", l.locationType())
				.param("name", l.name())
				.param("description", l.description())
				.param("url", l.url())
				.param("address", l.address1())
				.param("city", l.city())
				.param("region", l.region())
				.param("postcode", l.postalCode())
				.param("country", (l.country() != null) ? l.country() : "GB")
				.param("latitude", l.latitude())
				.param("longitude", l.longitude())
				.update();
			jdbc.sql(
					"insert into dir_service_at_location (id, service_id, location_id) values (:id, :service, :location)")
				.param("id", l.serviceAtLocationId())
				.param("service", id)
				.param("location", l.id())
				.update();
		}
		for (var c : service.contacts()) {
			jdbc.sql(
					"insert into dir_contact (id, service_id, name, title, email) values (:id, :service, :name, :title, :email)")
				.param("id", c.id())
				.param("service", id)
				.param("name", c.name())
				.param("title", c.title())
				.param("email", c.email())
				.update();
		}
		for (var p : service.phones()) {
			jdbc.sql(
					"insert into dir_phone (id, service_id, number, description) values (:id, :service, :number, :description)")
				.param("id", p.id())
				.param("service", id)
				.param("number", p.number())
				.param("description", p.description())
				.update();
		}
		for (var l : service.languages()) {
			jdbc.sql("insert into dir_language (id, service_id, name, code) values (:id, :service, :name, :code)")
				.param("id", l.id())
				.param("service", id)
				.param("name", l.name())
				.param("code", l.code())
				.update();
		}
		for (var t : service.terms()) {
			jdbc.sql("insert into dir_attribute (id, link_id, taxonomy_term_id) values (:id, :service, :term)")
				.param("id", t.attributeId())
				.param("service", id)
				.param("term", t.id())
				.update();
		}
	}

}
