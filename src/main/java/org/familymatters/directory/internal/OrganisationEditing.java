package org.familymatters.directory.internal;

import java.io.Serial;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.Page;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the staff who keep the directory do to the organisations that run its services:
 * add and change them, archive them (with their services) and restore them. Every change
 * is audited, and a change to an organisation someone else has saved since it was opened
 * is refused ({@link StaleSave}).
 */
@Service
public class OrganisationEditing {

	private static final String RECORD = "directory_organisation";

	private static final String ROW = """
			select o.*, (select count(*) from dir_service s where s.organization_id = o.id and s.status <> 'defunct') as services
			from dir_organization o
			""";

	private final JdbcClient jdbc;

	private final ServiceWriter writer;

	private final AuditTrail audit;

	private final DirectoryEditor editor;

	private final Clock clock;

	OrganisationEditing(JdbcClient jdbc, ServiceWriter writer, AuditTrail audit, DirectoryEditor editor, Clock clock) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.audit = audit;
		this.editor = editor;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<OrganizationRow> organizations(boolean includeArchived) {
		return jdbc.sql(ROW + " where :all or not o.archived order by lower(o.name), o.id")
			.param("all", includeArchived)
			.query((rs, n) -> organization(rs))
			.list();
	}

	/**
	 * One page of the organisations whose name holds the text (every one when it is
	 * null), archived ones too, by name.
	 */
	@Transactional(readOnly = true)
	public Page<OrganizationRow> organizations(String text, int page, int size) {
		var where = (text != null) ? " where o.name ilike :text" : "";
		var params = new HashMap<String, Object>();
		if (text != null) {
			params.put("text", Like.containing(text));
		}
		long total = jdbc.sql("select count(*) from dir_organization o" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) (page - 1) * size);
		var items = jdbc.sql(ROW + where + " order by lower(o.name), o.id limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> organization(rs))
			.list();
		return new Page<>(items, page, size, total);
	}

	@Transactional(readOnly = true)
	public Optional<OrganizationRow> organization(UUID id) {
		return jdbc.sql(ROW + " where o.id = :id").param("id", id).query((rs, n) -> organization(rs)).optional();
	}

	private static OrganizationRow organization(ResultSet rs) throws SQLException {
		return new OrganizationRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
				rs.getString("email"), rs.getString("website"), rs.getBoolean("archived"), rs.getLong("services"),
				rs.getLong("version"));
	}

	/**
	 * Adds an organisation.
	 * @throws NameTaken when another organisation has the name
	 */
	@Transactional
	public UUID createOrganization(OrganisationChanges changes) {
		var id = UUID.randomUUID();
		save(id, changes);
		audit.record(AuditEntry.allowed(DirectoryAudit.DIRECTORY_ORGANISATION_CREATED, RECORD, id, Basis.ROLE,
				editor.basis()));
		return id;
	}

	/**
	 * Changes an organisation.
	 * @throws NameTaken when another organisation has the name
	 * @throws StaleSave when someone else saved it since {@code version}
	 */
	@Transactional
	public void updateOrganization(UUID id, long version, OrganisationChanges changes) {
		lockAtVersion(id, version);
		save(id, changes);
		audit.record(AuditEntry.allowed(DirectoryAudit.DIRECTORY_ORGANISATION_UPDATED, RECORD, id, Basis.ROLE,
				editor.basis()));
	}

	private void save(UUID id, OrganisationChanges changes) {
		try {
			writer.saveOrganization(id, changes.name().strip(), blankToEmpty(changes.description()),
					Input.trimmed(changes.email()), Input.trimmed(changes.website()));
		}
		catch (DuplicateKeyException ex) {
			throw new NameTaken();
		}
	}

	/** Archives the organisation and every service of it still running; both are kept. */
	@Transactional
	public int archiveOrganization(UUID id, long version) {
		lockAtVersion(id, version);
		jdbc.sql(
				"update dir_organization set archived = true, last_modified = :now, version = version + 1 where id = :id")
			.param("id", id)
			.param("now", now())
			.update();
		int services = jdbc.sql("""
				update dir_service set status = 'defunct', last_modified = :now, version = version + 1
				where organization_id = :id and status <> 'defunct'
				""").param("id", id).param("now", now()).update();
		audit.record(AuditEntry
			.allowed(DirectoryAudit.DIRECTORY_ORGANISATION_ARCHIVED, RECORD, id, Basis.ROLE, editor.basis())
			.withDetail(services + " services archived with it"));
		return services;
	}

	@Transactional
	public void restoreOrganization(UUID id, long version) {
		lockAtVersion(id, version);
		jdbc.sql(
				"update dir_organization set archived = false, last_modified = :now, version = version + 1 where id = :id")
			.param("id", id)
			.param("now", now())
			.update();
		audit.record(AuditEntry.allowed(DirectoryAudit.DIRECTORY_ORGANISATION_RESTORED, RECORD, id, Basis.ROLE,
				editor.basis()));
	}

	private void lockAtVersion(UUID id, long version) {
		var current = jdbc.sql("select version from dir_organization where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.optional();
		if (current.isEmpty() || current.get() != version) {
			throw new StaleSave("directory organisation", id);
		}
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}

	private static String blankToEmpty(String value) {
		return (value != null) ? value.strip() : "";
	}

	/** What the organisation form sets. */
	public record OrganisationChanges(String name, String description, String email, String website) {
	}

	/** An organisation as staff see it. */
	public record OrganizationRow(UUID id, String name, String description, String email, String website,
			boolean archived, long services, long version) {
	}

	/** Thrown when another organisation already has the name. */
	public static class NameTaken extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		public NameTaken() {
			super("Another organisation has this name");
		}

	}

}
