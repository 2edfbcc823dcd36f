package org.familymatters.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Reads audit events as the chain sees them. */
final class ChainEvents {

	static final String COLUMNS = """
			id, occurred_at, actor_id, actor_username, action, outcome, record_type, record_id, basis, basis_reference,
			detail, api_token_id, chain_position, prev_hash, hash""";

	/** The advisory lock that sealing and removal take, in their transactions. */
	static final String LOCK = "select pg_advisory_xact_lock(hashtext('audit_event chain'))";

	private ChainEvents() {
	}

	static ChainEvent map(ResultSet rs, int row) throws SQLException {
		long stored = rs.getLong("chain_position");
		Long position = rs.wasNull() ? null : stored;
		return new ChainEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getString("actor_username"), rs.getString("action"),
				rs.getString("outcome"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("basis"),
				rs.getString("basis_reference"), rs.getString("detail"), rs.getObject("api_token_id", UUID.class),
				position, rs.getBytes("prev_hash"), rs.getBytes("hash"));
	}

}
