package org.familymatters.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Searches the directory in one query: full text with English stemming, name weighted over
 * description, tolerant of typing errors (trigram word similarity), combined with the filters.
 * Only active services are found.
 */
@Service
public class ServiceSearch {

	/** Counties whose services are offered everywhere. */
	public static final String NATIONAL = "National";

	private final JdbcClient jdbc;

	ServiceSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Page<ServiceSummary> search(ServiceCriteria criteria) {
		var filter = filter(criteria);
		int size = Math.max(1, criteria.perPage());
		int page = Math.max(1, criteria.page());
		var params = filter.params(page, size);
		var rows = jdbc.sql("""
				select s.*, o.name as organization_name, o.description as organization_description,
				       count(*) over () as total_items, %s as rank
				from dir_service s join dir_organization o on o.id = s.organization_id
				where %s
				order by rank desc, s.name, s.id
				limit :limit offset :offset
				""".formatted(filter.rank(), filter.where()))
			.params(params)
			.query((rs, n) -> new Row<>(summary(rs), rs.getLong("total_items")))
			.list();
		long total = rows.isEmpty() ? count("dir_service s", filter) : rows.get(0).total();
		return new Page<>(rows.stream().map(Row::item).toList(), page, size, total);
	}

	/** Where the services that match are offered: one row for each service at each location. */
	@Transactional(readOnly = true)
	public Page<ServiceAtLocation> searchServiceAtLocations(ServiceCriteria criteria) {
		var filter = filter(criteria);
		int size = Math.max(1, criteria.perPage());
		int page = Math.max(1, criteria.page());
		var rows = jdbc.sql("""
				select sal.id as sal_id, l.id as location_id, l.location_type, l.name as location_name,
				       l.description as location_description, l.url as location_url, l.address_1, l.city, l.region,
				       l.postal_code, l.country, l.latitude, l.longitude,
				       s.*, o.name as organization_name, o.description as organization_description,
				       count(*) over () as total_items, %s as rank
				from dir_service_at_location sal
				join dir_service s on s.id = sal.service_id
				join dir_organization o on o.id = s.organization_id
				join dir_location l on l.id = sal.location_id
				where %s
				order by rank desc, s.name, sal.id
				limit :limit offset :offset
				""".formatted(filter.rank(), filter.where()))
			.params(filter.params(page, size))
			.query((rs, n) -> new Row<>(new ServiceAtLocation(summary(rs), new DirectoryService.Location(
					rs.getObject("sal_id", UUID.class), rs.getObject("location_id", UUID.class),
					rs.getString("location_type"), rs.getString("location_name"), rs.getString("location_description"),
					rs.getString("location_url"), rs.getString("address_1"), rs.getString("city"),
					rs.getString("region"), rs.getString("postal_code"), rs.getString("country"),
					rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"))), rs.getLong("total_items")))
			.list();
		long total = rows.isEmpty() ? count("dir_service_at_location sal join dir_service s on s.id = sal.service_id", filter)
				: rows.get(0).total();
		return new Page<>(rows.stream().map(Row::item).toList(), page, size, total);
	}

	/** A service offered at one location. */
	public record ServiceAtLocation(ServiceSummary service, DirectoryService.Location location) {
	}

	private record Filter(List<String> conditions, Map<String, Object> values, String rank) {

		String where() {
			return String.join(" and ", conditions);
		}

		Map<String, Object> params(int page, int size) {
			var params = new HashMap<>(values);
			params.put("limit", size);
			params.put("offset", (long) (page - 1) * size);
			return params;
		}

	}

	private static Filter filter(ServiceCriteria criteria) {
		var where = new ArrayList<String>();
		Map<String, Object> params = new HashMap<>();
		where.add("s.status = 'active'");
		String rank = "0";
		if (StringUtils.hasText(criteria.text())) {
			params.put("text", criteria.text().strip());
			where.add("(s.search @@ websearch_to_tsquery('english', dir_fold(:text)) "
					+ "or dir_fold(:text) <% s.search_text)");
			rank = "ts_rank(s.search, websearch_to_tsquery('english', dir_fold(:text))) "
					+ "+ word_similarity(dir_fold(:text), s.search_text)";
		}
		if (criteria.taxonomyTermId() != null) {
			params.put("term", criteria.taxonomyTermId());
			where.add("exists (select 1 from dir_attribute a where a.link_id = s.id and a.taxonomy_term_id = :term)");
		}
		if (criteria.taxonomyId() != null) {
			params.put("taxonomy", criteria.taxonomyId());
			where.add("exists (select 1 from dir_attribute a join dir_taxonomy_term t on t.id = a.taxonomy_term_id "
					+ "where a.link_id = s.id and t.taxonomy_id = :taxonomy)");
		}
		if (criteria.forAge() != null) {
			params.put("age", criteria.forAge());
			where.add("coalesce(s.minimum_age, 0) <= :age and coalesce(s.maximum_age, 120) >= :age");
		}
		if (criteria.minimumAgeAtLeast() != null) {
			params.put("minimumAge", criteria.minimumAgeAtLeast());
			where.add("s.minimum_age >= :minimumAge");
		}
		if (criteria.maximumAgeAtMost() != null) {
			params.put("maximumAge", criteria.maximumAgeAtMost());
			where.add("s.maximum_age <= :maximumAge");
		}
		if (criteria.localityId() != null) {
			params.put("locality", criteria.localityId());
			params.put("national", NATIONAL);
			where.add("exists (select 1 from dir_service_area a where a.service_id = s.id and (a.locality_id = :locality "
					+ "or (a.locality_id is null and a.county in ((select county from locality where id = :locality), "
					+ ":national))))");
		}
		if (StringUtils.hasText(criteria.county())) {
			params.put("county", criteria.county());
			params.put("national", NATIONAL);
			where.add("exists (select 1 from dir_service_area a where a.service_id = s.id "
					+ "and a.county in (:county, :national))");
		}
		if (criteria.weekends()) {
			where.add("exists (select 1 from dir_schedule d where d.service_id = s.id and d.byday in ('SA', 'SU'))");
		}
		if (criteria.day() != null || criteria.opensAtOrAfter() != null || criteria.closesAtOrBefore() != null) {
			var schedule = new ArrayList<String>();
			schedule.add("d.service_id = s.id");
			if (criteria.day() != null) {
				params.put("day", Schedules.code(criteria.day()));
				schedule.add("d.byday = :day");
			}
			if (criteria.opensAtOrAfter() != null) {
				params.put("opens", Time.valueOf(criteria.opensAtOrAfter()));
				schedule.add("d.opens_at >= :opens");
			}
			if (criteria.closesAtOrBefore() != null) {
				params.put("closes", Time.valueOf(criteria.closesAtOrBefore()));
				schedule.add("d.closes_at <= :closes");
			}
			where.add("exists (select 1 from dir_schedule d where " + String.join(" and ", schedule) + ")");
		}
		return new Filter(where, params, rank);
	}

	/** A page past the last has no rows to carry the total: count it on its own. */
	private long count(String from, Filter filter) {
		return jdbc.sql("select count(*) from " + from + " where " + filter.where())
			.params(filter.values())
			.query(Long.class)
			.single();
	}

	private record Row<T>(T item, long total) {
	}

	static ServiceSummary summary(ResultSet rs) throws SQLException {
		var checked = rs.getDate("last_checked_on");
		return new ServiceSummary(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("organization_name"), rs.getString("organization_description"), rs.getString("name"),
				rs.getString("description"), rs.getString("url"), rs.getString("email"), rs.getString("status"),
				rs.getString("fees"), (Integer) rs.getObject("minimum_age"), (Integer) rs.getObject("maximum_age"),
				rs.getString("eligibility_description"), rs.getString("alert"),
				checked == null ? null : checked.toLocalDate(), rs.getString("last_checked_by"),
				rs.getTimestamp("last_modified").toInstant());
	}

}
