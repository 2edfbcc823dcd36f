package org.familymatters.directory;

import java.io.Serial;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.directory.internal.PublicQueries;
import org.familymatters.directory.internal.Schedules;
import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Searches the directory in one query: full text with English stemming, name weighted
 * over description, tolerant of typing errors (each unknown word corrected to the closest
 * word the directory uses, by trigram similarity), combined with the filters. Only active
 * services are found. Every search runs under the public query timeout
 * ({@link PublicQueries}); one that runs out of time throws {@link TookTooLong}.
 */
@Service
public class ServiceSearch {

	/** Counties whose services are offered everywhere. */
	public static final String NATIONAL = "National";

	private final JdbcClient jdbc;

	private final PublicQueries limits;

	ServiceSearch(JdbcClient jdbc, PublicQueries limits) {
		this.jdbc = jdbc;
		this.limits = limits;
	}

	/**
	 * One page of the active services that match, best first.
	 * @throws TookTooLong when the database stopped the search
	 */
	@Transactional(readOnly = true)
	public Page<ServiceSummary> search(ServiceCriteria criteria) {
		return limits.limited(() -> searchNow(criteria));
	}

	private Page<ServiceSummary> searchNow(ServiceCriteria criteria) {
		var filter = filter(criteria);
		int size = Math.max(1, criteria.perPage());
		int page = Math.max(1, criteria.page());
		var rows = jdbc.sql(servicesQuery(filter))
			.params(filter.params(page, size))
			.query((rs, n) -> new Row<>(summary(rs), rs.getLong("total_items")))
			.list();
		long total = !rows.isEmpty() ? rows.get(0).total() : (page != 1) ? count("dir_service s", filter) : 0;
		return new Page<>(rows.stream().map(Row::item).toList(), page, size, total);
	}

	/**
	 * How PostgreSQL runs a search (EXPLAIN ANALYZE), for the benchmark and for finding
	 * slow searches.
	 */
	@Transactional(readOnly = true)
	public List<String> plan(ServiceCriteria criteria) {
		var filter = filter(criteria);
		return jdbc.sql("explain (analyze, buffers, costs off) " + servicesQuery(filter))
			.params(filter.params(Math.max(1, criteria.page()), Math.max(1, criteria.perPage())))
			.query(String.class)
			.list();
	}

	/**
	 * Ranks and counts the matching services reading only the indexed columns, then
	 * fetches the whole rows of the one page shown.
	 */
	private static String servicesQuery(Filter filter) {
		return filter.with("""
				matched as (
				    select s.id, %s as rank, count(*) over () as total_items
				    from dir_service s
				    where %s
				    order by rank desc, s.name, s.id
				    limit :limit offset :offset)
				select s.*, o.name as organization_name, o.description as organization_description, m.total_items
				from matched m
				join dir_service s on s.id = m.id
				join dir_organization o on o.id = s.organization_id
				order by m.rank desc, s.name, s.id
				""".formatted(filter.rank(), filter.where()));
	}

	/**
	 * Where the services that match are offered: one row for each service at each
	 * location.
	 * @throws TookTooLong when the database stopped the search
	 */
	@Transactional(readOnly = true)
	public Page<ServiceAtLocation> searchServiceAtLocations(ServiceCriteria criteria) {
		return limits.limited(() -> searchServiceAtLocationsNow(criteria));
	}

