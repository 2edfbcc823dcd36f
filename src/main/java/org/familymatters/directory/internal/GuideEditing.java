package org.familymatters.directory.internal;

import java.io.Serial;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Role;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff change a guide. Each save is a new version, with its author, date and note; the
 * older versions stay as they were. A save based on a version that is no longer the
 * latest is refused.
 */
@Service
public class GuideEditing {

	private final Guides guides;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final DirectoryEditor editor;

	private final Clock clock;

	GuideEditing(Guides guides, JdbcClient jdbc, AuditTrail audit, DirectoryEditor editor, Clock clock) {
		this.guides = guides;
		this.jdbc = jdbc;
		this.audit = audit;
		this.editor = editor;
		this.clock = clock;
	}

	/**
	 * Saves a new version of the guide, written by the signed-in user, and makes it the
	 * one families see.
	 * @param seenVersion the guide's {@link Guide#version()} when the author started
	 * editing
	 * @return the new version's number
	 * @throws NotFound when there is no such guide
	 * @throws StaleSave when someone else saved the guide meanwhile
	 * @throws NothingChanged when the title, summary and body are the same as the current
	 * version's
	 */
	@Transactional
	public int save(UUID id, long seenVersion, Change change) {
		var author = editor.user();
		var guide = guides.find(id).orElseThrow(() -> new NotFound("guide", id));
		if (guide.version() != seenVersion) {
			throw new StaleSave("guide", id);
		}
		if (change.sameAs(guides.current(guide))) {
			throw new NothingChanged();
		}
		int next = guide.currentVersion() + 1;
		int updated = jdbc.sql("""
				update dir_guide set title = :title, summary = :summary, current_version = :next, version = version + 1
				where id = :id and version = :seen
				""")
			.param("title", change.title())
			.param("summary", change.summary())
			.param("next", next)
			.param("id", id)
			.param("seen", seenVersion)
			.update();
		if (updated == 0) {
			throw new StaleSave("guide", id);
		}
		jdbc.sql("""
				insert into dir_guide_version (guide_id, version_number, title, summary, body, author_name, author_id,
				                               change_note, created_at)
				values (:id, :number, :title, :summary, :body, :authorName, :authorId, :note, :now)
				""")
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("id", id)
			.param("number", next)
			.param("title", change.title())
			.param("summary", change.summary())
			.param("body", change.body())
			.param("authorName", author.displayName())
			.param("authorId", author.id())
			.param("note", change.changeNote())
			.update();
		audit.record(AuditEntry
			.allowed(DirectoryAudit.GUIDE_UPDATED, "guide", id, Basis.ROLE, editor.role().map(Role::name).orElse(null))
			.withDetail("version " + next));
		return next;
	}

	/**
	 * What the author changes. Title and body are required; summary and note may be
	 * empty.
	 */
	public record Change(String title, String summary, String body, String changeNote) {

		public Change {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(body, "body");
			title = title.strip();
			summary = (summary != null) ? summary.strip() : "";
			body = body.strip();
			changeNote = (changeNote == null || changeNote.isBlank()) ? null : changeNote.strip();
		}

		boolean sameAs(GuideVersion version) {
			return title.equals(version.title()) && summary.equals(version.summary()) && body.equals(version.body());
		}

	}

	/** The save would make a version the same as the current one. */
	public static class NothingChanged extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		NothingChanged() {
			super("The guide is the same as its current version");
		}

	}

}
