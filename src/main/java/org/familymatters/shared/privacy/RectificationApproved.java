package org.familymatters.shared.privacy;

import java.util.UUID;

/**
 * The data protection officer decided to correct one field of one record (UK GDPR article
 * 16): published by the privacy module in the deciding transaction. The module that owns
 * the record (the family module, for people's details) makes the change through its own
 * editing code, leaves its usual audit event, and answers with
 * {@link PersonalDataRectified}.
 *
 * @param requestId the request: the basis reference of the audit event the change leaves
 * @param subject the person, as the officer confirmed them
 * @param recordType the kind of record, as the audit trail names it ({@code person})
 * @param recordId the record's id
 * @param field what is corrected ({@link CorrectableField#code()})
 * @param value the corrected value, already checked by the input rules of the owning
 * module's forms (a date as {@code yyyy-mm-dd}); null to clear an optional field
 */
public record RectificationApproved(UUID requestId, DataSubject subject, String recordType, UUID recordId, String field,
		String value) {
}
