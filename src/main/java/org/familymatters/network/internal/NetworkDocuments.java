package org.familymatters.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's terms of reference and consent form: each a text in numbered versions, with
 * who wrote each and when. The coordinator writes a new version; a version is never
 * changed. A version written from a page that showed an older current version is refused
 * ({@link StaleSave}). Audited as NETWORK_DOCUMENT_WRITTEN.
 */
@Service
public class NetworkDocuments {

	/** The longest version, in characters. */
	public static final int MAX_LENGTH = 20_000;

	private static final String SELECT = """
			select d.number, d.body, u.display_name as written_by_name, d.written_at
			from network_document d join identity_user u on u.id = d.written_by
			where d.network_id = :network and d.kind = :kind
			""";

	private final JdbcClient jdbc;

	private final Networks networks;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	NetworkDocuments(JdbcClient jdbc, Networks networks, AuditTrail audit, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The current (latest) version; empty when none has been written. */
	@Transactional(readOnly = true)
	public Optional<Version> current(UUID networkId, DocumentKind kind) {
		return jdbc.sql(SELECT + " order by d.number desc limit 1")
			.param("network", networkId)
			.param("kind", kind.code())
			.query(Version.class)
			.optional();
	}

	/** Every version, newest first. */
	@Transactional(readOnly = true)
	public List<Version> versions(UUID networkId, DocumentKind kind) {
		return jdbc.sql(SELECT + " order by d.number desc")
			.param("network", networkId)
			.param("kind", kind.code())
			.query(Version.class)
			.list();
	}

	/**
	 * The coordinator writes the next version, having seen version {@code seen} as the
	 * current one (0 when there was none). Answers the new version's number.
	 */
	@Transactional
	public int write(UUID networkId, DocumentKind kind, int seen, String body) {
		var user = currentUser.get().id();
		networks.requireCoordinator(networkId, user);
		int latest = current(networkId, kind).map(Version::number).orElse(0);
		if (latest != seen) {
			throw new StaleSave("network document", networkId + "/" + kind.code());
		}
		try {
			jdbc.sql("""
					insert into network_document (network_id, kind, number, body, written_by, written_at)
					values (:network, :kind, :number, :body, :by, :at)
					""")
				.param("network", networkId)
				.param("kind", kind.code())
				.param("number", latest + 1)
				.param("body", body)
				.param("by", user)
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new StaleSave("network document", networkId + "/" + kind.code());
		}
		audit.record(
				AuditEntry
					.allowed(NetworkAudit.NETWORK_DOCUMENT_WRITTEN, "network", networkId, Basis.ROLE,
							NetworkMembers.COORDINATOR)
					.withDetail(kind.code() + " version " + (latest + 1)));
		return latest + 1;
	}

	/**
	 * One version of a document.
	 *
	 * @param number its number, from 1
	 * @param body its text
	 * @param writtenByName who wrote it
	 * @param writtenAt when
	 */
	public record Version(int number, String body, String writtenByName, Instant writtenAt) {
	}

}
