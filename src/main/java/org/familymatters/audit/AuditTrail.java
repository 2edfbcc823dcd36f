package org.familymatters.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The one place that writes the audit trail. An entry joins the caller's transaction, so
 * a change and its audit event are committed, or rolled back, together.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	AuditTrail(JdbcClient jdbc, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
	}

	/** Records an entry on behalf of whoever is signed in now (or "anonymous"). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		if (entry.basis() == Basis.SYSTEM) {
			recordAs(null, "system", entry);
			return;
		}
		var user = currentUser.find();
		recordAs(user.map(SignedInUser::id).orElse(null), currentUser.name(), entry);
	}

	/**
	 * Records an entry for a named actor, for events where nobody is signed in yet (a
	 * sign-in attempt).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(UUID actorId, String actorName, AuditEntry entry) {
		jdbc.sql("""
				insert into audit_event (actor_id, actor_username, action, outcome, record_type, record_id, basis,
				                         basis_reference, detail)
				values (:actorId, :actorName, :action, :outcome, :recordType, :recordId, :basis, :basisReference,
				        :detail)
				""")
			.param("actorId", actorId)
			.param("actorName", actorName)
			.param("action", entry.action().name())
			.param("outcome", entry.allowed() ? "ALLOWED" : "REFUSED")
			.param("recordType", entry.recordType())
			.param("recordId", entry.recordId())
			.param("basis", entry.basis().name())
			.param("basisReference", entry.basisReference())
			.param("detail", entry.detail())
			.update();
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
			.query(AuditTrail::event)
			.list();
		return new Page<>(events, page, size, total);
	}

	private static AuditEvent event(ResultSet rs, int row) throws SQLException {
		return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getString("actor_username"), rs.getString("action"),
				rs.getString("outcome"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("basis"),
				rs.getString("basis_reference"), rs.getString("detail"));
	}

}
