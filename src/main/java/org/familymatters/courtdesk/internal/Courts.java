package org.familymatters.courtdesk.internal;

import java.io.Serial;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.web.NotFound;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courts, as reference data: Reading, Oxford and Aylesbury to start; an administrator
 * adds, changes, archives and restores them. Every change is audited; a change made on an
 * old version of the court is refused ({@link StaleSave}).
 */
@Service
public class Courts {

	/** Reading Crown Court, from the first migration of court desks. */
	public static final UUID READING = UUID.fromString("c0000000-0000-4000-8000-000000000001");

	/** Oxford Crown Court. */
	public static final UUID OXFORD = UUID.fromString("c0000000-0000-4000-8000-000000000002");

	/** Aylesbury Crown Court. */
	public static final UUID AYLESBURY = UUID.fromString("c0000000-0000-4000-8000-000000000003");

	private static final String COLUMNS = "id, name, town, address, archived, version";

	private static final String RECORD = "court";

	private static final String AS_ADMINISTRATOR = "ADMINISTRATOR";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Courts(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Every court, archived ones last, by name. */
	@Transactional(readOnly = true)
	public List<Court> all() {
		return jdbc.sql("select " + COLUMNS + " from court order by archived, name").query(Court.class).list();
	}

	/** The courts that take new sessions and contacts, by name. */
	@Transactional(readOnly = true)
	public List<Court> active() {
		return jdbc.sql("select " + COLUMNS + " from court where not archived order by name").query(Court.class).list();
	}

	@Transactional(readOnly = true)
	public Optional<Court> find(UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from court where id = :id")
			.param("id", id)
			.query(Court.class)
			.optional();
	}

	/** Adds a court; its name must differ from every other court's, whatever the case. */
	@Transactional
	public Court add(String name, String town, String address) {
		requireUniqueName(name, null);
		var id = UUID.randomUUID();
		try {
			jdbc.sql("insert into court (id, name, town, address) values (:id, :name, :town, :address)")
				.param("id", id)
				.param("name", name.strip())
				.param("town", town.strip())
				.param("address", blankToNull(address))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another administrator added the same name meanwhile.
			throw new NameTaken();
		}
		audit.record(AuditEntry.allowed(CourtDeskAudit.COURT_ADDED, RECORD, id, Basis.ROLE, AS_ADMINISTRATOR));
		return find(id).orElseThrow();
	}

	/**
	 * Changes a court's name, town and address, as of the version the administrator saw.
	 */
	@Transactional
	public Court change(UUID id, long version, String name, String town, String address) {
		find(id).orElseThrow(() -> new NotFound(RECORD, id));
		requireUniqueName(name, id);
		int changed;
		try {
			changed = jdbc.sql("""
					update court set name = :name, town = :town, address = :address, version = version + 1
					where id = :id and version = :version
					""")
				.param("id", id)
				.param("version", version)
				.param("name", name.strip())
				.param("town", town.strip())
				.param("address", blankToNull(address))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new NameTaken();
		}
		if (changed == 0) {
			throw new StaleSave(RECORD, id);
		}
		audit.record(AuditEntry.allowed(CourtDeskAudit.COURT_CHANGED, RECORD, id, Basis.ROLE, AS_ADMINISTRATOR));
		return find(id).orElseThrow();
	}

	/**
	 * Archives a court (no new sessions or contacts; its history stays) or restores it.
	 */
	@Transactional
	public Court setArchived(UUID id, long version, boolean archived) {
		find(id).orElseThrow(() -> new NotFound(RECORD, id));
		int changed = jdbc.sql("""
				update court set archived = :archived, version = version + 1 where id = :id and version = :version
				""").param("id", id).param("version", version).param("archived", archived).update();
		if (changed == 0) {
			throw new StaleSave(RECORD, id);
		}
		audit.record(AuditEntry.allowed(archived ? CourtDeskAudit.COURT_ARCHIVED : CourtDeskAudit.COURT_RESTORED,
				RECORD, id, Basis.ROLE, AS_ADMINISTRATOR));
		return find(id).orElseThrow();
	}

	private void requireUniqueName(String name, UUID self) {
		var clash = jdbc.sql("select id from court where lower(name) = lower(:name)")
			.param("name", name.strip())
			.query(UUID.class)
			.optional();
		if (clash.isPresent() && !clash.get().equals(self)) {
			throw new NameTaken();
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** Another court already has that name. */
	public static class NameTaken extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		NameTaken() {
			super("There is already a court with that name");
		}

	}

}
