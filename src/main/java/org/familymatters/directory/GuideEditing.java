package org.familymatters.directory;

import java.io.Serial;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.directory.internal.DirectoryAudit;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff change a guide. Each save is a new version, with its author, date and note; the
 * older versions stay as they were. A save based on a version that is no longer the
 * latest is refused.
 */
@Service
public class GuideEditing {

	/**
	 * The roles that may edit guides, in the order their name is given as the audit
	 * basis.
	 */
	private static final List<String> EDITOR_ROLES = List.of("SUPPORT_WORKER", "ADMINISTRATOR");

	private final Guides guides;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	GuideEditing(Guides guides, JdbcClient jdbc, AuditTrail audit) {
		this.guides = guides;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Saves a new version of the guide and makes it the one families see.
	 * @param seenVersion the guide's {@link Guide#version()} when the author started
	 * editing
	 * @return the new version's number
	 * @throws NotFound when there is no such guide
	 * @throws OptimisticLockingFailureException when someone else saved the guide
	 * meanwhile
	 * @throws NothingChanged when the title, summary and body are the same as the current
	 * version's
	 */
	@Transactional
	public int save(UUID id, long seenVersion, Change change, SignedInUser author) {
		var guide = guides.find(id).orElseThrow(() -> new NotFound("guide", id));
		if (guide.version() != seenVersion) {
			throw new OptimisticLockingFailureException("Guide " + id + " was saved by someone else meanwhile");
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
			throw new OptimisticLockingFailureException("Guide " + id + " was saved by someone else meanwhile");
		}
		jdbc.sql("""
				insert into dir_guide_version (guide_id, version_number, title, summary, body, author_name, author_id,
				                               change_note)
				values (:id, :number, :title, :summary, :body, :authorName, :authorId, :note)
				""")
			.param("id", id)
			.param("number", next)
			.param("title", change.title())
			.param("summary", change.summary())
			.param("body", change.body())
			.param("authorName", author.displayName())
			.param("authorId", author.id())
			.param("note", change.changeNote())
			.update();
		audit.record(AuditEntry.allowed(DirectoryAudit.GUIDE_UPDATED, "guide", id, Basis.ROLE, editorRole())
			.withDetail("version " + next));
		return next;
	}

	/** The editing role the signed-in user holds, named as the basis of the change. */
	private static String editorRole() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return null;
		}
		var held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return EDITOR_ROLES.stream().filter(role -> held.contains("ROLE_" + role)).findFirst().orElse(null);
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
