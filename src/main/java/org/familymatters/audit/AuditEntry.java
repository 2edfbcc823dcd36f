package org.familymatters.audit;

import java.util.Objects;

/**
 * What to record: the action, the record it concerns, whether it was allowed, and its
 * basis.
 *
 * @param action what was done, one of a module's typed actions
 * @param allowed whether it was allowed; refusals are recorded too
 * @param recordType the kind of record, e.g. {@code user}
 * @param recordId the record's id
 * @param basis why it was allowed (or on what ground it was asked for)
 * @param basisReference the role, consent or safeguarding record behind the basis
 * @param detail a short note with no personal data beyond what the record id already
 * implies
 */
public record AuditEntry(AuditAction action, boolean allowed, String recordType, String recordId, Basis basis,
		String basisReference, String detail) {

	public AuditEntry {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(basis, "basis");
	}

	public static AuditEntry allowed(AuditAction action, String recordType, Object recordId, Basis basis,
			String basisReference) {
		return new AuditEntry(action, true, recordType, asText(recordId), basis, basisReference, null);
	}

	public static AuditEntry refused(AuditAction action, String recordType, Object recordId, Basis basis,
			String basisReference) {
		return new AuditEntry(action, false, recordType, asText(recordId), basis, basisReference, null);
	}

	public AuditEntry withDetail(String newDetail) {
		return new AuditEntry(action, allowed, recordType, recordId, basis, basisReference, newDetail);
	}

	private static String asText(Object id) {
		return (id != null) ? id.toString() : null;
	}

}
