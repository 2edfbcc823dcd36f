package org.familymatters.shared.privacy;

import java.util.List;

/**
 * One record in a subject access package.
 *
 * @param recordType the kind of record, as the audit trail names it (for example
 * {@code family})
 * @param recordId the record's id
 * @param heading what the record is, in plain words
 * @param fields what it says, field by field, redacted where it is about someone else
 */
public record SubjectAccessItem(String recordType, String recordId, String heading, List<SubjectAccessField> fields) {

	public SubjectAccessItem {
		fields = List.copyOf(fields);
	}

}
