package org.familymatters.audit.internal;

import java.time.LocalDate;

/**
 * What to look for in the audit trail. Empty fields match everything.
 *
 * @param actor the username of who acted
 * @param action the action, e.g. {@code USER_CREATED}
 * @param recordType the kind of record
 * @param recordId the record's id
 * @param from the first day (inclusive)
 * @param to the last day (inclusive)
 * @param outcome whether it was allowed or refused
 * @param page the page, from 1
 * @param pageSize events a page
 */
public record AuditQuery(String actor, String action, String recordType, String recordId, LocalDate from, LocalDate to,
		Outcome outcome, int page, int pageSize) {

	/** A query whatever the outcome. */
	public AuditQuery(String actor, String action, String recordType, String recordId, LocalDate from, LocalDate to,
			int page, int pageSize) {
		this(actor, action, recordType, recordId, from, to, null, page, pageSize);
	}

	/** The same query, for another page. */
	public AuditQuery page(int number, int size) {
		return new AuditQuery(actor, action, recordType, recordId, from, to, outcome, number, size);
	}

	/** What became of what was done: allowed, or refused. */
	public enum Outcome {

		ALLOWED("Allowed"), REFUSED("Refused");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
