package org.familymatters.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Reads the audit trail back, for administrators' page, export and API. */
@Service
public class AuditSearch {

	/** Rows fetched from the database at a time by an export, however many it writes. */
	static final int EXPORT_FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	AuditSearch(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(EXPORT_FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(template);
	}

	/**
	 * Finds events, newest first: one page, with the count of all that match (a page past
	 * the last is empty).
	 */
	@Transactional(readOnly = true)
	public Page<AuditEvent> search(AuditQuery query) {
		var where = Where.of(query);
		long total = count(where);
		int size = Math.max(1, query.pageSize());
		int page = Math.max(1, query.page());
		List<AuditEvent> events = jdbc
			.sql("select * from audit_event" + where.condition()
					+ " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(where.params())
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query(AuditSearch::event)
			.list();
		return new Page<>(events, page, size, total);
	}

	/** How many events match, on every page. */
	@Transactional(readOnly = true)
	public long count(AuditQuery query) {
		return count(Where.of(query));
	}

	/**
	 * Hands every event that matches to {@code each}, newest first, fetched a few hundred
	 * at a time however many there are: for an export of the whole of a search.
	 */
	@Transactional(readOnly = true)
	public void forEach(AuditQuery query, Consumer<AuditEvent> each) {
		var where = Where.of(query);
		streaming.query("select * from audit_event" + where.condition() + " order by occurred_at desc, id desc",
				where.params(), (RowCallbackHandler) rs -> each.accept(event(rs, rs.getRow())));
	}

	/**
	 * The kinds of record the trail names, in order ({@code family}, {@code user} …),
	 * read from its index one kind at a time.
	 */
	@Transactional(readOnly = true)
	public List<String> recordTypes() {
		return jdbc.sql("""
				with recursive kinds (record_type) as (
				    (select record_type from audit_event where record_type is not null order by record_type limit 1)
				    union all
				    select (select e.record_type from audit_event e
				            where e.record_type > kinds.record_type order by e.record_type limit 1)
				    from kinds where kinds.record_type is not null
				)
				select record_type from kinds where record_type is not null
				""").query(String.class).list();
	}

	/** How many events a day holds, and how many of them were refusals. */
	@Transactional(readOnly = true)
	public DayCounts day(LocalDate day) {
		return jdbc.sql("""
				select count(*) as events, count(*) filter (where outcome = 'REFUSED') as refused
				from audit_event where occurred_at >= :from and occurred_at < :to
				""")
			.param("from", Timestamp.from(day.atStartOfDay(ServiceTime.ZONE).toInstant()))
			.param("to", Timestamp.from(day.plusDays(1).atStartOfDay(ServiceTime.ZONE).toInstant()))
			.query((rs, n) -> new DayCounts(rs.getLong("events"), rs.getLong("refused")))
			.single();
	}

	private long count(Where where) {
		return jdbc.sql("select count(*) from audit_event" + where.condition())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	private static AuditEvent event(ResultSet rs, int row) throws SQLException {
		return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getString("actor_username"), rs.getString("action"),
				rs.getString("outcome"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("basis"),
				rs.getString("basis_reference"), rs.getString("detail"), rs.getObject("api_token_id", UUID.class));
	}

	/** How many events a day holds, and how many were refused. */
	public record DayCounts(long events, long refused) {
	}

	/** A query's conditions as SQL, with their parameters. */
	private record Where(String condition, Map<String, Object> params) {

		private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

		private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

		static Where of(AuditQuery query) {
			var where = new ArrayList<String>();
			Map<String, Object> params = new HashMap<>();
			if (StringUtils.hasText(query.actor())) {
				where.add("actor_username = :actor");
				params.put("actor", query.actor().strip().toLowerCase());
			}
			if (StringUtils.hasText(query.action())) {
				where.add("action = :action");
				params.put("action", query.action().strip().toUpperCase());
			}
			if (StringUtils.hasText(query.recordType())) {
				where.add("record_type = :recordType");
				params.put("recordType", query.recordType().strip().toLowerCase());
			}
			if (StringUtils.hasText(query.recordId())) {
				where.add("record_id = :recordId");
				params.put("recordId", query.recordId().strip());
			}
			if (query.from() != null) {
				where.add("occurred_at >= :from");
				params.put("from", startOf(query.from()));
			}
			if (query.to() != null) {
				where.add("occurred_at < :to");
				params.put("to", startOf((query.to().isBefore(LAST_DAY)) ? query.to().plusDays(1) : LAST_DAY));
			}
			if (query.outcome() != null) {
				where.add("outcome = :outcome");
				params.put("outcome", query.outcome().name());
			}
			return new Where(where.isEmpty() ? "" : " where " + String.join(" and ", where), params);
		}

		/**
		 * The start of a day in the service's zone, a day outside the years 1 to 9999
		 * taken as the nearest of them (nothing is recorded outside them).
		 */
		private static Timestamp startOf(LocalDate day) {
			var within = day;
			if (within.isBefore(FIRST_DAY)) {
				within = FIRST_DAY;
			}
			if (within.isAfter(LAST_DAY)) {
				within = LAST_DAY;
			}
			return Timestamp.from(within.atStartOfDay(ServiceTime.ZONE).toInstant());
		}

	}

}
