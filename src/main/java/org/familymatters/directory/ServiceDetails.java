package org.familymatters.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.directory.internal.Schedules;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one whole service. */
@Service
public class ServiceDetails {

	private final JdbcClient jdbc;

	ServiceDetails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The service, whatever its status (the API and staff see inactive ones too). */
	@Transactional(readOnly = true)
	public Optional<DirectoryService> find(UUID id) {
		return jdbc.sql("""
				select s.*, o.name as organization_name, o.description as organization_description
				from dir_service s join dir_organization o on o.id = s.organization_id where s.id = :id
				""").param("id", id).query((rs, n) -> ServiceSearch.summary(rs)).optional().map(this::whole);
	}

	/** The service offered at a service-at-location. */
	@Transactional(readOnly = true)
	public Optional<DirectoryService> findByServiceAtLocation(UUID serviceAtLocationId) {
		return jdbc.sql("select service_id from dir_service_at_location where id = :id")
			.param("id", serviceAtLocationId)
			.query(UUID.class)
			.optional()
			.flatMap(this::find);
	}

	private DirectoryService whole(ServiceSummary summary) {
		var id = summary.id();
		var schedules = jdbc.sql("""
				select * from dir_schedule where service_id = :id
				order by array_position(array['MO','TU','WE','TH','FR','SA','SU'], byday), opens_at
				""")
			.param("id", id)
			.query((rs, n) -> new DirectoryService.Schedule(rs.getObject("id", UUID.class),
					Schedules.day(rs.getString("byday")), time(rs, "opens_at"), time(rs, "closes_at"),
					rs.getString("description")))
			.list();
		var areas = jdbc.sql("""
				select a.*, coalesce(l.name, a.county) as place from dir_service_area a
				left join identity_locality l on l.id = a.locality_id where a.service_id = :id order by a.county, a.name
				""")
			.param("id", id)
			.query((rs, n) -> new DirectoryService.Area(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("locality_id", UUID.class), rs.getString("county"), rs.getString("place")))
			.list();
		var locations = jdbc
			.sql("""
					select sal.id as sal_id, l.* from dir_service_at_location sal join dir_location l on l.id = sal.location_id
					where sal.service_id = :id order by l.name
					""")
			.param("id", id)
			.query((rs, n) -> new DirectoryService.Location(rs.getObject("sal_id", UUID.class),
					rs.getObject("id", UUID.class), rs.getString("location_type"), rs.getString("name"),
					rs.getString("description"), rs.getString("url"), rs.getString("address_1"), rs.getString("city"),
					rs.getString("region"), rs.getString("postal_code"), rs.getString("country"),
					rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude")))
			.list();
		var contacts = jdbc.sql("select * from dir_contact where service_id = :id order by name")
			.param("id", id)
			.query((rs, n) -> new DirectoryService.Contact(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("title"), rs.getString("email")))
			.list();
		var phones = jdbc.sql("select * from dir_phone where service_id = :id order by number")
			.param("id", id)
			.query((rs, n) -> new DirectoryService.Phone(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getString("description")))
			.list();
		var languages = jdbc.sql("select * from dir_language where service_id = :id order by name")
			.param("id", id)
			.query((rs, n) -> new DirectoryService.Language(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("code")))
			.list();
		var terms = jdbc
			.sql("""
					select a.id as attribute_id, t.* from dir_attribute a join dir_taxonomy_term t on t.id = a.taxonomy_term_id
					where a.link_id = :id order by t.name
					""")
			.param("id", id)
			.query((rs, n) -> new DirectoryService.Term(rs.getObject("attribute_id", UUID.class),
					rs.getObject("id", UUID.class), rs.getObject("taxonomy_id", UUID.class), rs.getString("code"),
					rs.getString("name"), rs.getString("description")))
			.list();
		return new DirectoryService(summary, schedules, areas, locations, contacts, phones, languages, terms);
	}

	private static LocalTime time(ResultSet rs, String column) throws SQLException {
		Time time = rs.getTime(column);
		return (time != null) ? time.toLocalTime() : null;
	}

}
