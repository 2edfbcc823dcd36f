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
	PRIVACY_REQUEST_ANSWERED("Marked a request to see a person's data answered"),

	// What the privacy module records in the audit trail about deciding and carrying out
	// requests to correct or erase data (ADR 0018).
	/** Opened a request's decision page. */
	PRIVACY_DECISION_VIEWED("Opened the decision on a request to correct or erase data"),

	/** Decided to carry out a request to correct or erase data. */
	PRIVACY_REQUEST_CARRIED_OUT("Decided to carry out a request to correct or erase data"),

	/** Refused a request to correct or erase data, with a reason. */
	PRIVACY_REQUEST_REFUSED("Refused a request to correct or erase data"),

	/**
	 * Tried to carry out an erasure while a safeguarding hold is on the family: refused.
	 */
	PRIVACY_ERASURE_HELD("Tried to carry out an erasure while a safeguarding hold is on the family"),

	/** A module reported what it erased or corrected for a request. */
	PRIVACY_OUTCOME_RECORDED("Recorded what a part of the service erased or corrected for a request"),

	/** Read the requests a person made, for their subject access package. */
	PRIVACY_REQUESTS_READ_FOR_ACCESS("Read a person's requests about their data, for their subject access package"),

	// What the retention schedule and its nightly run record in the audit trail.
	/** Changed how long a kind of record is kept. */
	RETENTION_PERIOD_CHANGED("Changed how long a kind of record is kept"),

	/** Viewed the retention schedule and what the next run will remove. */
	RETENTION_SCHEDULE_VIEWED("Viewed the retention schedule and what the next run will remove"),

	/**
	 * The nightly retention run deleted or anonymised the records whose period had ended.
	 */
	RETENTION_RUN("Deleted or made anonymous the records whose retention period had ended");

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
