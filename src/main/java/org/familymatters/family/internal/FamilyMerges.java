package org.familymatters.family.internal;

import java.io.Serial;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.security.AdministratorsOnly;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two records of the same person, or of the same family, and undoing it.
 * Administrators only. Nothing is deleted: the merged record keeps its row and points at
 * the one it joined, and the {@code merge} log remembers exactly what moved, so an undo
 * puts it all back. Each merge and undo is audited.
 * <ul>
 * <li>A person merged into another: their custody episodes move to the person kept.</li>
 * <li>A family merged into another: its people, timeline, attachments and what stands in
 * the way of contact move to the family kept. Its consents and safeguarding decisions
 * stay with it, as they were given for that record.</li>
 * </ul>
 */
@Service
@AdministratorsOnly
public class FamilyMerges {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	FamilyMerges(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The most recent merges first. */
	@Transactional(readOnly = true)
	public List<Merge> recent(int limit) {
		return jdbc
			.sql("""
					select m.*, b.display_name as merged_by_name, u.display_name as undone_by_name,
					       case m.kind when 'family' then (select reference from family where id = m.kept_id)
					                   else (select f.reference from person p join family f on f.id = p.family_id where p.id = m.kept_id) end as kept_label,
					       case m.kind when 'family' then (select reference from family where id = m.merged_id)
					                   else (select f.reference from person p join family f on f.id = p.family_id where p.id = m.merged_id) end as merged_label
					from merge m
					left join identity_user b on b.id = m.merged_by
					left join identity_user u on u.id = m.undone_by
					order by m.merged_at desc, m.id limit :limit
					""")
			.param("limit", limit)
			.query((rs, n) -> new Merge(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getObject("kept_id", UUID.class), rs.getString("kept_label"),
					rs.getObject("merged_id", UUID.class), rs.getString("merged_label"), rs.getString("reason"),
					rs.getString("merged_by_name"), rs.getTimestamp("merged_at").toInstant(),
					rs.getString("undone_by_name"),
					(rs.getTimestamp("undone_at") != null) ? rs.getTimestamp("undone_at").toInstant() : null,
					rs.getLong("version")))
			.list();
	}

	/**
	 * The family with a reference such as FM-000012, if it is on record and not merged.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> familyByReference(String reference) {
		if (reference == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id from family where reference = upper(:reference) and merged_into is null")
			.param("reference", reference.strip())
			.query(UUID.class)
			.optional();
	}

	/** Merges one person into another; returns the merge's id. */
	@Transactional
	public UUID mergePeople(UUID keptId, UUID mergedId, String reason, UUID administratorId) {
		if (keptId.equals(mergedId)) {
			throw new Refused("merge.same");
		}
		if (activePerson(keptId).isEmpty() || activePerson(mergedId).isEmpty()) {
			throw new Refused("merge.person.unknown");
		}
		var custody = jdbc.sql("select id from custody_episode where person_id = :merged")
			.param("merged", mergedId)
			.query(UUID.class)
			.list();
		jdbc.sql("update custody_episode set person_id = :kept, version = version + 1 where person_id = :merged")
			.param("kept", keptId)
			.param("merged", mergedId)
			.update();
		jdbc.sql("update person set merged_into = :kept, version = version + 1 where id = :merged")
			.param("kept", keptId)
			.param("merged", mergedId)
			.update();
		var id = log("person", keptId, mergedId, reason, List.of(), custody, List.of(), List.of(), administratorId);
		touchFamiliesOf(keptId, mergedId);
		audit.record(new AuditEntry(FamilyAudit.PERSON_MERGED, true, "person", mergedId.toString(), Basis.ROLE,
				"ADMINISTRATOR", "merged into " + keptId + "; merge " + id));
		return id;
	}

	/** Merges one family into another; returns the merge's id. */
	@Transactional
	public UUID mergeFamilies(UUID keptId, UUID mergedId, String reason, UUID administratorId) {
		if (keptId.equals(mergedId)) {
			throw new Refused("merge.same");
		}
		var active = jdbc.sql("select count(*) from family where id in (:kept, :merged) and merged_into is null")
			.param("kept", keptId)
			.param("merged", mergedId)
			.query(Long.class)
			.single();
		if (active != 2) {
			throw new Refused("merge.family.unknown");
		}
		var people = jdbc.sql("select id from person where family_id = :merged")
			.param("merged", mergedId)
			.query(UUID.class)
			.list();
		var timeline = jdbc.sql("select id from timeline_entry where family_id = :merged")
			.param("merged", mergedId)
			.query(UUID.class)
			.list();
		var files = jdbc.sql("select id from attachment where family_id = :merged")
			.param("merged", mergedId)
			.query(UUID.class)
			.list();
		var barriers = jdbc.sql("select id from contact_barrier where family_id = :merged")
			.param("merged", mergedId)
			.query(UUID.class)
			.list();
		jdbc.sql("update person set family_id = :kept, version = version + 1 where family_id = :merged")
			.param("kept", keptId)
			.param("merged", mergedId)
			.update();
		jdbc.sql("update timeline_entry set family_id = :kept where family_id = :merged")
			.param("kept", keptId)
			.param("merged", mergedId)
			.update();
		jdbc.sql("update attachment set family_id = :kept where family_id = :merged")
			.param("kept", keptId)
			.param("merged", mergedId)
			.update();
		jdbc.sql("update contact_barrier set family_id = :kept where family_id = :merged")
			.param("kept", keptId)
			.param("merged", mergedId)
			.update();
		jdbc.sql("update family set merged_into = :kept, version = version + 1, updated_at = :now where id = :merged")
			.param("kept", keptId)
			.param("merged", mergedId)
			.param("now", now())
			.update();
		jdbc.sql("update family set version = version + 1, updated_at = :now where id = :kept")
			.param("kept", keptId)
			.param("now", now())
			.update();
		var id = log("family", keptId, mergedId, reason, people, List.of(), timeline, files, administratorId);
		jdbc.sql("update merge set moved_barriers = cast(:barriers as uuid[]) where id = :id")
			.param("barriers", arrayText(barriers))
			.param("id", id)
			.update();
		audit.record(new AuditEntry(FamilyAudit.FAMILY_MERGED, true, "family", mergedId.toString(), Basis.ROLE,
				"ADMINISTRATOR", "merged into " + keptId + "; merge " + id));
		return id;
	}

	/** Puts back everything a merge moved. */
	@Transactional
	public void undo(UUID mergeId, long version, UUID administratorId) {
		record Logged(String kind, UUID kept, UUID merged, List<UUID> people, List<UUID> custody, List<UUID> timeline,
				List<UUID> files, List<UUID> barriers) {
		}
		var logged = jdbc.sql("select * from merge where id = :id and undone_at is null and version = :version")
			.param("id", mergeId)
			.param("version", version)
			.query((rs, n) -> new Logged(rs.getString("kind"), rs.getObject("kept_id", UUID.class),
					rs.getObject("merged_id", UUID.class), uuids(rs.getArray("moved_people")),
					uuids(rs.getArray("moved_custody")), uuids(rs.getArray("moved_timeline")),
					uuids(rs.getArray("moved_attachments")), uuids(rs.getArray("moved_barriers"))))
			.optional()
			.orElseThrow(() -> new Refused("merge.undo.stale"));
		if ("person".equals(logged.kind())) {
			jdbc.sql("update custody_episode set person_id = :merged, version = version + 1 where id in (:ids)")
				.param("merged", logged.merged())
				.param("ids", nonEmpty(logged.custody()))
				.update();
			jdbc.sql("update person set merged_into = null, version = version + 1 where id = :merged")
				.param("merged", logged.merged())
				.update();
			touchFamiliesOf(logged.kept(), logged.merged());
		}
		else {
			jdbc.sql("update person set family_id = :merged, version = version + 1 where id in (:ids)")
				.param("merged", logged.merged())
				.param("ids", nonEmpty(logged.people()))
				.update();
			jdbc.sql("update timeline_entry set family_id = :merged where id in (:ids)")
				.param("merged", logged.merged())
				.param("ids", nonEmpty(logged.timeline()))
				.update();
			jdbc.sql("update attachment set family_id = :merged where id in (:ids)")
				.param("merged", logged.merged())
				.param("ids", nonEmpty(logged.files()))
				.update();
			jdbc.sql("update contact_barrier set family_id = :merged where id in (:ids)")
				.param("merged", logged.merged())
				.param("ids", nonEmpty(logged.barriers()))
				.update();
			jdbc.sql(
					"update family set merged_into = null, version = version + 1, updated_at = :now where id in (:kept, :merged)")
				.param("kept", logged.kept())
				.param("merged", logged.merged())
				.param("now", now())
				.update();
		}
		jdbc.sql("update merge set undone_at = :now, undone_by = :by, version = version + 1 where id = :id")
			.param("now", now())
			.param("by", administratorId)
			.param("id", mergeId)
			.update();
		audit.record(new AuditEntry(FamilyAudit.MERGE_UNDONE, true, logged.kind(), logged.merged().toString(),
				Basis.ROLE, "ADMINISTRATOR", "merge " + mergeId));
	}

	private Optional<UUID> activePerson(UUID id) {
		return jdbc.sql("""
				select p.id from person p join family f on f.id = p.family_id
				where p.id = :id and p.merged_into is null and f.merged_into is null
				""").param("id", id).query(UUID.class).optional();
	}

	private void touchFamiliesOf(UUID... people) {
		jdbc.sql("update family set updated_at = :now where id in (select family_id from person where id in (:ids))")
			.param("now", now())
			.param("ids", List.of(people))
			.update();
	}

	private UUID log(String kind, UUID kept, UUID merged, String reason, List<UUID> people, List<UUID> custody,
			List<UUID> timeline, List<UUID> files, UUID administratorId) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into merge (id, kind, kept_id, merged_id, reason, moved_people, moved_custody, moved_timeline,
				                   moved_attachments, merged_by, merged_at)
				values (:id, :kind, :kept, :merged, :reason, cast(:people as uuid[]), cast(:custody as uuid[]),
				        cast(:timeline as uuid[]), cast(:files as uuid[]), :by, :now)
				""")
			.param("id", id)
			.param("kind", kind)
			.param("kept", kept)
			.param("merged", merged)
			.param("reason", reason.strip())
			.param("people", arrayText(people))
			.param("custody", arrayText(custody))
			.param("timeline", arrayText(timeline))
			.param("files", arrayText(files))
			.param("by", administratorId)
			.param("now", now())
			.update();
		return id;
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static String arrayText(List<UUID> ids) {
		return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
	}

	/** An {@code in (:ids)} list that matches nothing when there are none. */
	private static List<UUID> nonEmpty(List<UUID> ids) {
		return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		var values = (Object[]) array.getArray();
		return Arrays.stream(values).map(v -> (v instanceof UUID u) ? u : UUID.fromString(v.toString())).toList();
	}

	/** A merge that cannot be made or undone; the message says why. */
	public static class Refused extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		private final String code;

		public Refused(String code) {
			super(code);
			this.code = code;
		}

		/** The message code. */
		public String code() {
			return code;
		}

	}

	/** One merge in the log. */
	public record Merge(UUID id, String kind, UUID keptId, String keptLabel, UUID mergedId, String mergedLabel,
			String reason, String mergedBy, Instant mergedAt, String undoneBy, Instant undoneAt, long version) {

		public boolean undone() {
			return undoneAt != null;
		}

	}

}
