/**
 * The audit trail: who saw or changed which record, when, and on what basis. Every module
 * records through {@link org.familymatters.audit.AuditTrail}, inside the transaction of
 * the change.
 */
@ApplicationModule(displayName = "Audit")
@ModuleTables(owns = { "audit_event", "audit_chain_anchor" })
package org.familymatters.audit;

import org.familymatters.shared.database.ModuleTables;

import org.springframework.modulith.ApplicationModule;
