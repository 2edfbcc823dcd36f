package org.familymatters.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Reads the audit trail back, for administrators' page and API. */
@Service
public class AuditSearch {

	private final JdbcClient jdbc;

	AuditSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Finds events, newest first. */
	@Transactional(readOnly = true)
	public Page<AuditEvent> search(AuditQuery query) {
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
			params.put("from", Timestamp.from(query.from().atStartOfDay(ServiceTime.ZONE).toInstant()));
		}
		if (query.to() != null) {
			where.add("occurred_at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(ServiceTime.ZONE).toInstant()));
		}
		var condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = jdbc.sql("select count(*) from audit_event" + condition).params(params).query(Long.class).single();
		int size = Math.max(1, query.pageSize());
		int page = Math.max(1, query.page());
		List<AuditEvent> events = jdbc
			.sql("select * from audit_event" + condition
					+ " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query(AuditSearch::event)
			.list();
		return new Page<>(events, page, size, total);
	}

	private static AuditEvent event(ResultSet rs, int row) throws SQLException {
		return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getString("actor_username"), rs.getString("action"),
				rs.getString("outcome"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("basis"),
				rs.getString("basis_reference"), rs.getString("detail"), rs.getObject("api_token_id", UUID.class));
	}

}
