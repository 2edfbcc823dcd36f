package org.familymatters.directory.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the directory module records in the audit trail. */
public enum DirectoryAudit implements AuditAction {

	/** Exported the directory. */
	DIRECTORY_EXPORTED("Exported the directory"),

	/** Imported services into the directory. */
	DIRECTORY_IMPORTED("Imported services into the directory"),

	/** Archived an organisation in the directory. */
	DIRECTORY_ORGANISATION_ARCHIVED("Archived an organisation in the directory"),

	/** Added an organisation to the directory. */
	DIRECTORY_ORGANISATION_CREATED("Added an organisation to the directory"),

	/** Restored an organisation in the directory. */
	DIRECTORY_ORGANISATION_RESTORED("Restored an organisation in the directory"),

	/** Changed an organisation in the directory. */
	DIRECTORY_ORGANISATION_UPDATED("Changed an organisation in the directory"),

	/** Changed a guide for families. */
	GUIDE_UPDATED("Changed a guide for families"),

	/** Archived a resource. */
	RESOURCE_ARCHIVED("Archived a resource"),

	/** Added a resource. */
	RESOURCE_CREATED("Added a resource"),

	/** Restored a resource. */
	RESOURCE_RESTORED("Restored a resource"),

	/** Changed a resource. */
	RESOURCE_UPDATED("Changed a resource"),

	/** Archived a service. */
	SERVICE_ARCHIVED("Archived a service"),

	/** Checked a service is up to date. */
	SERVICE_CHECKED("Checked a service is up to date"),

	/** Added a service. */
	SERVICE_CREATED("Added a service"),

	/** Restored a service. */
	SERVICE_RESTORED("Restored a service"),

	/** Changed a service. */
	SERVICE_UPDATED("Changed a service"),

	// Resource packs as versioned files, and news.

	/** Added a version of a resource's file. */
	RESOURCE_FILE_ADDED("Added a version of a resource's file"),

	/** Added a news item or newsletter. */
	NEWS_ITEM_CREATED("Added a news item or newsletter"),

	/** Changed a news item or newsletter (published it, or took it back to draft). */
	NEWS_ITEM_UPDATED("Changed a news item or newsletter");

	private final String description;

	DirectoryAudit(String description) {
		this.description = description;
	}

	@Override
	public String description() {
		return description;
	}

	/** These actions, for the audit page. */
	@Component
	static class Catalogue implements AuditActionCatalogue {

		@Override
		public List<DirectoryAudit> actions() {
			return List.of(values());
		}

	}

}
