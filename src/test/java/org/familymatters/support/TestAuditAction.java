package org.familymatters.support;

import org.familymatters.audit.AuditAction;

/** An audit action that only a test records, with a name of its own. */
public record TestAuditAction(String name, String description) implements AuditAction {

	public static TestAuditAction named(String name) {
		return new TestAuditAction(name, "Test action " + name);
	}

}
