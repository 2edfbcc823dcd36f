package org.familymatters.audit.internal;

import java.util.List;

import org.familymatters.shared.database.ApplicationRoleRestriction;

import org.springframework.stereotype.Component;

/**
 * What the application's database role may not do to the audit trail (ADR 0019): change
 * or remove events, or empty the table; write or change where the chain starts. It may
 * add and read events, seal them into the chain through {@code audit_seal} and remove the
 * chain's oldest through {@code audit_prune}, both run as the owner.
 */
@Component
class AuditPrivileges implements ApplicationRoleRestriction {

	@Override
	public List<String> statements(String role) {
		return List.of("revoke update, delete, truncate on audit_event from " + role,
				"revoke insert, update, delete, truncate on audit_chain_anchor from " + role,
				"grant execute on function audit_seal(bigint[], bigint[], bytea[], bytea[]) to " + role,
				"grant execute on function audit_prune(timestamptz, integer, timestamptz) to " + role);
	}

}
