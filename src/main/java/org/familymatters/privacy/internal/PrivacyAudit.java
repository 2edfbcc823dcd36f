package org.familymatters.privacy.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the privacy module records about people's requests (record type
 * {@code privacy_request}, basis ROLE with the request's id, unless said otherwise).
 */
public enum PrivacyAudit implements AuditAction {

	/** Recorded a request to see, correct or erase a person's data. */
	PRIVACY_REQUEST_RECORDED("Recorded a request to see, correct or erase a person's data"),

	/**
	 * Listed the requests (record type {@code privacy_requests}, basis ROLE, the role).
	 */
	PRIVACY_REQUESTS_LISTED("Listed the requests to see, correct or erase data"),

	/** Viewed a request, with the people confirmed to be its person. */
	PRIVACY_REQUEST_VIEWED("Viewed a request to see, correct or erase a person's data"),

	/**
	 * Confirmed which people on record are the request's person (the detail: how many).
	 */
	PRIVACY_REQUEST_PEOPLE_CONFIRMED("Confirmed who on record a request is about"),

	/** Produced a person's subject access package (the detail: its sections). */
	SUBJECT_ACCESS_PACKAGE_PRODUCED("Produced a subject access package"),

	/** Downloaded a subject access package (the detail: PDF or JSON). */
	SUBJECT_ACCESS_PACKAGE_DOWNLOADED("Downloaded a subject access package"),

	/** Answered the package through the API (the detail: what it held). */
	SUBJECT_ACCESS_API_READ("Read a subject access package through the API"),

	/** Marked a request answered. */
	PRIVACY_REQUEST_ANSWERED("Marked a request to see a person's data answered");

	private final String description;

	PrivacyAudit(String description) {
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
		public List<PrivacyAudit> actions() {
			return List.of(values());
		}

	}

}
