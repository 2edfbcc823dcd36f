package org.familymatters.audit;

/**
 * Something the audit trail records. Each module keeps its actions as an enum
 * implementing this, so that an action is a typed constant where it is recorded and a
 * sentence on the audit page; the enum's constant name is what is stored.
 */
public interface AuditAction {

	/** The code stored in the audit trail, e.g. {@code FAMILY_VIEWED}. */
	String name();

	/** What happened, in words for the audit page, e.g. "Viewed a family's record". */
	String description();

}
