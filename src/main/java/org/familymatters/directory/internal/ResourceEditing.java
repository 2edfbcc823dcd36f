package org.familymatters.directory.internal;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.directory.Taxonomies;
import org.familymatters.identity.Role;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.NotFound;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What support workers and administrators do to resources: add, change, archive and
 * restore them. Each change is audited in the same transaction, on the basis of the
 * editor's role.
 */
@Service
public class ResourceEditing {

	private static final String RECORD = "resource";

	private final Resources resources;

	private final Taxonomies taxonomies;

	private final AuditTrail audit;

	private final DirectoryEditor editor;

	ResourceEditing(Resources resources, Taxonomies taxonomies, AuditTrail audit, DirectoryEditor editor) {
		this.resources = resources;
		this.taxonomies = taxonomies;
		this.audit = audit;
		this.editor = editor;
	}

	@Transactional
	public Resource create(ResourceDraft draft) {
		var role = editorRole();
		var id = UUID.randomUUID();
		resources.insert(id, checked(draft), editorName());
		audit.record(AuditEntry.allowed(DirectoryAudit.RESOURCE_CREATED, RECORD, id, Basis.ROLE, role));
		return resources.find(id).orElseThrow();
	}

	/**
	 * Changes a resource.
	 * @param version the version the editor saw
	 * @throws StaleSave when someone else saved it since
	 */
	@Transactional
	public Resource update(UUID id, long version, ResourceDraft draft) {
		var role = editorRole();
		resources.find(id).orElseThrow(() -> new NotFound(RECORD, id));
		if (!resources.update(id, version, checked(draft), editorName())) {
			throw new StaleSave(RECORD, id);
		}
		audit.record(AuditEntry.allowed(DirectoryAudit.RESOURCE_UPDATED, RECORD, id, Basis.ROLE, role));
		return resources.find(id).orElseThrow();
	}

	/**
	 * Takes a resource off the public page, keeping it for the record. Archiving twice
	 * changes nothing.
	 */
	@Transactional
	public Resource archive(UUID id) {
		return changeStatus(id, Resource.Status.ARCHIVED, DirectoryAudit.RESOURCE_ARCHIVED);
	}

	/** Puts an archived resource back on the public page. */
	@Transactional
	public Resource restore(UUID id) {
		return changeStatus(id, Resource.Status.ACTIVE, DirectoryAudit.RESOURCE_RESTORED);
	}

	private Resource changeStatus(UUID id, Resource.Status status, AuditAction action) {
		var role = editorRole();
		resources.find(id).orElseThrow(() -> new NotFound(RECORD, id));
		if (resources.changeStatus(id, status, editorName())) {
			audit.record(AuditEntry.allowed(action, RECORD, id, Basis.ROLE, role));
		}
		return resources.find(id).orElseThrow();
	}

	/**
	 * The same rules as the form's, so that no other caller can store what the form
	 * refuses.
	 */
	private ResourceDraft checked(ResourceDraft draft) {
		Objects.requireNonNull(draft.kind(), "kind");
		var title = strip(draft.title());
		var summary = strip(draft.summary());
		var publisher = strip(draft.publisher());
		var url = strip(draft.url());
		if (title == null || title.length() > Resource.TITLE_MAX) {
			throw new IllegalArgumentException("A title of 1 to " + Resource.TITLE_MAX + " characters is needed");
		}
		if (summary == null || summary.length() > Resource.SUMMARY_MAX) {
			throw new IllegalArgumentException("A summary of 1 to " + Resource.SUMMARY_MAX + " characters is needed");
		}
		if (publisher != null && publisher.length() > Resource.PUBLISHER_MAX) {
			throw new IllegalArgumentException("The publisher is too long");
		}
		if (url != null && (url.length() > Resource.URL_MAX || Input.webAddress(url).failed())) {
			throw new IllegalArgumentException("Not a web address: " + url);
		}
		if (draft.audiences() == null || draft.audiences().isEmpty()) {
			throw new IllegalArgumentException("At least one audience is needed");
		}
		if (draft.topicId() != null && taxonomies.term(draft.topicId()).isEmpty()) {
			throw new NotFound("topic", draft.topicId());
		}
		return new ResourceDraft(draft.kind(), title, publisher, summary, url, List.copyOf(draft.audiences()),
				draft.topicId());
	}

	private static String strip(String text) {
		return Input.trimmed(text);
	}

	private String editorName() {
		return editor.username();
	}

	/**
	 * The role that lets the signed-in user edit; refused for anyone else, whoever calls.
	 */
	private String editorRole() {
		return editor.resourceRole()
			.map(Role::name)
			.orElseThrow(() -> new AccessDeniedException(
					"Only support workers, training coordinators and administrators edit resources"));
	}

}
