package org.familymatters.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that writes the audit trail. An entry joins the caller's transaction, so
 * a change and its audit event are committed, or rolled back, together; it is recorded at
 * the service's time (its {@link Clock}). What a client does through an API token is
 * recorded against the token as well as its user.
 */
@Service
public class AuditTrail {

	private static final String INSERT = """
			insert into audit_event (occurred_at, actor_id, actor_username, action, outcome, record_type, record_id,
			                         basis, basis_reference, detail, api_token_id)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final CurrentUser currentUser;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JdbcTemplate batches, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** Records an entry on behalf of whoever is signed in now (or "anonymous"). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		if (entry.basis() == Basis.SYSTEM) {
			recordAs(null, "system", entry);
			return;
		}
		var user = currentUser.find();
		write(user.map(SignedInUser::id).orElse(null), currentUser.name(),
				user.flatMap(SignedInUser::apiTokenId).orElse(null), entry);
	}

	/**
	 * Records several entries on behalf of whoever is signed in now, in one round trip to
	 * the database: for a list that shows many records (each family of a caseload page,
	 * each action of a list), each of which must be audited.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAll(List<AuditEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		var user = currentUser.find();
		var actorId = user.map(SignedInUser::id).orElse(null);
		var actorName = currentUser.name();
		var apiTokenId = user.flatMap(SignedInUser::apiTokenId).orElse(null);
		var at = Timestamp.from(clock.instant());
		batches.batchUpdate(INSERT, entries, entries.size(), (statement, entry) -> {
			boolean system = entry.basis() == Basis.SYSTEM;
			statement.setTimestamp(1, at);
			statement.setObject(2, system ? null : actorId);
			statement.setString(3, system ? "system" : actorName);
			statement.setString(4, entry.action().name());
			statement.setString(5, entry.allowed() ? "ALLOWED" : "REFUSED");
			statement.setString(6, entry.recordType());
			statement.setString(7, entry.recordId());
			statement.setString(8, entry.basis().name());
			statement.setString(9, entry.basisReference());
			statement.setString(10, entry.detail());
			statement.setObject(11, system ? null : apiTokenId);
		});
	}

	/**
	 * Records an entry for a named actor, for events where nobody is signed in yet (a
	 * sign-in attempt).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(UUID actorId, String actorName, AuditEntry entry) {
		write(actorId, actorName, null, entry);
	}

	private void write(UUID actorId, String actorName, UUID apiTokenId, AuditEntry entry) {
		jdbc.sql("""
				insert into audit_event (occurred_at, actor_id, actor_username, action, outcome, record_type, record_id,
				                         basis, basis_reference, detail, api_token_id)
				values (:occurredAt, :actorId, :actorName, :action, :outcome, :recordType, :recordId, :basis,
				        :basisReference, :detail, :apiTokenId)
				""")
			.param("occurredAt", Timestamp.from(clock.instant()))
			.param("actorId", actorId)
			.param("actorName", actorName)
			.param("action", entry.action().name())
			.param("outcome", entry.allowed() ? "ALLOWED" : "REFUSED")
			.param("recordType", entry.recordType())
			.param("recordId", entry.recordId())
			.param("basis", entry.basis().name())
			.param("basisReference", entry.basisReference())
			.param("detail", entry.detail())
			.param("apiTokenId", apiTokenId)
			.update();
	}

}