	private Page<ServiceAtLocation> searchServiceAtLocationsNow(ServiceCriteria criteria) {
		var filter = filter(criteria);
		int size = Math.max(1, criteria.perPage());
		int page = Math.max(1, criteria.page());
		var rows = jdbc.sql(filter.with("") + """
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
			.query((rs, n) -> new Row<>(
					new ServiceAtLocation(summary(rs),
							new DirectoryService.Location(rs.getObject("sal_id", UUID.class),
									rs.getObject("location_id", UUID.class), rs.getString("location_type"),
									rs.getString("location_name"), rs.getString("location_description"),
									rs.getString("location_url"), rs.getString("address_1"), rs.getString("city"),
									rs.getString("region"), rs.getString("postal_code"), rs.getString("country"),
									rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"))),
					rs.getLong("total_items")))
			.list();
		long total = !rows.isEmpty() ? rows.get(0).total() : (page != 1)
				? count("dir_service_at_location sal join dir_service s on s.id = sal.service_id", filter) : 0;
		return new Page<>(rows.stream().map(Row::item).toList(), page, size, total);
	}

	/**
	 * The searched words as a full-text query, each word the directory does not use
	 * replaced by the closest one it does (trigram similarity), so that "helpine" finds
	 * "helpline".
	 */
	private static final String SEARCHED = """
			searched as (
			    select plainto_tsquery('english', coalesce(string_agg(coalesce(
			               (select w.word from dir_search_word w where w.word = typed.word),
			               (select w.word from dir_search_word w where w.word % typed.word
			                order by w.word <-> typed.word limit 1),
			               typed.word), ' '), '')) as query
			    from regexp_split_to_table(dir_fold(:text), '[^[:alnum:]]+') as typed(word)
			    where typed.word <> '')
			""";

	private static Filter filter(ServiceCriteria criteria) {
		var where = new ArrayList<String>();
		Map<String, Object> params = new HashMap<>();
		where.add("s.status = 'active'");
		String rank = "0";
		if (StringUtils.hasText(criteria.text())) {
			params.put("text", criteria.text().strip());
			where.add("s.search @@ (select query from searched)");
			rank = "ts_rank(s.search, (select query from searched))";
		}
		var required = new ArrayList<String>();
		if (criteria.taxonomyTermId() != null) {
			required.add("term:" + criteria.taxonomyTermId());
		}
		if (criteria.taxonomyId() != null) {
			required.add("taxonomy:" + criteria.taxonomyId());
		}
		if (criteria.weekends()) {
			required.add("weekend");
		}
		if (criteria.day() != null) {
			required.add("day:" + Schedules.code(criteria.day()));
		}
		if (!required.isEmpty()) {
			params.put("required", required.toArray(String[]::new));
			where.add("s.facets @> cast(:required as text[])");
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
			params.put("national", "county:" + NATIONAL);
			where.add("s.facets && array['locality:' || cast(:locality as text), "
					+ "(select 'county:' || county from identity_locality where id = :locality), :national]");
		}
		if (StringUtils.hasText(criteria.county())) {
			params.put("inCounty", "in:" + criteria.county());
			params.put("national", "county:" + NATIONAL);
			where.add("s.facets && array[cast(:inCounty as text), :national]");
		}
		if (criteria.opensAtOrAfter() != null || criteria.closesAtOrBefore() != null) {
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

	/**
	 * A page past the last has no rows to carry the total: count it on its own (an empty
	 * first page has none).
	 */
	private long count(String from, Filter filter) {
		return jdbc.sql(filter.with("") + "select count(*) from " + from + " where " + filter.where())
			.params(filter.values())
			.query(Long.class)
			.single();
	}

	static ServiceSummary summary(ResultSet rs) throws SQLException {
		var checked = rs.getDate("last_checked_on");
		return new ServiceSummary(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("organization_name"), rs.getString("organization_description"), rs.getString("name"),
				rs.getString("description"), rs.getString("url"), rs.getString("email"), rs.getString("status"),
				rs.getString("fees"), (Integer) rs.getObject("minimum_age"), (Integer) rs.getObject("maximum_age"),
				rs.getString("eligibility_description"), rs.getString("alert"),
				(checked != null) ? checked.toLocalDate() : null, rs.getString("last_checked_by"),
				rs.getTimestamp("last_modified").toInstant());
	}

	/**
	 * The database stopped a search that ran longer than the public query timeout
	 * ({@code familymatters.directory.public-query-timeout}).
	 */
	public static final class TookTooLong extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		public TookTooLong(Throwable cause) {
			super("The search took longer than the public query timeout", cause);
		}

	}

	/** A service offered at one location. */
	public record ServiceAtLocation(ServiceSummary service, DirectoryService.Location location) {
	}

	private record Filter(List<String> conditions, Map<String, Object> values, String rank) {

		String where() {
			return String.join(" and ", conditions);
		}

		/**
		 * A WITH clause of the searched words (when there is text) and the given common
		 * table expressions, followed by the main query that the expressions end with.
		 */
		String with(String expressionsAndQuery) {
			var text = values.containsKey("text");
			if (expressionsAndQuery.isEmpty()) {
				return text ? "with " + SEARCHED : "";
			}
			return "with " + (text ? SEARCHED + ", " : "") + expressionsAndQuery;
		}

		Map<String, Object> params(int page, int size) {
			var params = new HashMap<>(values);
			params.put("limit", size);
			params.put("offset", (long) (page - 1) * size);
			return params;
		}

	}

	private record Row<T>(T item, long total) {
	}

}
