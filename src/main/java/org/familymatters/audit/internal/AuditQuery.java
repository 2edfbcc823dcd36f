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
 * @param page the page, from 1
 * @param pageSize events a page
 */
public record AuditQuery(String actor, String action, String recordType, String recordId, LocalDate from, LocalDate to,
		int page, int pageSize) {
}
