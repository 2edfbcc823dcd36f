package org.familymatters.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.familymatters.directory.DirectoryService;
import org.familymatters.directory.ServiceSearch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national services for families of prisoners that a family can ring: active services
 * offered everywhere ({@code National}) with at least one phone number. Find support
 * shows them when a search finds nothing, or little, nearby.
 */
@Repository
public class NationalHelp {

	private final JdbcClient jdbc;

	private final PublicQueries limits;

	NationalHelp(JdbcClient jdbc, PublicQueries limits) {
		this.jdbc = jdbc;
		this.limits = limits;
	}

	/** Each national service with its phone numbers, by name. */
	@Transactional(readOnly = true)
	public List<Service> services() {
		var rows = limits.limited(() -> jdbc.sql("""
				select s.id, s.name, o.name as organization_name, p.id as phone_id, p.number, p.description
				from dir_service s
				join dir_organization o on o.id = s.organization_id
				join dir_phone p on p.service_id = s.id
				where s.status = 'active' and s.facets @> array[cast(:national as text)]
				order by s.name, s.id, p.number, p.id
				""")
			.param("national", "county:" + ServiceSearch.NATIONAL)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("organization_name"),
					new DirectoryService.Phone(rs.getObject("phone_id", UUID.class), rs.getString("number"),
							rs.getString("description"))))
			.list());
		var services = new LinkedHashMap<UUID, Service>();
		for (var row : rows) {
			services
				.computeIfAbsent(row.id(), id -> new Service(id, row.name(), row.organizationName(), new ArrayList<>()))
				.phones()
				.add(row.phone());
		}
		return List.copyOf(services.values());
	}

	/** A national service and the numbers to ring it on. */
	public record Service(UUID id, String name, String organizationName, List<DirectoryService.Phone> phones) {
	}

	private record Row(UUID id, String name, String organizationName, DirectoryService.Phone phone) {
	}

}
